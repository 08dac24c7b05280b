/** The sending side: typed requests to the background, results unwrapped into values or errors. */
import { extensionGlobal } from '../extension/extension-global';
import type { Request, RequestType, Result } from './protocol';
import type { ResponseOf } from './responses';

export class RequestError extends Error {}

/** Sends a request to the background and resolves to its value; rejects with `RequestError` on `{ ok: false }` or no answer. */
export async function request<T extends RequestType>(message: Extract<Request, { type: T }>): Promise<ResponseOf[T]> {
  const runtime = extensionGlobal()?.runtime;
  if (!runtime) throw new RequestError(`${message.type}: no extension here`);
  const result = (await runtime.sendMessage(message)) as Result<ResponseOf[T]> | undefined;
  if (!result) throw new RequestError(`${message.type}: no answer from the background`);
  if (!result.ok) throw new RequestError(result.error);
  return result.value;
}
