/**
 * Says something to screen readers without showing it: a polite live region in a shadow root,
 * made on first use and removed when Gloss stops, so the page is left as it was.
 */
import { LIVE_TAG } from '@/lib/dom/names';
import { createShadowHost } from './shadow-host';

// Visually hidden, still read: the usual clip pattern.
const STYLE = `:host { all: initial; position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }`;

export function createAnnouncer(quiet: <T>(change: () => T) => T, signal: AbortSignal): (text: string) => void {
  let region: HTMLElement | undefined;
  let host: HTMLElement | undefined;
  signal.addEventListener('abort', () => quiet(() => host?.remove()));
  return (text) => {
    if (signal.aborted) return;
    if (!region) {
      region = document.createElement('p');
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      host = createShadowHost(LIVE_TAG, STYLE, [region], quiet).host;
    }
    // The same words twice in a row are still announced: clear, then set.
    const live = region;
    quiet(() => (live.textContent = ''));
    queueMicrotask(() => quiet(() => (live.textContent = text)));
  };
}
