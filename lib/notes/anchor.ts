/**
 * Finds a passage again in a page's text, which may have changed since the note was written.
 *
 * In order: the recorded position if the quote is still there; else every exact occurrence of
 * the quote, told apart by context (a short one must keep some of its context); else approximate
 * matches (Myers' bit-parallel algorithm, via
 * `approx-string-match`, as Hypothesis does). An approximate match must be close to the quote
 * itself AND score well overall with its context, or the note is not placed at all: an orphan is
 * better than a note on the wrong words.
 */
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';

export interface Anchored {
  start: number;
  end: number;
  /** 0–1: how sure the placement is. */
  score: number;
  how: 'position' | 'exact' | 'fuzzy';
}

/** An approximate quote may differ from the original in at most 1 character in 6. */
export const MIN_QUOTE_SIMILARITY = 0.84;
/** ...and its weighted score with context and position must reach this (exact quotes too). */
export const MIN_ANCHOR_SCORE = 0.75;
/** An exact quote this long, found once, needs no context to be trusted. */
export const SELF_EVIDENT_QUOTE_LENGTH = 64;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

export function anchorPassage(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchored | null {
  const { exact } = quote;
  if (!exact) return null;
  if (position && text.slice(position.start, position.end) === exact) return { start: position.start, end: position.end, score: 1, how: 'position' };

  const exactStarts = occurrences(text, exact);
  if (exactStarts.length > 0) {
    const best = bestBy(
      exactStarts.map((start) => ({ start, end: start + exact.length, score: contextScore(text, quote, start, start + exact.length, position, 1) })),
    );
    // The same words in another context are other words: a short phrase ("almost an hour") must
    // also keep some of its context. A long quote found once is the passage, wherever it moved.
    const standsAlone = exactStarts.length === 1 && exact.length >= SELF_EVIDENT_QUOTE_LENGTH;
    if (best.score >= MIN_ANCHOR_SCORE || standsAlone) return { ...best, how: 'exact' };
  }

  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return null;
  const candidates = search(text, exact, maxErrors).map((m) => {
    const quoteSimilarity = 1 - m.errors / exact.length;
    return { start: m.start, end: m.end, quoteSimilarity, score: contextScore(text, quote, m.start, m.end, position, quoteSimilarity) };
  });
  if (candidates.length === 0) return null;
  const best = bestBy(candidates);
  if (best.quoteSimilarity < MIN_QUOTE_SIMILARITY || best.score < MIN_ANCHOR_SCORE) return null;
  return { start: best.start, end: best.end, score: best.score, how: 'fuzzy' };
}

function contextScore(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  position: TextPositionSelector | undefined,
  quoteSimilarity: number,
): number {
  const prefix = similarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const suffix = similarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const nearness = position ? 1 - Math.min(1, Math.abs(start - position.start) / Math.max(1, text.length)) : 1;
  return (WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * nearness) / TOTAL_WEIGHT;
}

/** 1 − edit distance / length, for two short context strings (an empty expectation is met). */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  const found = search(actual, expected, expected.length);
  const fewest = found.length > 0 ? Math.min(...found.map((m) => m.errors)) : expected.length;
  // `search` finds `expected` inside `actual`; a shorter `actual` also costs the missing length.
  const errors = Math.max(fewest, expected.length - actual.length);
  return 1 - Math.min(expected.length, errors) / expected.length;
}

function occurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) starts.push(i);
  return starts;
}

function bestBy<T extends { score: number }>(items: T[]): T {
  return items.reduce((best, item) => (item.score > best.score ? item : best));
}
