/**
 * Long work on the page's main thread is done in slices, yielding between them, so that no task
 * runs past the 50 ms that makes a page feel stuck.
 */

/** Time one slice may take before yielding; far below 50 ms so a slow item cannot overshoot. */
export const SLICE_MS = 8;

/**
 * How long a frame may write to the DOM. The frame then also pays for style, layout and paint of
 * what was written, in the same task, so the budget follows what the last frame cost in all:
 * - frames under FRAME_TARGET_MS write a little more next time, frames over it less, down to
 *   FRAME_WRITE_MIN_MS: the task stays short where rendering grows with what was written;
 * - where even a frame that wrote for only FRAME_WRITE_MIN_MS took longer than that to render
 *   (Chromium walks the whole document: ~100 ms a frame on a 5 MB page), no budget keeps the
 *   frame short, so a frame writes for up to half as long as the rendering took, up to
 *   FRAME_WRITE_MAX_MS: fewer long frames, not hundreds.
 */
export const FRAME_WRITE_MS = 8;
export const FRAME_WRITE_MIN_MS = 3;
export const FRAME_WRITE_MAX_MS = 20;
export const FRAME_TARGET_MS = 30;

/** A frame that never comes (the tab went to the background after we asked) is not waited for. */
const FRAME_TIMEOUT_MS = 100;

const now = () => performance.now();

/**
 * Ends the current task; the rest runs in a new one, after whatever the page has queued. A
 * message rather than setTimeout(0), which browsers clamp to 4 ms once nested (a third of an 8 ms
 * slice); not scheduler.yield, which Firefox 128 ESR lacks.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
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
 * What `forEachInFrames` has learnt of a page's frames. Passes that follow one another on one page
 * (a long page drawn part by part as it is matched) share one, so that each does not start again
 * from FRAME_WRITE_MS and spend its first frames finding the page's pace.
 */
export interface FramePace {
  budget: number;
  /** The rendering of a frame that wrote as little as a frame may: what any frame costs here. */
  leastRendering: number;
}

export const newFramePace = (): FramePace => ({ budget: FRAME_WRITE_MS, leastRendering: 0 });

/**
 * Runs `work` on each item inside animation frames, as many per frame as fit in the budget (see
 * FRAME_WRITE_MS), so that DOM writes dirty the page's layout once per frame rather than once per
 * slice. `batch` wraps each frame's work (e.g. to hide its mutations from an observer in one go).
 */
export async function forEachInFrames<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  signal?: AbortSignal,
  batch: (run: () => void) => void = (run) => run(),
  pace: FramePace = newFramePace(),
): Promise<boolean> {
  const iterator = items[Symbol.iterator]();
  let next = iterator.next();
  while (!next.done) {
    const { budget } = pace;
    await nextFrame();
    if (signal?.aborted) return false;
    const start = now();
    batch(() => {
      do {
        work(next.value as T);
        next = iterator.next();
      } while (!next.done && !signal?.aborted && now() - start < budget);
    });
    if (next.done) break;
    const written = now();
    // A task queued now runs once this frame is rendered: the time until then is its rendering.
    await yieldToPage();
    const rendering = now() - written;
    const frame = now() - start;
    if (budget <= FRAME_WRITE_MIN_MS) pace.leastRendering = pace.leastRendering ? Math.min(pace.leastRendering, rendering) : rendering;
    pace.budget =
      pace.leastRendering > FRAME_TARGET_MS
        ? clamp(rendering / 2, FRAME_WRITE_MS, FRAME_WRITE_MAX_MS)
        : clamp((budget * FRAME_TARGET_MS) / Math.max(frame, 1), FRAME_WRITE_MIN_MS, FRAME_WRITE_MAX_MS);
  }
  return !signal?.aborted;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
