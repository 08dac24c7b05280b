/**
 * The page half of the pipeline: article text → sentences → matches. No extension APIs, so it
 * runs the same in the content script, in happy-dom unit tests and in the `scan` CLI.
 */
import { iterateBlocks, type TextBlock } from '../text/extract';
import { segmenterIsWarm, warmUpSegmenter } from '../text/sentences';
import type { SentenceMatch } from '../match/matcher';
import { forEachInSlices, yieldToPage } from '../util/cooperate';
import { PAGE_TEXT_BLOCK_CHARS } from './page-text-limits';
import { viewportStretch } from '../dom/viewport-stretch';
import { BATCH_CHARS, BATCH_SENTENCES, createSentenceMatching, type BundledMatcher, type MatchBlocksElsewhere, type MatchElsewhere } from './sentence-matching';

export type { BundledMatcher, MatchBlocksElsewhere, MatchElsewhere };

/** A sentence that makes at least one known claim. */
export interface Finding {
  block: TextBlock;
  /** Offsets of the sentence in `block.text`. */
  start: number;
  end: number;
  /** The sentence as written, white space collapsed. */
  sentence: string;
  /** Best match first; spans are offsets into `sentence`. */
  matches: SentenceMatch[];
}

/**
 * Finds every sentence under `root` that makes a known claim; yields to the page between slices.
 * Extraction advances a block at a time, segmentation and matching here a sentence at a time, so
 * no step over the whole page (nor a single huge block's sentences) runs in one task. `matcher`
 * is the bundled claims' (sentence-matching.ts). With `elsewhere` (the reader's packs), every
 * sentence is also matched there, in batches, and its matches join the bundled claims' (after them).
 */
export async function findClaims(root: Element, matcher: BundledMatcher, signal?: AbortSignal, elsewhere?: MatchElsewhere): Promise<Finding[]> {
  const { findings, more } = await findClaimsStepwise(root, matcher, signal, elsewhere);
  return elsewhere ? (await more()).findings : findings;
}

/**
 * Called, on a long page, with findings before the whole page is matched, so that they can be
 * drawn as they come: first those in the blocks near the viewport, then, where the matching is
 * done elsewhere (the background), each batch's as it is answered.
 */
export type EarlyFindings = (findings: Finding[]) => Promise<void>;

/** Below this many blocks, the whole page is matched within a few slices: no early findings. */
export const FIRST_SCREEN_MIN_BLOCKS = 64;

/**
 * The same in two steps, so a page draws the bundled claims' findings without waiting for the
 * background to match all of its sentences against the reader's packs (seconds on a very long
 * page): `findings` at once; `more()` then matches every sentence elsewhere and gives all findings
 * in document order, and `changed`, those whose matches grew (mutated in place, so a highlight
 * already drawn for one shows the new matches in its card) or that are new.
 *
 * On a long page, with `early`, the blocks near the viewport are matched first and handed to it
 * (a 1 MB page takes a second to match, and the reader should not wait for its far end), then the
 * rest as the background answers: drawing a batch's highlights while the next is matched is what
 * brings the last highlight in soon after the last answer.
 */
export async function findClaimsStepwise(
  root: Element,
  matcher: BundledMatcher,
  signal?: AbortSignal,
  elsewhere?: MatchElsewhere,
  early?: EarlyFindings,
): Promise<{ findings: Finding[]; more(): Promise<{ findings: Finding[]; changed: Finding[] }> }> {
  const here = typeof matcher !== 'function';
  if (here && !segmenterIsWarm()) {
    // The segmenter's first use is slow: in a task of its own, not on top of a slice.
    await yieldToPage();
    warmUpSegmenter();
    await yieldToPage();
  }
  const blocks: TextBlock[] = [];
  await forEachInSlices(iterateBlocks(root), (block) => blocks.push(block), signal);
  const [from, to] = early && blocks.length >= FIRST_SCREEN_MIN_BLOCKS ? viewportStretch(blocks.length, (i) => blocks[i].element) : [0, 0];
  const matching = createSentenceMatching(matcher, elsewhere !== undefined, signal);
  let sentences: Finding[];
  if (to > from) {
    const handed: Promise<void>[] = [];
    const handOver = (found: Finding[]) => {
      if (signal?.aborted) return;
      const shown = early!(found.filter((f) => f.matches.length > 0));
      shown.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
      handed.push(shown);
    };
    const near = await matching.add(blocks.slice(from, to));
    // The rest is handed over only once the first screen is answered and its drawing has begun:
    // the first screen's drawing asks the background for the claims' cards, which should not wait
    // behind the first of the rest's batches either. Matching here is the page's own work, so
    // there the first screen is drawn before the rest is matched.
    await matching.settled();
    handOver(near.findings());
    if (here) await Promise.all(handed);
    const above = await matching.add(blocks.slice(0, from), handOver);
    const below = await matching.add(blocks.slice(to), handOver);
    await matching.settled();
    await Promise.all(handed);
    sentences = [...above.findings(), ...near.findings(), ...below.findings()];
  } else {
    const all = await matching.add(blocks);
    await matching.settled();
    sentences = all.findings();
  }
  const made = () => sentences.filter((f) => f.matches.length > 0);
  const findings = made();
  return {
    findings,
    async more() {
      if (!elsewhere) return { findings, changed: [] };
      const before = new Map(sentences.map((f) => [f, f.matches.length]));
      await matchElsewhere(sentences, elsewhere, signal);
      return { findings: made(), changed: sentences.filter((f) => f.matches.length > before.get(f)!) };
    },
  };
}

async function matchElsewhere(sentences: Finding[], elsewhere: MatchElsewhere, signal?: AbortSignal): Promise<void> {
  for (let i = 0; i < sentences.length && !signal?.aborted;) {
    // A "sentence" longer than a block may be (a wall of text without stops) is no claim: skipped.
    if (sentences[i].sentence.length > PAGE_TEXT_BLOCK_CHARS) {
      i++;
      continue;
    }
    const batch: Finding[] = [];
    let size = 0;
    while (i < sentences.length && batch.length < BATCH_SENTENCES && size + sentences[i].sentence.length <= BATCH_CHARS) {
      size += sentences[i].sentence.length;
      batch.push(sentences[i++]);
    }
    const found = await elsewhere(batch.map((f) => f.sentence));
    batch.forEach((f, k) => {
      const more = (found[k] ?? []).filter((m) => !f.matches.some((x) => x.claimId === m.claimId));
      if (more.length) f.matches = [...f.matches, ...more];
    });
  }
}
