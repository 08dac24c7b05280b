/**
 * A page's text asked about in batches (page-text-limits.ts): the blocks Gloss reads under some
 * elements, gathered into batches that fit one message, each handed to `ask` until one answers
 * true. The scout asks the background whether to start the rest of Gloss (`page/read`); the rest
 * asks whether an article, or text the page added, may make a claim (`page/topic`). The page
 * never runs the prefilter itself.
 */
import { forEachBlock } from './blocks-pass';
import { PAGE_TEXT_BATCH_CHARS } from './page-text-limits';
import { isInsideSkipped } from '../text/skip-policy';

/**
 * Whether `ask` answers true for some batch of the text under `roots`, in order. A root inside
 * skipped content gives none (the walk checks only below its root). The last batch is asked with
 * `last` true, even when it is empty: the scout's last question also covers the reader's notes.
 * Resolves false if `signal` aborts first.
 */
export async function someBatchPasses(
  roots: readonly Element[],
  ask: (blocks: string[], last: boolean) => Promise<boolean>,
  signal?: AbortSignal,
): Promise<boolean> {
  let batch: string[] = [];
  let size = 0;
  const add = (text: string): boolean | Promise<boolean> => {
    if (size + text.length <= PAGE_TEXT_BATCH_CHARS) {
      batch.push(text);
      size += text.length;
      return false;
    }
    const full = batch;
    [batch, size] = [[text], text.length];
    return ask(full, false);
  };
  for (const root of roots) {
    if (isInsideSkipped(root)) continue;
    if (await forEachBlock(root, add, signal)) return true;
    if (signal?.aborted) return false;
  }
  return ask(batch, true);
}
