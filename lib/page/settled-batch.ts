/**
 * Changes collected while a page is busy and handed over once it settles: after SETTLE quiet
 * milliseconds, or at the latest MAX_WAIT after the first change (a page that never stops
 * changing, such as a ticker, still gets looked at). While changes wait, Gloss is not idle
 * (activity.ts); the handler's promise, if it returns one, is waited for too.
 *
 * Shared by the scout's watch for late text and the full script's page watcher.
 */
import { beginWork } from './activity';

export interface SettledBatch<T> {
  add(items: Iterable<T>): void;
  /** Drops what is pending (a navigation, or Gloss stopping). */
  clear(): void;
}

export function createSettledBatch<T>(options: { settleMs: number; maxWaitMs: number; flush(items: T[]): void | Promise<unknown> }): SettledBatch<T> {
  const { settleMs, maxWaitMs, flush } = options;
  let pending: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let endPending: (() => void) | undefined;

  function hand(): void {
    const items = pending;
    const end = endPending;
    pending = [];
    endPending = undefined;
    const handled = flush(items);
    if (handled) void handled.finally(() => end?.());
    else end?.();
  }

  return {
    add(items) {
      if (pending.length === 0) {
        firstPending = performance.now();
        endPending ??= beginWork();
      }
      for (const item of items) pending.push(item);
      clearTimeout(timer);
      const waited = performance.now() - firstPending;
      timer = setTimeout(hand, waited >= maxWaitMs ? 0 : Math.min(settleMs, maxWaitMs - waited));
    },
    clear() {
      clearTimeout(timer);
      pending = [];
      endPending?.();
      endPending = undefined;
    },
  };
}
