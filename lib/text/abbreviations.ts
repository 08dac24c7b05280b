/**
 * Where a period does not end a sentence. Shared by the sentence splitter (which glues ICU's
 * segments back after these) and the prefilter's rough split (which must never cut where the
 * splitter would not), so the two cannot disagree.
 */
export const ENDS_WITH_ABBREVIATION =
  /(?:^|[\s(])(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|No|vs|e\.g|i\.e|approx)\.\s*$/i;
