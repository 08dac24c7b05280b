/** Sentence segmentation of one block's text, with Intl.Segmenter and an abbreviation repair. */

export interface SentenceRange {
  /** Offsets into the block text, trimmed of surrounding white space. */
  start: number;
  end: number;
}

// ICU breaks after "U.S." or "Gen." when a capital follows; such a segment is glued to the next.
import { ENDS_WITH_ABBREVIATION } from './abbreviations';

let segmenter: Intl.Segmenter | undefined;
let warm = false;

/**
 * Pays the segmenter's first-use cost (ICU loads its break rules: 25–64 ms in Chromium) now, in a
 * task of its own, so that it never lands in the middle of a scan's slice.
 */
export function warmUpSegmenter(): void {
  if (warm) return;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const _ of segmenter.segment('Warm. Up.')) void _;
  warm = true;
}

/** Whether the next segmentation is free of the first-use cost. */
export function segmenterIsWarm(): boolean {
  return warm;
}

/** Splits `text` into sentences; white-space-only stretches are dropped. */
export function segmentSentences(text: string): SentenceRange[] {
  return [...iterateSentences(text)];
}

/**
 * The sentences of `text`, one at a time: ICU segments lazily, so a caller working in slices
 * pays for a huge block's sentences as it reaches them, not all at once.
 */
export function* iterateSentences(text: string): Generator<SentenceRange> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  warm = true;
  let pendingStart = -1;
  for (const { index, segment } of segmenter.segment(text)) {
    const start = pendingStart >= 0 ? pendingStart : index;
    const end = index + segment.length;
    if (ENDS_WITH_ABBREVIATION.test(segment) && end < text.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    const trimmed = trim(text, start, end);
    if (trimmed) yield trimmed;
  }
  if (pendingStart >= 0) {
    const trimmed = trim(text, pendingStart, text.length);
    if (trimmed) yield trimmed;
  }
}

function trim(text: string, start: number, end: number): SentenceRange | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** A sentence as the matcher is given it: white space collapsed, ends trimmed. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
