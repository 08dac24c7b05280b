/**
 * A short notice at the top of the page, for a command that cannot act (e.g. "Add note" with
 * nothing selected). Its own shadow root, announced politely, gone after a few seconds; removed
 * at once when Gloss stops, so the page is left as it was.
 */
import { NOTICE_TAG } from '@/lib/dom/names';
import { createShadowHost } from './shadow-host';

export { NOTICE_TAG };
const SHOWN_MS = 4000;

const STYLE = `
:host { all: initial; position: fixed; top: 12px; left: 50%; transform: translateX(-50%); z-index: 2147483647; }
p { margin: 0; padding: 0.6em 1em; border-radius: 8px; font: 15px/1.4 system-ui, sans-serif;
    background: #1d1d1f; color: #fff; box-shadow: 0 4px 16px rgba(0,0,0,.3); max-width: 28em; }
`;

export function showNotice(text: string, quiet: <T>(change: () => T) => T, signal: AbortSignal): void {
  document.querySelector(NOTICE_TAG)?.remove();
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  message.textContent = text;
  const { host } = createShadowHost(NOTICE_TAG, STYLE, [message], quiet);
  const remove = () => quiet(() => host.remove());
  const timer = setTimeout(remove, SHOWN_MS);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    remove();
  });
}
