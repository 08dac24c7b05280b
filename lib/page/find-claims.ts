/**
 * The page half of the pipeline: article text → sentences → matches. No extension APIs, so it
 * runs the same in the content script, in happy-dom unit tests and in the `scan` CLI.
 */
import { iterateBlocks, type TextBlock } from '../text/extract';
import { collapseWhiteSpace, iterateSentences, segmenterIsWarm, warmUpSegmenter } from '../text/sentences';
import type { Matcher, SentenceMatch } from '../match/matcher';
import { forEachInSlices, yieldToPage } from '../util/cooperate';

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
 * Extraction, segmentation and matching all advance one sentence at a time, so no step over the
 * whole page (nor a single huge block) runs in one task.
 */
export async function findClaims(root: Element, matcher: Matcher, signal?: AbortSignal): Promise<Finding[]> {
  if (!segmenterIsWarm()) {
    // The segmenter's first use is slow: in a task of its own, not on top of a slice.
    await yieldToPage();
    warmUpSegmenter();
    await yieldToPage();
  }
  const findings: Finding[] = [];
  await forEachInSlices(
    sentencesUnder(root),
    ({ block, start, end }) => {
      const sentence = collapseWhiteSpace(block.text.slice(start, end));
      const matches = matcher.matchSentence(sentence);
      if (matches.length > 0) findings.push({ block, start, end, sentence, matches });
    },
    signal,
  );
  return findings;
}

function* sentencesUnder(root: Element): Generator<{ block: TextBlock; start: number; end: number }> {
  for (const block of iterateBlocks(root)) for (const { start, end } of iterateSentences(block.text)) yield { block, start, end };
}
