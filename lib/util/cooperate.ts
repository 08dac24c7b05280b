/**
 * Long work on the page's main thread is done in slices, yielding between them, so that no task
 * runs past the 50 ms that makes a page feel stuck.
 */

/** Time one slice may take before yielding; far below 50 ms so a slow item cannot overshoot. */
export const SLICE_MS = 8;

const now = () => performance.now();

function yieldToPage(): Promise<void> {
  // setTimeout rather than scheduler.yield: the latter is not in Firefox 128 ESR.
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` on each item in slices; stops early (resolves false) when `signal` aborts. */
export async function forEachInSlices<T>(items: readonly T[], work: (item: T) => void, signal?: AbortSignal): Promise<boolean> {
  let sliceStart = now();
  for (const item of items) {
    if (signal?.aborted) return false;
    work(item);
    if (now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = now();
    }
  }
  return !signal?.aborted;
}
