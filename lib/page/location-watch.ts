/**
 * Calls `listener` after the page changes its address without loading (`history.pushState` or
 * `replaceState`, as single-page apps do), which no event on `window` announces. The Navigation
 * API's `currententrychange` comes once the address has changed (its `navigate` event comes
 * before, while `location` still reads the old one). Where there is no Navigation API (Firefox
 * 128 ESR), the address is compared once a second.
 */
const POLL_MS = 1000;

export function watchLocation(listener: () => void, signal: AbortSignal): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', listener, { signal });
    return;
  }
  let last = location.href;
  const timer = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    listener();
  }, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}
