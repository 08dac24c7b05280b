/**
 * The receiving end of the protocol: validates a message before any handler sees it, and turns
 * handler failures into `{ ok: false }` results rather than errors thrown across the boundary.
 */
import * as v from 'valibot';
import { RequestSchema, type Request, type RequestType, type Result } from './protocol';
import type { ResponseOf } from './responses';
import { refusal, type Sender } from './sender-policy';

export type Handlers = {
  [T in RequestType]: (request: Extract<Request, { type: T }>, sender?: Sender) => Promise<ResponseOf[T]>;
};

/**
 * Returns the function to plug into `runtime.onMessage`: unknown or malformed messages, and
 * requests the sender may not make (see `sender-policy.ts`), are rejected and logged.
 */
export function createRequestRouter(handlers: Handlers, log: (message: string) => void = console.warn) {
  return async (message: unknown, sender: Sender = { kind: 'extension-page' }): Promise<Result<unknown>> => {
    const parsed = v.safeParse(RequestSchema, message);
    if (!parsed.success) {
      const error = `rejected message: ${v.summarize(parsed.issues).replace(/\n/g, '; ')}`;
      log(`[gloss] ${error}`);
      return { ok: false, error };
    }
    const request = parsed.output;
    const refused = refusal(request, sender);
    if (refused) {
      log(`[gloss] refused ${request.type}: ${refused}`);
      return { ok: false, error: `refused: ${refused}` };
    }
    try {
      const handler = handlers[request.type] as (r: Request, s: Sender) => Promise<unknown>;
      return { ok: true, value: await handler(request, sender) };
    } catch (error) {
      log(`[gloss] ${request.type} failed: ${String(error)}`);
      return { ok: false, error: `${request.type} failed: ${(error as Error).message ?? String(error)}` };
    }
  };
}
