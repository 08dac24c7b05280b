/**
 * W3C Web Annotation selectors for a passage of a page's text: the quote with some context
 * around it, and where it was. Both are kept, as Hypothesis does: the position is exact but
 * breaks with any edit above the passage; the quote survives edits elsewhere.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Enough context to tell apart repeated phrases, short enough to survive nearby edits. */
export const CONTEXT_LENGTH = 32;

export function describePassage(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!(start >= 0 && end > start && end <= text.length)) throw new RangeError(`no passage at ${start}–${end} in a text of ${text.length}`);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
