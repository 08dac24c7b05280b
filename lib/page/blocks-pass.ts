/**
 * The scout's reading of a page: the text of each block Gloss would read (the same skip policy
 * as the full extraction), handed to a test block by block until one passes. Nothing is kept:
 * no offset maps, no sentence splitting; a page that fails costs one walk over its text nodes.
 * Sliced, so a very long page never blocks: the clock is read every few dozen nodes.
 */
import { isSkipped } from '../text/skip-policy';
import { textNodes } from '../text/dom-text';
import { blockOf } from '../text/extract';

const SLICE_MS = 6;
const NODES_BETWEEN_CLOCK_CHECKS = 64;
/** Blocks are tested one by one (a claim's words must meet in one sentence); tiny ones together. */
const CHUNK_CHARS = 200;
/** A block this long is tested in parts; the overlap keeps a phrase cut in two whole on one side. */
export const MAX_CHUNK_CHARS = 64_000;
const OVERLAP_CHARS = 200;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Hands `visit` the page's text under `root`, block by block (tiny blocks together, very long ones
 * in overlapping parts), until it returns true; resolves whether it did. Resolves false if
 * `signal` aborts first. `visit` may answer with a promise: the walk then waits for it.
 */
export async function forEachBlock(root: Element, visit: (text: string) => boolean | Promise<boolean>, signal?: AbortSignal): Promise<boolean> {
  let chunk = '';
  let block: Element | null = null;
  let owner: Element = root;
  let sliceStart = performance.now();
  let sinceCheck = 0;
  let parent: Element | null = null;
  for (const node of textNodes(root, isSkipped)) {
    if (++sinceCheck >= NODES_BETWEEN_CLOCK_CHECKS) {
      sinceCheck = 0;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        if (signal?.aborted) return false;
        sliceStart = performance.now();
      }
    }
    // Neighbouring text nodes mostly share a parent: its block is looked up once.
    if (node.parentElement !== parent) {
      parent = node.parentElement;
      owner = blockOf(parent, root);
    }
    if (owner !== block) {
      if (chunk.length >= CHUNK_CHARS) {
        // Only an answer given as a promise is waited for: a plain one costs no turn of the loop.
        const answer = visit(chunk);
        if (answer === true || (answer !== false && (await answer))) return true;
        chunk = '';
      }
      block = owner;
      chunk += '\n';
    }
    chunk += node.data;
    while (chunk.length > MAX_CHUNK_CHARS) {
      const answer = visit(chunk.slice(0, MAX_CHUNK_CHARS));
      if (answer === true || (answer !== false && (await answer))) return true;
      chunk = chunk.slice(MAX_CHUNK_CHARS - OVERLAP_CHARS);
    }
  }
  return chunk.length > 0 && visit(chunk);
}

/** Whether `test` passes on some block of text under `root` (see `forEachBlock`). */
export function someBlockPasses(root: Element, test: (text: string) => boolean, signal?: AbortSignal): Promise<boolean> {
  return forEachBlock(root, test, signal);
}
