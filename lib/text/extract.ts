/**
 * Page DOM → text. Collects an article's visible text nodes, grouped by the block they belong to,
 * with a map from each block's text offsets back to the text nodes, so that matches found in
 * text can be turned back into DOM ranges.
 */

import { ELEMENT_NODE, FILTER_ACCEPT, FILTER_REJECT, FILTER_SKIP, SHOW_ELEMENT, SHOW_TEXT } from './dom-constants';
import { BLOCK_TAGS, isSkipped } from './skip-policy';

/** A run of text nodes in one block, and the concatenation of their data. */
export interface TextBlock {
  element: Element;
  text: string;
  /** `nodes[i]` starts at `starts[i]` in `text`; ascending. */
  nodes: Text[];
  starts: number[];
}

/**
 * The element holding the article: schema.org articleBody, `<article>`, `<main>`, or the body.
 * A page with several articles (an infinite scroll appends the next one) gets the element that
 * holds them all.
 */
export function findArticleRoot(doc: Document): Element | null {
  const articles = [...doc.querySelectorAll('article')];
  if (articles.length > 1) return commonAncestor(articles);
  const candidates = doc.querySelectorAll('[itemprop="articleBody"], article, main, [role="main"]');
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of candidates) {
    const length = el.textContent?.length ?? 0;
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best ?? doc.body;
}

function commonAncestor(elements: Element[]): Element {
  let ancestor: Element = elements[0];
  while (!elements.every((el) => ancestor.contains(el)) && ancestor.parentElement) ancestor = ancestor.parentElement;
  return ancestor;
}

/** Whether an element sits in content Gloss never reads (scripts, navigation, hidden parts…). */
export function isInsideSkipped(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (isSkipped(node)) return true;
  return false;
}

/** The element itself if it is a block, else its nearest block ancestor (or the body). */
export function nearestBlock(el: Element): Element {
  for (let node: Element | null = el; node; node = node.parentElement) if (BLOCK_TAGS.has(node.tagName)) return node;
  return el.ownerDocument.body;
}

/** Nearest block-level ancestor of a text node, below or at `root`. */
function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/** Every block of readable text under `root`, in document order. */
export function extractBlocks(root: Element): TextBlock[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === ELEMENT_NODE) return isSkipped(node as Element) ? FILTER_REJECT : FILTER_SKIP;
      return FILTER_ACCEPT;
    },
  });
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const block = blockOf(text, root);
    if (!current || current.element !== block) {
      // A block interrupted by a nested block and resumed later starts a new run: its text
      // before and after the nested block are different paragraphs to a reader.
      current = { element: block, text: '', nodes: [], starts: [] };
      blocks.push(current);
    }
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += text.data;
  }
  // Hidden by CSS (display: none, visibility, content-visibility): one check per block, not per
  // node. happy-dom has no checkVisibility, and then everything counts as visible.
  return blocks.filter((b) => /\S/.test(b.text) && (b.element as Element & { checkVisibility?: () => boolean }).checkVisibility?.() !== false);
}

/** The text node and offset inside it for a block-text offset; `end` prefers the earlier node. */
export function locate(block: TextBlock, offset: number, side: 'start' | 'end'): { node: Text; offset: number } {
  const { nodes, starts } = block;
  let lo = 0;
  let hi = nodes.length - 1;
  // Last node whose start is before (end) or at (start) the offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const ok = side === 'start' ? starts[mid] <= offset : starts[mid] < offset;
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo], offset: offset - starts[lo] };
}
