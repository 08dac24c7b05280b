/**
 * Whether Gloss is busy on this page, shown as `IDLE_ATTRIBUTE` on `<html>` (see names.ts).
 *
 * Every piece of work that may change what Gloss shows (a scan, a highlighting pass, placing
 * notes, a pending page change, handling a message, a report to the background, a hover-intent
 * timer) runs inside `busyWhile`, or holds a token from `beginWork` until it ends. When the last
 * one ends, the attribute is set to a counter that only grows, so a test can wait for "idle
 * after what I just did" without a clock.
 *
 * The counter lives on the content scripts' own global (their isolated world, which the page
 * cannot see), so the small script every page gets and the rest injected later share it.
 */
import { IDLE_ATTRIBUTE } from '../dom/names';

interface Activity {
  busy: number;
  idleCount: number;
}

const KEY = '__glossActivity';

function activity(): Activity {
  const scope = globalThis as unknown as Record<string, Activity | undefined>;
  return (scope[KEY] ??= { busy: 0, idleCount: 0 });
}

function show(doc: Document | undefined): void {
  const state = activity();
  const root = doc?.documentElement;
  if (!root) return;
  if (state.busy > 0) root.removeAttribute(IDLE_ATTRIBUTE);
  else root.setAttribute(IDLE_ATTRIBUTE, String(state.idleCount));
}

const currentDocument = () => (typeof document === 'undefined' ? undefined : document);

/** Marks the start of some work; call the returned function once when it is done. */
export function beginWork(): () => void {
  const state = activity();
  state.busy++;
  if (state.busy === 1) show(currentDocument());
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    state.busy--;
    if (state.busy === 0) {
      state.idleCount++;
      show(currentDocument());
    }
  };
}

/** Runs `work` as busy time. */
export async function busyWhile<T>(work: () => Promise<T>): Promise<T> {
  const end = beginWork();
  try {
    return await work();
  } finally {
    end();
  }
}

/** Takes the attribute off the page (Gloss stopped: the page is left as it was). */
export function clearActivity(): void {
  currentDocument()?.documentElement?.removeAttribute(IDLE_ATTRIBUTE);
}
