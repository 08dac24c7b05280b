/** The reader's selection as a passage to note: its selectors and its range, white space trimmed. */
import { indexText, offsetOf, rangeOf } from '@/lib/text/dom-text';
import { describePassage } from '@/lib/notes/selectors';
import type { PassageNote } from '@/lib/store/types';

export interface SelectedPassage extends Pick<PassageNote, 'quote' | 'position'> {
  range: Range;
}

/** Null when nothing usable is selected (collapsed, only white space, or inside `excluded`). */
export function passageFromSelection(selection: Selection | null, excluded: (node: Node) => boolean): SelectedPassage | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const selected = selection.getRangeAt(0);
  if (excluded(selected.commonAncestorContainer)) return null;
  const index = indexText(document.body);
  const start = offsetOf(index, selected.startContainer, selected.startOffset);
  const end = offsetOf(index, selected.endContainer, selected.endOffset);
  // Trim the white space a double- or triple-click drags along.
  const chosen = index.text.slice(start, end);
  const lead = chosen.length - chosen.trimStart().length;
  const trail = chosen.length - chosen.trimEnd().length;
  if (end - trail <= start + lead) return null;
  const { quote, position } = describePassage(index.text, start + lead, end - trail);
  return { quote, position, range: rangeOf(index, position.start, position.end)! };
}

/** The note for a passage: an orphan moved onto it (`existing`), or a new, empty one. */
export function noteOnPassage(passage: Pick<PassageNote, 'quote' | 'position'>, url: string, existing?: PassageNote): PassageNote {
  const placed = { ...passage, url, title: document.title, orphaned: false };
  if (existing) return { ...existing, ...placed };
  return { id: crypto.randomUUID(), kind: 'passage', ...placed, text: '', createdAt: 0, updatedAt: 0 };
}
