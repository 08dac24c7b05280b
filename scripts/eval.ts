/**
 * `npm run eval`: the matcher against the labelled dev set, for the tuning and the held-out
 * split: precision, recall and F1, per-claim recall, and every miss and false highlight.
 * `--json` prints the figures only. `--split tune|heldout` limits the lists to one split.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDatasetOrExit } from '../build/load-node';
import { parseDevSet, splitOf, type Split } from '../lib/eval/dev-set';
import { evaluate, type Scores } from '../lib/eval/metrics';
import { compileClaimIndex } from '../lib/match/claim-index';
import { createMatcher } from '../lib/match/matcher';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, split: { type: 'string' } } });
const devSet = parseDevSet(readFileSync(new URL('../tests/fixtures/dev-set/sentences.jsonl', import.meta.url), 'utf8'));
const matcher = createMatcher(compileClaimIndex(loadDatasetOrExit()));
const predict = (text: string) => matcher.matchSentence(text).map((m) => m.claimId);

const splits: Split[] = values.split === 'tune' || values.split === 'heldout' ? [values.split] : ['tune', 'heldout'];
const results = Object.fromEntries(
  splits.map((split) => [
    split,
    evaluate(
      devSet.filter((s) => splitOf(s.id) === split),
      predict,
    ),
  ]),
);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (s: Scores) =>
  `precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`;

if (values.json) {
  console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { pairs: r.pairs, sentences: r.sentences }]))));
} else {
  for (const [split, r] of Object.entries(results)) {
    const n = devSet.filter((s) => splitOf(s.id) === split).length;
    console.log(`\n== ${split} (${n} sentences)`);
    console.log(`  sentence + claim: ${line(r.pairs)}`);
    console.log(`  sentence only:    ${line(r.sentences)}`);
    const weak = [...r.perClaimRecall].filter(([, c]) => c.found < c.total).sort((a, b) => a[1].found / a[1].total - b[1].found / b[1].total);
    console.log(`  per-claim recall: ${r.perClaimRecall.size - weak.length}/${r.perClaimRecall.size} claims at 100%`);
    for (const [id, c] of weak) console.log(`    ${id}: ${c.found}/${c.total}`);
    console.log(`  misses (${r.misses.length}):`);
    for (const m of r.misses) console.log(`    ${m.id} [${m.claimId}] ${m.text}`);
    console.log(`  false highlights (${r.falseHighlights.length}):`);
    for (const f of r.falseHighlights) console.log(`    ${f.id} [${f.claimId}] ${f.text}`);
  }
}
