/** Sentence segmentation of one block's text, with Intl.Segmenter and an abbreviation repair. */

export interface SentenceRange {
  /** Offsets into the block text, trimmed of surrounding white space. */
  start: number;
  end: number;
}

// ICU breaks after "U.S." or "Gen." when a capital follows; such a segment is glued to the next.
const ENDS_WITH_ABBREVIATION =
  /(?:^|[\s(])(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|No|vs|e\.g|i\.e|approx)\.\s*$/i;

let segmenter: Intl.Segmenter | undefined;

/** Splits `text` into sentences; white-space-only stretches are dropped. */
export function segmentSentences(text: string): SentenceRange[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const ranges: SentenceRange[] = [];
  let pendingStart = -1;
  for (const { index, segment } of segmenter.segment(text)) {
    const start = pendingStart >= 0 ? pendingStart : index;
    const end = index + segment.length;
    if (ENDS_WITH_ABBREVIATION.test(segment) && end < text.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    pushTrimmed(ranges, text, start, end);
  }
  if (pendingStart >= 0) pushTrimmed(ranges, text, pendingStart, text.length);
  return ranges;
}

function pushTrimmed(ranges: SentenceRange[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) ranges.push({ start, end });
}
