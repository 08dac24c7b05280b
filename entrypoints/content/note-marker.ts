/**
 * A passage note's marker: one empty, focusable `<gloss-note>` right after the passage's last
 * character. Where that falls inside a text node, the node is split there and joined again when
 * the marker goes, so removal is exact; the claim highlighter's account of its splits is told
 * (`noteForeignEdit`) and follows.
 */
import { NOTE_MARKER_TAG } from '@/lib/dom/names';
import { t } from '@/lib/i18n/strings';
import { noteForeignEdit } from '@/lib/highlight/splits';

/** Markers that split a text node to stand where the passage ends. */
const splitting = new WeakSet<Element>();

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

/**
 * Puts the marker right where `range` ends: inside a text node, by splitting it there; else
 * after the node the range ends on.
 */
export function insertMarker(range: Range, marker: HTMLElement, quiet: <T>(change: () => T) => T): void {
  const end = range.endContainer;
  quiet(() => {
    if (end.nodeType === Node.TEXT_NODE && range.endOffset > 0 && range.endOffset < (end as Text).data.length && end.parentNode) {
      const tail = (end as Text).splitText(range.endOffset);
      end.parentNode.insertBefore(marker, tail);
      splitting.add(marker);
      noteForeignEdit();
      return;
    }
    const after = end.nodeType === Node.TEXT_NODE ? end : (end.childNodes[range.endOffset - 1] ?? end);
    if (after.parentNode) after.parentNode.insertBefore(marker, after.nextSibling);
    else document.body.append(marker);
  });
}

/** Takes a marker out; the text node it split is one node again. Call inside `quiet`. */
export function removeMarker(marker: HTMLElement): void {
  const before = marker.previousSibling;
  const after = marker.nextSibling;
  marker.remove();
  if (!splitting.has(marker)) return;
  splitting.delete(marker);
  if (before?.nodeType === Node.TEXT_NODE && after?.nodeType === Node.TEXT_NODE) {
    // appendData keeps live ranges in `before` (the passage's tint) where they are.
    (before as Text).appendData((after as Text).data);
    after.remove();
  }
  noteForeignEdit();
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
