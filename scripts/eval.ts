/**
 * `npm run eval`: the matcher against the labelled dev set, for the tuning and the held-out
 * split: precision, recall and F1, per-claim recall, and every miss and false highlight.
 * `--json` prints the figures only. `--split tune|heldout` limits the lists to one split.
 *
 * Then, apart, the blind set (tests/fixtures/blind/: pages written from the claims' one-line
 * statements alone, by someone who never saw the matcher, its term groups or the dev set):
 * figures only, overall and per page, and never the sentences, so that reading them cannot turn
 * into tuning on them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDatasetOrExit } from '../build/load-node';
import { parseDevSet, splitOf, type Split } from '../lib/eval/dev-set';
import { evaluate, type Scores } from '../lib/eval/metrics';
import { compileClaimIndex } from '../lib/match/claim-index';
import { createMatcher } from '../lib/match/matcher';
import { relationOf, type Relation } from '../lib/match/relation';

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

/** Blind sets, each written by a helper who saw only the claims' one-line statements; figures only. */
const BLIND_SETS = [
  { name: 'blind set (written 2026-12-04)', dir: 'blind' },
  { name: 'second blind set (written 2026-12-06)', dir: 'blind-2' },
];
const blindResults = BLIND_SETS.flatMap(({ name, dir }) => {
  const file = new URL(`../tests/fixtures/${dir}/sentences.jsonl`, import.meta.url);
  if (!existsSync(file)) return [];
  const blind = parseDevSet(readFileSync(file, 'utf8'));
  const pages = [...new Set(blind.map((s) => s.source))];
  const perPage = Object.fromEntries(
    pages.map((page) => [
      page,
      evaluate(
        blind.filter((s) => s.source === page),
        predict,
      ),
    ]),
  );
  return [{ name, dir, size: blind.length, overall: evaluate(blind, predict), perPage }];
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (s: Scores) =>
  `precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`;

if (values.json) {
  const blindFigures = Object.fromEntries(
    blindResults.map((r) => [
      r.dir,
      { pairs: r.overall.pairs, sentences: r.overall.sentences, pages: Object.fromEntries(Object.entries(r.perPage).map(([page, p]) => [page, p.pairs])) },
    ]),
  );
  console.log(
    JSON.stringify({ ...Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { pairs: r.pairs, sentences: r.sentences }])), blind: blindFigures }),
  );
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
  for (const r of blindResults) {
    console.log(`\n== ${r.name}, ${r.size} sentences (figures only, by design)`);
    console.log(`  sentence + claim: ${line(r.overall.pairs)}`);
    console.log(`  sentence only:    ${line(r.overall.sentences)}`);
    for (const [page, p] of Object.entries(r.perPage)) console.log(`  ${page}: ${line(p.pairs)}`);
  }
  if (blindResults.length === 0) console.log('\n== blind sets: none (tests/fixtures/blind*/sentences.jsonl)');
  printWordings();
  printRelations();
}

/**
 * Tuning figures, apart from the blind set: tests/fixtures/wordings/ holds, from each of two
 * writers, 12 sentences per claim in eight registers (headline, reported speech, rebuttal, sympathetic, passive, question, casual,
 * long), and 6 same-topic near misses per claim that make none of the claims, all written from
 * the claims' one-line statements only. They may be read while tuning; the blind set may not.
 */
function printWordings(): void {
  const dir = new URL('../tests/fixtures/wordings/', import.meta.url);
  if (!existsSync(dir)) return;
  const rows = (file: string) =>
    readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { claim?: string; near?: string; register?: string; text: string });
  const found = (w: { claim?: string; text: string }) => predict(w.text).includes(w.claim!);
  for (const [name, positives, negatives] of [
    ['wordings (tuning data)', 'wordings.jsonl', 'near-misses.jsonl'],
    ['held-out wordings (a second writer; never read while tuning term groups)', 'heldout-wordings.jsonl', 'heldout-near-misses.jsonl'],
  ]) {
    const wordings = rows(positives);
    const nearMisses = rows(negatives);
    const registers = [...new Set(wordings.map((w) => w.register))].map((register) => {
      const some = wordings.filter((w) => w.register === register);
      return `${register} ${some.filter(found).length}/${some.length}`;
    });
    const highlighted = nearMisses.filter((n) => predict(n.text).length > 0).length;
    console.log(`\n== ${name}: ${wordings.length} sentences that make, report or dispute a claim`);
    console.log(`  found on their claim: ${pct(wordings.filter(found).length / wordings.length)} (${registers.join(', ')})`);
    console.log(`  near misses (same topic, no claim) highlighted: ${highlighted} of ${nearMisses.length} (${pct(highlighted / nearMisses.length)})`);
  }
}

/**
 * How each sentence relates to its claim (lib/match/relation.ts): on the three registers of the
 * wordings that say it (reported speech, rebuttal, sympathetic paraphrase), the tuning writer's and
 * the held-out writer's, then on the relation set written blind (tests/fixtures/relations).
 */
function printRelations(): void {
  const lines = (url: URL) =>
    existsSync(url)
      ? readFileSync(url, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as { register?: string; relation?: Relation; text: string })
      : [];
  const byRegister: Record<string, Relation> = { reported: 'reports', rebuttal: 'disputes', sympathetic: 'asserts' };
  const registered = (file: string) =>
    lines(new URL(`../tests/fixtures/wordings/${file}`, import.meta.url)).flatMap((w) =>
      w.register && byRegister[w.register] ? [{ text: w.text, relation: byRegister[w.register] }] : [],
    );
  /** A relation set: every line labelled with its relation (tests/fixtures/relations). */
  const labelled = (file: string) =>
    lines(new URL(`../tests/fixtures/${file}`, import.meta.url)).flatMap((r) => (r.relation ? [{ text: r.text, relation: r.relation }] : []));
  const report = (name: string, rows: { text: string; relation: Relation }[]) => {
    if (!rows.length) return console.log(`== relation, ${name}: none`);
    const right = rows.filter((r) => relationOf(r.text) === r.relation).length;
    const per = (['asserts', 'reports', 'disputes'] as const).map((rel) => {
      const some = rows.filter((r) => r.relation === rel);
      return `${rel} ${some.filter((r) => relationOf(r.text) === rel).length}/${some.length}`;
    });
    console.log(`== relation, ${name}: ${right}/${rows.length} right (${pct(right / rows.length)}); ${per.join(', ')}`);
  };
  report('tuning wordings', registered('wordings.jsonl'));
  report('held-out wordings (not read while tuning it)', registered('heldout-wordings.jsonl'));
  report("a third writer's set (tuning: its report verbs were read)", labelled('relations/tuning-third-writer.jsonl'));
  report('blind set (figures only)', labelled('relations/relations.jsonl'));
  report('second blind set (figures only)', labelled('blind-2/relations.jsonl'));
}
