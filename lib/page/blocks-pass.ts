/**
 * The scout's reading of a page: the text of each block Gloss would read (the same skip policy
 * as the full extraction), handed to a test block by block until one passes. Nothing is kept:
 * no offset maps, no sentence splitting; a page that fails costs one walk over its text nodes.
 * Sliced, so a very long page never blocks: the clock is read every few dozen nodes.
 */
import { BLOCK_TAGS, isSkipped } from '../text/skip-policy';

const SLICE_MS = 6;
const NODES_BETWEEN_CLOCK_CHECKS = 64;
/** Blocks are tested one by one (a claim's words must meet in one sentence); tiny ones together. */
const CHUNK_CHARS = 200;
/** A block this long is tested in parts; the overlap keeps a phrase cut in two whole on one side. */
export const MAX_CHUNK_CHARS = 64_000;
const OVERLAP_CHARS = 200;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Where a text node's parent puts it: out of the reading (null), or in which block. */
type Place = Element | null;

/**
 * The place of each element met, remembered: text nodes mostly share parents, and the walk
 * itself stays native (a filter callback per node would cross into script for every element).
 */
function placeFinder(root: Element): (el: Element) => Place {
  const places = new Map<Element, Place>();
  const placeOf = (el: Element): Place => {
    let place = places.get(el);
    if (place !== undefined) return place;
    if (el === root) place = root;
    else if (isSkipped(el)) place = null;
    else {
      const parent = el.parentElement;
      const outer = parent ? placeOf(parent) : root;
      place = outer === null ? null : BLOCK_TAGS.has(el.tagName) ? el : outer;
    }
    places.set(el, place);
    return place;
  };
  return placeOf;
}

/**
 * Hands `visit` the page's text under `root`, block by block (tiny blocks together, very long ones
 * in overlapping parts), until it returns true; resolves whether it did. Resolves false if
 * `signal` aborts first. `visit` may answer with a promise: the walk then waits for it.
 */
export async function forEachBlock(root: Element, visit: (text: string) => boolean | Promise<boolean>, signal?: AbortSignal): Promise<boolean> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const placeOf = placeFinder(root);
  let chunk = '';
  let block: Element | null = null;
  let sliceStart = performance.now();
  let sinceCheck = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++sinceCheck >= NODES_BETWEEN_CLOCK_CHECKS) {
      sinceCheck = 0;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        if (signal?.aborted) return false;
        sliceStart = performance.now();
      }
    }
    const parent = node.parentElement;
    const owner = parent ? placeOf(parent) : root;
    if (owner === null) continue;
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
    chunk += (node as Text).data;
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
