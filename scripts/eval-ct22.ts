/**
 * `npm run eval:ct22`: claim retrieval on CLEF CheckThat! 2022 Task 2A (English): each tweet
 * against 14,231 fact-checked claims, from the claims' text alone, as rank mode sees a pack.
 * Prints MAP@1, MAP@5 and the time taken for train and dev (what may be tuned on) and dev-test
 * (the figure reported). Reads ../shared/benchmarks/ct22; where it is absent, says so and exits 0.
 * The data is never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { createBm25Index } from '../lib/match/bm25';
import { compileClaimIndex, contentStems, type IndexableClaim } from '../lib/match/claim-index';
import { createMatcher } from '../lib/match/matcher';

const DIR = join(import.meta.dirname, '..', '..', 'shared', 'benchmarks', 'ct22');
if (!existsSync(join(DIR, 'vclaims.jsonl'))) {
  console.log(`CheckThat! 2022 data not found at ${DIR}: skipped (see ../shared/benchmarks/README.md).`);
  process.exit(0);
}

interface VClaim {
  vclaim_id: string;
  vclaim: string;
  title: string;
  subtitle: string;
}
const vclaims = readFileSync(join(DIR, 'vclaims.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as VClaim);
const tsv = (file: string) =>
  readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));

// The claim as a pack would carry it: the claim, the fact-check's headline as its title, and the
// fact-check's summary line as one more wording; no term groups.
const claims: IndexableClaim[] = vclaims.map((c) => ({
  id: c.vclaim_id,
  statement: c.vclaim,
  title: c.title,
  match: { all: [], paraphrases: c.subtitle ? [c.subtitle] : [] },
}));
let started = performance.now();
const matcher = createMatcher(compileClaimIndex(claims));
const buildMs = performance.now() - started;

// Beside it, on the same text: BM25 alone (Gloss's stems, Lucene's k1 and b), and MiniSearch
// with its defaults (its own tokeniser, no stemming), each over the same three fields.
const fieldsOf = (c: VClaim) => [c.vclaim, c.title, c.subtitle].join(' ');
const bm25 = createBm25Index(vclaims.map((c) => contentStems(fieldsOf(c))));
const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
mini.addAll(vclaims.map((c) => ({ id: c.vclaim_id, text: fieldsOf(c) })));
const systems: [string, (text: string) => string[]][] = [
  ['Gloss rank mode', (text) => matcher.rankSentence(text, 5).map((r) => r.claimId)],
  ['BM25 alone', (text) => bm25.search(contentStems(text), 5).map((r) => vclaims[r.doc].vclaim_id)],
  [
    'MiniSearch',
    (text) =>
      mini
        .search(text)
        .slice(0, 5)
        .map((r) => String(r.id)),
  ],
];

const splits = process.argv.includes('--all') ? ['train', 'dev', 'devtest'] : ['dev', 'devtest'];
console.log(`CheckThat! 2022 2A-EN: ${claims.length} claims, Gloss's index built in ${(buildMs / 1000).toFixed(1)} s`);
for (const split of splits) {
  const gold = new Map(tsv(`${split}-qrels.tsv`).map(([tweet, , claim]) => [tweet, claim]));
  const queries = tsv(`${split}-queries.tsv`);
  for (const [name, rank] of systems) {
    let ap1 = 0;
    let ap5 = 0;
    started = performance.now();
    for (const [tweet, text] of queries) {
      const at = rank(text).indexOf(gold.get(tweet) ?? '');
      if (at === 0) ap1++;
      if (at >= 0) ap5 += 1 / (at + 1);
    }
    const ms = performance.now() - started;
    const n = queries.length;
    console.log(
      `${split.padEnd(8)} ${name.padEnd(16)} ${String(n).padStart(4)} tweets  MAP@1 ${(ap1 / n).toFixed(3)}  MAP@5 ${(ap5 / n).toFixed(3)}  ${(ms / n).toFixed(1)} ms/tweet${split === 'devtest' ? '  (reported)' : '  (tuning)'}`,
    );
  }
}
