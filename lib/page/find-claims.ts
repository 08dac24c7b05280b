/**
 * The page half of the pipeline: article text → sentences → matches. No extension APIs, so it
 * runs the same in the content script, in happy-dom unit tests and in the `scan` CLI.
 */
import { extractBlocks, type TextBlock } from '../text/extract';
import { segmentSentences } from '../text/sentences';
import type { Matcher, SentenceMatch } from '../match/matcher';
import { forEachInSlices } from '../util/cooperate';

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

/** Finds every sentence under `root` that makes a known claim; yields to the page between slices. */
export async function findClaims(root: Element, matcher: Matcher, signal?: AbortSignal): Promise<Finding[]> {
  const findings: Finding[] = [];
  const blocks = extractBlocks(root);
  await forEachInSlices(
    blocks,
    (block) => {
      for (const { start, end } of segmentSentences(block.text)) {
        const sentence = collapse(block.text.slice(start, end));
        const matches = matcher.matchSentence(sentence);
        if (matches.length > 0) findings.push({ block, start, end, sentence, matches });
      }
    },
    signal,
  );
  return findings;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
