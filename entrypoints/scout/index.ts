/**
 * The content script every allowed page gets: the scout (see scout.ts). It carries nothing of
 * the dataset (the background runs the prefilter on the text it hands over) and no library: not
 * even WXT's content script context, which would bring webextension-polyfill (a few kilobytes
 * every page would parse for nothing). The rest of Gloss (entrypoints/gloss.content) is injected
 * into the tab by the background only when the page may mention a known claim, or holds the
 * reader's notes.
 *
 * Registered by the background (lib/extension/content-script.ts) rather than the manifest, so
 * the reader's granted host access, not the install, decides where it runs.
 */
import { startScout } from './scout';

export default defineUnlistedScript(() => {
  // A scout already running here (the background injects one into a tab that was open when its
  // site was granted, and the registered one may follow): the first one stays.
  const scope = globalThis as unknown as { __glossScout?: boolean };
  if (scope.__glossScout) return;
  scope.__glossScout = true;
  startScout({
    listenForLocationChange: watchLocation,
    signal: new AbortController().signal,
  });
});

/** In-page navigation that no event announces (pushState): the Navigation API, or a slow poll. */
function watchLocation(listener: () => void): void {
  const navigation = (globalThis as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', listener);
  else setInterval(listener, 1000);
}
