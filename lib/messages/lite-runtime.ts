/**
 * The extension messaging the scout needs, without webextension-polyfill: every page gets the
 * scout, so it carries no library it can do without. Firefox has promise-based `browser`;
 * Chrome's `chrome.runtime.sendMessage` returns a promise in Manifest V3. Replies to incoming
 * messages use `sendResponse` and `return true`, which both browsers honour.
 */
import type { Request, RequestType, Result } from './protocol';
import type { ResponseOf } from './responses';

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
    removeListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
  };
}

function runtime(): RuntimeLike {
  const scope = globalThis as unknown as { browser?: { runtime: RuntimeLike }; chrome?: { runtime: RuntimeLike } };
  return (scope.browser ?? scope.chrome)!.runtime;
}

/** As `request` in client.ts: the value, or an error for `{ ok: false }` or no answer. */
export async function liteRequest<T extends RequestType>(message: Extract<Request, { type: T }>): Promise<ResponseOf[T]> {
  const result = (await runtime().sendMessage(message)) as Result<ResponseOf[T]> | undefined;
  if (!result) throw new Error(`${message.type}: no answer from the background`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * Listens for messages; `handle` returns a promise to answer, or undefined to leave the message
 * to others. Returns the function that stops listening.
 */
export function onRuntimeMessage(handle: (message: unknown) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const answer = handle(message);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => {
      console.warn('[gloss] page request failed', error);
      sendResponse(null);
    });
    return true;
  };
  runtime().onMessage.addListener(listener);
  return () => runtime().onMessage.removeListener(listener);
}
