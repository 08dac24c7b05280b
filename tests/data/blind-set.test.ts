/**
 * The blind sets (tests/fixtures/blind/, tests/fixtures/blind-2/) are well formed: what it measures is the matcher, never a
 * mislabelled or misquoted fixture. It checks the files only; it never reads the matcher's
 * results, which `npm run eval` reports as figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { loadDatasetOrExit } from '@/build/load-node';
import { parseDevSet } from '@/lib/eval/dev-set';

const ids = new Set(loadDatasetOrExit().map((c) => c.id));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function pageText(dir: string, file: string): string {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  window.document.write(readFileSync(join(dir, file), 'utf8'));
  const text = collapse(window.document.body.textContent ?? '');
  void window.happyDOM.close();
  return text;
}

describe.each(['blind', 'blind-2'])('the blind set in tests/fixtures/%s', (name) => {
  const dir = join(import.meta.dirname, '../fixtures', name);
  const sentences = parseDevSet(readFileSync(join(dir, 'sentences.jsonl'), 'utf8'));

  it('has unique ids, known claim ids, and claim-free control pages', () => {
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    for (const s of sentences) for (const claim of s.claims) expect(ids.has(claim), `${s.id}: ${claim}`).toBe(true);
    const controls = sentences.filter((s) => s.source.includes('no-claims'));
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.every((s) => s.claims.length === 0)).toBe(true);
  });

  it('quotes every sentence exactly as its page has it', () => {
    for (const file of new Set(sentences.map((s) => s.source))) {
      const text = pageText(dir, file);
      for (const s of sentences.filter((x) => x.source === file)) expect(text.includes(collapse(s.text)), s.id).toBe(true);
    }
  });

  it('covers at least four registers with claims, as the matcher issue asks', () => {
    const withClaims = new Set(sentences.filter((s) => s.claims.length > 0).map((s) => s.source));
    expect(withClaims.size).toBeGreaterThanOrEqual(4);
  });

  it('labels every relation of its relation set, if it has one, with a known claim', () => {
    const file = join(dir, 'relations.jsonl');
    // The first set keeps its relations apart, in tests/fixtures/relations/.
    if (!existsSync(file)) return;
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { claim: string; relation: string });
    for (const r of rows) {
      expect(ids.has(r.claim), r.claim).toBe(true);
      expect(['asserts', 'reports', 'disputes']).toContain(r.relation);
    }
  });
});
