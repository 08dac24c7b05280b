/**
 * The receiving side for scripts in pages: Gloss's messages from the background and the popup.
 * Replies use `sendResponse` and `return true`, which both browsers honour.
 */
import { extensionGlobal, type MessageListener } from '../extension/extension-global';

/**
 * Listens for messages; `handle` returns a promise to answer, or undefined to leave the message
 * to others. Returns the function that stops listening.
 */
export function onRuntimeMessage(handle: (message: unknown) => Promise<unknown> | undefined): () => void {
  const listener: MessageListener = (message, _sender, sendResponse) => {
    const answer = handle(message);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => {
      console.warn('[gloss] page request failed', error);
      sendResponse(null);
    });
    return true;
  };
  const runtime = extensionGlobal()!.runtime;
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
