/**
 * A block of text's sentences and what each makes: what the background answers a page that hands
 * it its blocks (`claims/match`), so that the page neither splits sentences (the segmenter's
 * first use alone is a 25–50 ms task) nor matches them.
 */
import { collapseWhiteSpace, iterateSentences } from '../text/sentences';
import type { Matcher, SentenceMatch } from './matcher';

/** A sentence of a block: offsets into the block's text (trimmed), and its matches (often none). */
export interface BlockSentence {
  start: number;
  end: number;
  matches: SentenceMatch[];
}

/** Every sentence of each text, matched as a page's scan matches it (find-claims.ts). */
export function matchBlockTexts(matcher: Matcher, texts: readonly string[]): BlockSentence[][] {
  return texts.map((text) =>
    [...iterateSentences(text)].map(({ start, end }) => ({ start, end, matches: matcher.matchSentence(collapseWhiteSpace(text.slice(start, end))) })),
  );
}
