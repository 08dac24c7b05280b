/**
 * Page DOM → text. Collects an article's visible text nodes, grouped by the block they belong to,
 * with a map from each block's text offsets back to the text nodes (lib/text/dom-text.ts), so
 * that matches found in text can be turned back into DOM ranges.
 */
import { forEachInSlices } from '../util/cooperate';
import { SHOW_TEXT } from './dom-constants';
import { appendText, locate as locateInMap, textNodes, type TextMap } from './dom-text';
import { BLOCK_TAGS, isSkipped } from './skip-policy';

/**
 * A run of text nodes in one block, and the concatenation of their data: the DOM as extracted.
 * The highlighter splits text nodes later but keeps its own account of the splits; this map is
 * never edited after extraction.
 */
export interface TextBlock extends TextMap {
  element: Element;
}

/** A candidate's text counts up to this many characters: enough to tell an article from a teaser. */
const ROOT_MEASURE_CAP = 100_000;

/**
 * The element holding the article: schema.org articleBody, `<article>`, `<main>`, or the body.
 * A page with several articles (an infinite scroll appends the next one) gets the element that
 * holds them all.
 */
export function findArticleRoot(doc: Document): Element | null {
  const articles = [...doc.querySelectorAll('article')];
  if (articles.length > 1) return commonAncestor(articles);
  const candidates = [...doc.querySelectorAll('[itemprop="articleBody"], article, main, [role="main"]')];
  // A candidate inside another is never the longer of the two, and the outer one comes first in
  // document order, so it wins ties too: only the outermost candidates compete.
  const outermost = candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el)));
  // One candidate needs only to hold some text.
  const cap = outermost.length === 1 ? 1 : ROOT_MEASURE_CAP;
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of outermost) {
    const length = textLength(el, cap);
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best ?? doc.body;
}

/** The length of an element's text (as textContent counts it), stopping at `cap`. */
function textLength(el: Element, cap: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node && length < cap; node = walker.nextNode()) length += (node as Text).data.length;
  return Math.min(length, cap);
}

function commonAncestor(elements: Element[]): Element {
  let ancestor: Element = elements[0];
  while (!elements.every((el) => ancestor.contains(el)) && ancestor.parentElement) ancestor = ancestor.parentElement;
  return ancestor;
}

/** The element itself if it is a block, else its nearest block ancestor (or the body). */
export function nearestBlock(el: Element): Element {
  for (let node: Element | null = el; node; node = node.parentElement) if (BLOCK_TAGS.has(node.tagName)) return node;
  return el.ownerDocument.body;
}

/** Nearest block-level ancestor of an element, below or at `root`. */
export function blockOf(el: Element | null, root: Element): Element {
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/**
 * Every block of readable text under `root`, in document order, one at a time: a caller working
 * in slices walks the page as far as it has got, not all of it at once.
 */
export function* iterateBlocks(root: Element): Generator<TextBlock> {
  let current: TextBlock | null = null;
  // Neighbouring text nodes mostly share a parent: its block is looked up once.
  let parent: Element | null = null;
  let block: Element = root;
  for (const node of textNodes(root, isSkipped)) {
    if (node.parentElement !== parent) {
      parent = node.parentElement;
      block = blockOf(parent, root);
    }
    if (!current || current.element !== block) {
      if (current && isReadable(current)) yield current;
      // A block interrupted by a nested block and resumed later starts a new run: its text
      // before and after the nested block are different paragraphs to a reader.
      current = { element: block, text: '', nodes: [], starts: [] };
    }
    appendText(current, node);
  }
  if (current && isReadable(current)) yield current;
}

/** Some text, and not hidden by CSS (display: none, visibility, content-visibility). */
function isReadable(block: TextBlock): boolean {
  // One check per block, not per node. happy-dom has no checkVisibility: everything is visible.
  return /\S/.test(block.text) && (block.element as Element & { checkVisibility?: () => boolean }).checkVisibility?.() !== false;
}

/** Every block of readable text under `root`, in document order. */
export function extractBlocks(root: Element): TextBlock[] {
  return [...iterateBlocks(root)];
}

/** `extractBlocks` in slices that yield to the page; null when `signal` aborts first. */
export async function extractBlocksInSlices(root: Element, signal?: AbortSignal): Promise<TextBlock[] | null> {
  const blocks: TextBlock[] = [];
  return (await forEachInSlices(iterateBlocks(root), (block) => blocks.push(block), signal)) ? blocks : null;
}

/** The text node and offset inside it for a block-text offset; `end` prefers the earlier node. */
export function locate(block: TextBlock, offset: number, side: 'start' | 'end'): { node: Text; offset: number } {
  return locateInMap(block, offset, side);
}
