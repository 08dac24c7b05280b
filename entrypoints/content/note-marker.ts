/**
 * A passage note's marker: one empty, focusable `<gloss-note>` after the passage, never inside
 * a text node (no split, so the claim highlighter's offsets stay valid and removal is exact).
 */
import { NOTE_MARKER_TAG } from '@/lib/dom/names';
import { t } from '@/lib/i18n/strings';

export function createMarker(noteId: string): HTMLElement {
  const marker = document.createElement(NOTE_MARKER_TAG);
  marker.dataset.noteId = noteId;
  marker.tabIndex = 0;
  marker.setAttribute('role', 'button');
  // A fixed label: the marker is in the page's DOM, and the page must not read the note. The
  // same words as a tooltip, since the glyph alone does not say what it is.
  marker.setAttribute('aria-label', t.passageMarkerLabel());
  marker.title = t.passageMarkerLabel();
  return marker;
}

/** Puts the marker after the text node where `range` ends, or after the element it ends on. */
export function insertMarker(range: Range, marker: HTMLElement, quiet: <T>(change: () => T) => T): void {
  const end = range.endContainer;
  const after = end.nodeType === Node.TEXT_NODE ? end : (end.childNodes[range.endOffset - 1] ?? end);
  quiet(() => (after.parentNode ? after.parentNode.insertBefore(marker, after.nextSibling) : document.body.append(marker)));
}

/** The marker an event came from, if any. */
function markerOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest(NOTE_MARKER_TAG) as HTMLElement | null) : null;
}

/** Click, Enter or Space on a marker (captured on the window: a page that stops events cannot swallow them). */
export function onMarkerActivated(open: (noteId: string, byKeyboard: boolean) => void, signal: AbortSignal): void {
  const onActivate = (e: Event) => {
    const marker = markerOf(e.target);
    if (!marker) return;
    if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    open(marker.dataset.noteId!, e instanceof KeyboardEvent);
  };
  window.addEventListener('click', onActivate, { capture: true, signal });
  window.addEventListener('keydown', onActivate, { capture: true, signal });
}
