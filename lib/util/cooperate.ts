/**
 * Long work on the page's main thread is done in slices, yielding between them, so that no task
 * runs past the 50 ms that makes a page feel stuck.
 */

/** Time one slice may take before yielding; far below 50 ms so a slow item cannot overshoot. */
export const SLICE_MS = 8;

/**
 * DOM writes per animation frame. The frame then also pays for style and layout of what was
 * written (on a long article, layout walks the whole document), so this stays well under
 * SLICE_MS × 2 to keep the frame's task near 20 ms.
 */
export const FRAME_WRITE_MS = 8;

/** A frame that never comes (the tab went to the background after we asked) is not waited for. */
const FRAME_TIMEOUT_MS = 100;

const now = () => performance.now();

export function yieldToPage(): Promise<void> {
  // setTimeout rather than scheduler.yield: the latter is not in Firefox 128 ESR.
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves just before the next frame is rendered, so that writes made then are laid out once,
 * with that frame. A hidden document renders no frames (requestAnimationFrame never fires in a
 * background tab): there, and where there is no window, a plain task.
 */
export function nextFrame(): Promise<void> {
  const doc = globalThis.document as Document | undefined;
  if (typeof requestAnimationFrame !== 'function' || !doc || doc.visibilityState === 'hidden') return yieldToPage();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      cancelAnimationFrame(frame);
      resolve();
    }, FRAME_TIMEOUT_MS);
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface SliceOptions<T> {
  /**
   * Expected cost of an item in ms, when some items are known to be slow: a slice that could not
   * fit it yields first, so the slow item starts a task of its own instead of overrunning one.
   */
  cost?: (item: T) => number;
}

/** Runs `work` on each item in slices; stops early (resolves false) when `signal` aborts. */
export async function forEachInSlices<T>(items: Iterable<T>, work: (item: T) => void, signal?: AbortSignal, options: SliceOptions<T> = {}): Promise<boolean> {
  let sliceStart = now();
  // Yielded just now: the slice is fresh, and no item is too slow to start it.
  let fresh = false;
  for (const item of items) {
    if (signal?.aborted) return false;
    if (!fresh && options.cost && now() - sliceStart + options.cost(item) > SLICE_MS) {
      await yieldToPage();
      if (signal?.aborted) return false;
      sliceStart = now();
    }
    work(item);
    fresh = false;
    if (now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = now();
      fresh = true;
    }
  }
  return !signal?.aborted;
}

/**
 * Runs `work` on each item inside animation frames, as many per frame as fit in FRAME_WRITE_MS,
 * so that DOM writes dirty the page's layout once per frame rather than once per slice. `batch`
 * wraps each frame's work (e.g. to hide its mutations from an observer in one go).
 */
export async function forEachInFrames<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  signal?: AbortSignal,
  batch: (run: () => void) => void = (run) => run(),
): Promise<boolean> {
  const iterator = items[Symbol.iterator]();
  let next = iterator.next();
  while (!next.done) {
    await nextFrame();
    if (signal?.aborted) return false;
    batch(() => {
      const start = now();
      do {
        work(next.value as T);
        next = iterator.next();
      } while (!next.done && !signal?.aborted && now() - start < FRAME_WRITE_MS);
    });
  }
  return !signal?.aborted;
}
