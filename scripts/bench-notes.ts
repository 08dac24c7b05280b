/**
 * `npm run bench:notes`: what re-anchoring costs, on the op-ed's text, for 10,000 passage notes
 * in four states: unchanged (recorded position), moved (exact quote elsewhere), edited (fuzzy)
 * and removed (orphan: every strategy tried and refused). Also: how many were placed on the right
 * words (at least 80% overlap with them; a fuzzy match may end a character early or late), and
 * how many anywhere else (must be 0). A benchmark: it prints, it does not assert.
 */
import { readFileSync } from 'node:fs';
import { anchorPassage } from '../lib/notes/anchor';
import { describePassage } from '../lib/notes/selectors';

const original = readFileSync(new URL('../tests/fixtures/op-ed.txt', import.meta.url), 'utf8');
const NOTES = 10_000;

// Passages: every sentence-ish run of 40–160 characters in the op-ed, reused round-robin.
const spans: { start: number; end: number }[] = [];
for (const m of original.matchAll(/[^.!?\n]{40,160}[.!?]/g)) spans.push({ start: m.index!, end: m.index! + m[0].length });

const moved = `An editor's note added at the top of the article, long enough to move every offset.\n\n${original}`;
type Case = { name: string; text: string; expected: (exact: string) => string | null; edit: (exact: string, text: string) => string };
const cases: Case[] = [
  { name: 'unchanged', text: original, expected: (e) => e, edit: (_, t) => t },
  { name: 'moved', text: moved, expected: (e) => e, edit: (_, t) => t },
  // One word in the passage rewritten (its second word doubled letters), the rest of the page as it was.
  { name: 'edited', text: original, expected: (e) => editWord(e), edit: (e, t) => t.replace(e, editWord(e)) },
  { name: 'removed', text: original, expected: () => null, edit: (e, t) => t.replace(e, '') },
];

function editWord(exact: string): string {
  return exact.replace(/\b(\w)(\w+)\b/, (_, a: string, b: string) => `${a}${a}${b}`);
}

for (const c of cases) {
  let placedRight = 0;
  let placedWrong = 0;
  let orphaned = 0;
  let exactEdges = 0;
  let ms = 0;
  // The text depends on the passage for 'edited' and 'removed': group notes by passage.
  for (let i = 0; i < spans.length; i++) {
    const count = Math.floor(NOTES / spans.length) + (i < NOTES % spans.length ? 1 : 0);
    const { quote, position } = describePassage(original, spans[i].start, spans[i].end);
    const text = c.edit(quote.exact, c.text);
    const want = c.expected(quote.exact);
    const started = performance.now();
    for (let n = 0; n < count; n++) {
      const found = anchorPassage(text, quote, position);
      if (!found) orphaned++;
      else if (want !== null && overlap(found, text.indexOf(want), want.length) >= 0.8) {
        placedRight++;
        if (text.slice(found.start, found.end) === want) exactEdges++;
      } else placedWrong++;
    }
    ms += performance.now() - started;
  }
  console.log(
    `${c.name.padEnd(9)} ${NOTES.toLocaleString()} notes in ${ms.toFixed(0).padStart(5)} ms (${((ms / NOTES) * 1000).toFixed(0).padStart(4)} µs each): on the right words ${placedRight} (to the character ${exactEdges}), orphaned ${orphaned}, on other words ${placedWrong}`,
  );
}

/** Intersection over union of the found span and the expected one. */
function overlap(found: { start: number; end: number }, start: number, length: number): number {
  const end = start + length;
  const shared = Math.max(0, Math.min(found.end, end) - Math.max(found.start, start));
  return shared / (Math.max(found.end, end) - Math.min(found.start, start));
}
