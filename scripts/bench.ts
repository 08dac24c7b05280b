/**
 * `npm run bench`: Gloss's matcher beside MiniSearch and fuse.js on the same claims and
 * sentences (speed and F1 on the dev set), then Gloss's cost per sentence at 100, 1,000 and
 * 10,000 claims. A benchmark, not a test: it prints, it does not assert.
 *
 * Fairness: each library indexes the same wordings (title, statement, paraphrases) of each
 * claim; MiniSearch uses Gloss's own tokeniser and stemmer; each library's score threshold is
 * the one with the best F1 on the tuning split, and F1 is reported on the held-out split.
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { loadDatasetOrExit } from '../build/load-node';
import type { Claim } from '../lib/data/schema';
import { parseDevSet, splitOf } from '../lib/eval/dev-set';
import { evaluate } from '../lib/eval/metrics';
import { compileClaimIndex, contentStems, type IndexableClaim } from '../lib/match/claim-index';
import { createMatcher } from '../lib/match/matcher';
import { STOPWORDS } from '../lib/text/stopwords';

const claims = loadDatasetOrExit();
const devSet = parseDevSet(readFileSync(new URL('../tests/fixtures/dev-set/sentences.jsonl', import.meta.url), 'utf8'));
const tune = devSet.filter((s) => splitOf(s.id) === 'tune');
const heldOut = devSet.filter((s) => splitOf(s.id) === 'heldout');
const texts = devSet.map((s) => s.text);

type Scorer = (text: string) => Map<string, number>;

/** Sentences per second, over at least `minMs` of repeated passes. */
function throughput(run: (text: string) => unknown, sentences: string[], minMs = 1500): number {
  for (const s of sentences.slice(0, 50)) run(s); // warm up
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const s of sentences) run(s);
    done += sentences.length;
  }
  return (done / (performance.now() - start)) * 1000;
}

/** The threshold with the best F1 on the tuning split, and the held-out F1 it gives. */
function calibrate(score: Scorer): { threshold: number; f1: number } {
  const cache = new Map<string, Map<string, number>>();
  const scoresOf = (t: string) => cache.get(t) ?? (cache.set(t, score(t)), cache.get(t)!);
  const predictAt = (threshold: number) => (t: string) => [...scoresOf(t)].filter(([, s]) => s >= threshold).map(([id]) => id);
  const candidates = [...new Set(tune.flatMap((s) => [...scoresOf(s.text).values()]))].sort((a, b) => a - b);
  let best = { threshold: Infinity, f1: -1 };
  for (const threshold of candidates) {
    const f1 = evaluate(tune, predictAt(threshold)).pairs.f1;
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return { threshold: best.threshold, f1: evaluate(heldOut, predictAt(best.threshold)).pairs.f1 };
}

const wordings = (c: Claim) => [c.title, c.statement, ...c.match.paraphrases];
const docs = claims.flatMap((c) => wordings(c).map((text, i) => ({ id: `${c.id}#${i}`, claimId: c.id, text })));
const bestPerClaim = (hits: { claimId: string; score: number }[]) => {
  const out = new Map<string, number>();
  for (const h of hits) out.set(h.claimId, Math.max(out.get(h.claimId) ?? 0, h.score));
  return out;
};

// Gloss
const gloss = createMatcher(compileClaimIndex(claims));
const glossPredict = (t: string) => gloss.matchSentence(t).map((m) => m.claimId);

// MiniSearch, with Gloss's own stemmed, stopword-free terms.
const mini = new MiniSearch<{ id: string; claimId: string; text: string }>({
  fields: ['text'],
  storeFields: ['claimId'],
  tokenize: (text) => contentStems(text),
  processTerm: (term) => term,
});
mini.addAll(docs);
const miniScore: Scorer = (t) => bestPerClaim(mini.search(t).map((r) => ({ claimId: r.claimId as string, score: r.score })));

// fuse.js: fuzzy matching of the whole sentence against each wording (its intended use).
const fuse = new Fuse(docs, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
const fuseScore: Scorer = (t) => bestPerClaim(fuse.search(t).map((r) => ({ claimId: r.item.claimId, score: 1 - (r.score ?? 1) })));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rate = (x: number) => `${Math.round(x).toLocaleString('en')}/s`;

console.log(`Claims: ${claims.length}; dev set: ${devSet.length} sentences (${tune.length} tuning, ${heldOut.length} held out)\n`);
const glossRate = throughput(glossPredict, texts);
const glossF1 = evaluate(heldOut, glossPredict).pairs.f1;
const miniRate = throughput(miniScore, texts);
const miniCal = calibrate(miniScore);
const fuseRate = throughput(fuseScore, texts.slice(0, 60), 1000);
const fuseCal = calibrate(fuseScore);
console.log('matcher      sentences/s        held-out F1   (speed ratio Gloss / it)');
console.log(`Gloss        ${rate(glossRate).padEnd(18)} ${pct(glossF1).padEnd(13)}`);
console.log(
  `MiniSearch   ${rate(miniRate).padEnd(18)} ${pct(miniCal.f1).padEnd(13)} ${(glossRate / miniRate).toFixed(1)}×   (threshold ${miniCal.threshold.toFixed(2)})`,
);
console.log(
  `fuse.js      ${rate(fuseRate).padEnd(18)} ${pct(fuseCal.f1).padEnd(13)} ${(glossRate / fuseRate).toFixed(0)}×   (threshold ${fuseCal.threshold.toFixed(2)})`,
);

// Scale: generated claims. Two kinds, both printed:
// - "distinct anchors": like real claims, each has a distinctive group (names, numbers, rare
//   words: here pseudo-words from a vocabulary that grows with the claim count) and shares the
//   topic's common words in its other groups and wordings;
// - "shared vocabulary": every term drawn from the same ~2,700 topic words, so at 10,000 claims
//   each word is in dozens of claims (a worst case no curated dataset looks like).
console.log('\nGloss at scale (the dev set sentences as input)');
const vocabulary = [...new Set(claims.flatMap((c) => c.match.all.flat()).concat(devSet.flatMap((s) => s.text.toLowerCase().match(/[a-z]{4,}/g) ?? [])))].filter(
  (w) => !STOPWORDS.has(w),
);
let seed = 42;
const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = () => vocabulary[Math.floor(random() * vocabulary.length)];
const pseudoWord = (n: number) => `zq${Math.floor(random() * n * 3).toString(36)}x`;
const generate = (n: number, distinctAnchors: boolean): IndexableClaim[] =>
  Array.from({ length: n }, (_, i) => {
    if (i < claims.length) return claims[i];
    const groups = 2 + (i % 3);
    const all = Array.from({ length: groups }, (_, g) => Array.from({ length: 5 }, () => (distinctAnchors && g === 0 ? pseudoWord(n) : pick())));
    const sentence = () => Array.from({ length: 14 }, pick).join(' ');
    return { id: `generated-${i}`, match: { all, paraphrases: [sentence(), sentence(), sentence()] }, title: sentence(), statement: sentence() };
  });
for (const distinct of [true, false]) {
  console.log(distinct ? '  distinct anchors:' : '  shared vocabulary (worst case):');
  const perSentence: Record<number, number> = {};
  for (const n of [100, 1_000, 10_000]) {
    const t0 = performance.now();
    const matcher = createMatcher(compileClaimIndex(generate(n, distinct)));
    const build = performance.now() - t0;
    const r = throughput((t) => matcher.matchSentence(t), texts);
    perSentence[n] = 1e6 / r;
    console.log(
      `    ${String(n).padStart(6)} claims: ${rate(r).padEnd(12)} ${(1e6 / r).toFixed(1).padStart(6)} µs/sentence   (index built in ${build.toFixed(0)} ms)`,
    );
  }
  console.log(`    cost at 10,000 / cost at 1,000: ${(perSentence[10_000] / perSentence[1_000]).toFixed(2)}×`);
}
