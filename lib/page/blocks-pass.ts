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
const MAX_CHUNK_CHARS = 64_000;
const OVERLAP_CHARS = 200;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/**
 * Whether `test` passes on some block of text under `root`; stops at the first that does.
 * Resolves false if `signal` aborts first.
 */
export async function someBlockPasses(root: Element, test: (text: string) => boolean, signal?: AbortSignal): Promise<boolean> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE ? (isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT,
  });
  let chunk = '';
  let block: Element | null = null;
  let sliceStart = performance.now();
  let sinceCheck = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = blockOf(node, root);
    if (owner !== block) {
      if (chunk.length >= CHUNK_CHARS && test(chunk)) return true;
      if (chunk.length >= CHUNK_CHARS) chunk = '';
      block = owner;
      chunk += '\n';
    }
    chunk += (node as Text).data;
    if (chunk.length > MAX_CHUNK_CHARS) {
      if (test(chunk)) return true;
      chunk = chunk.slice(-OVERLAP_CHARS);
    }
    if (++sinceCheck >= NODES_BETWEEN_CLOCK_CHECKS) {
      sinceCheck = 0;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        if (signal?.aborted) return false;
        sliceStart = performance.now();
      }
    }
  }
  return chunk.length > 0 && test(chunk);
}
