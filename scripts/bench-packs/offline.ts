/**
 * What a large pack does outside the browser, with the same code the background runs: reading
 * and preparing the file, building the matcher, matching speed, what it finds in the op-ed, and
 * what it finds on saved real pages about other things (every match there is a false alarm).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageBlocks } from '../page-blocks';
import { preparePack } from '../../lib/packs/prepare-pack';
import { matchable } from '../../lib/packs/matchable-claim';
import { createPackMatcher } from '../../lib/packs/pack-matcher';
import { collapseWhiteSpace, iterateSentences } from '../../lib/text/sentences';
import type { BenchPack } from './shared-packs';
import { BENCHMARKS } from './shared-packs';

const OP_ED = join(import.meta.dirname, '../../../shared/seed/op-ed.txt');
const READABILITY = join(BENCHMARKS, 'readability');

export interface OfflineFigures {
  prepareMs: number[];
  buildMs: number[];
  /** V8 heap the prepared claims and the built matcher hold (bytes; null without --expose-gc). */
  heapBytes: number | null;
  /** Microseconds per sentence, over the op-ed and the saved pages. */
  perSentenceUs: number;
  opEd: { sentence: string; claim: string; score: number }[];
  opEdSentences: number;
  falseAlarms: { page: string; sentence: string; claim: string }[];
  pages: number;
  pageSentences: number;
}

const sentencesOf = (blocks: string[]) =>
  blocks.flatMap((block) => [...iterateSentences(block)].map(({ start, end }) => collapseWhiteSpace(block.slice(start, end))));

/** The saved real pages' sentences, once for every pack. */
export function savedPages(): { page: string; sentences: string[] }[] {
  if (!existsSync(READABILITY)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(READABILITY, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) files.push(entry.name);
    if (entry.isDirectory()) for (const f of readdirSync(join(READABILITY, entry.name))) if (f.endsWith('.html')) files.push(join(entry.name, f));
  }
  return files.sort().map((page) => ({ page, sentences: sentencesOf(pageBlocks(readFileSync(join(READABILITY, page), 'utf8'))) }));
}

/** Heap growth (after full GCs) while what `make` returns is alive: what the background holds for it. */
function heldBy(make: () => unknown): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  return kept ? after - before : null;
}

export function measureOffline(pack: BenchPack, pages: { page: string; sentences: string[] }[], runs: number): OfflineFigures {
  const prepareMs: number[] = [];
  const buildMs: number[] = [];
  let prepared = preparePack(pack.fileName, pack.text, Date.now());
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    prepared = preparePack(pack.fileName, pack.text, Date.now());
    prepareMs.push(performance.now() - t);
  }
  if (!prepared.ok) throw new Error(`${pack.name}: ${JSON.stringify(prepared.problems.slice(0, 3))}`);
  let matcher = createPackMatcher(prepared.claims);
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    matcher = createPackMatcher(prepared.claims);
    buildMs.push(performance.now() - t);
  }
  // What the background keeps: the matcher over the claims' match data (pack-index.ts).
  const heapBytes = heldBy(() => {
    const fresh = preparePack(pack.fileName, pack.text, Date.now());
    return fresh.ok ? createPackMatcher(matchable(fresh.claims)) : null;
  });
  const textOf = new Map(prepared.claims.map((c) => [c.id, c.text]));
  const opEdSentences = sentencesOf(readFileSync(OP_ED, 'utf8').split(/\n\s*\n/));
  const opEd = opEdSentences.flatMap((sentence) => matcher.matchSentence(sentence).map((m) => ({ sentence, claim: textOf.get(m.claimId)!, score: m.score })));
  let count = opEdSentences.length;
  const started = performance.now();
  const falseAlarms = pages.flatMap(({ page, sentences }) => {
    count += sentences.length;
    return sentences.flatMap((sentence) => matcher.matchSentence(sentence).map((m) => ({ page, sentence, claim: textOf.get(m.claimId)! })));
  });
  const perSentenceUs = ((performance.now() - started) * 1000) / Math.max(1, count - opEdSentences.length);
  return {
    prepareMs,
    buildMs,
    heapBytes,
    perSentenceUs,
    opEd,
    opEdSentences: opEdSentences.length,
    falseAlarms,
    pages: pages.length,
    pageSentences: count - opEdSentences.length,
  };
}
