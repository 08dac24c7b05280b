/**
 * Wraps a sentence of a text block in `<gloss-claim>` elements and takes them out again,
 * leaving the DOM as it was: same nodes, same text, same attributes.
 *
 * Like Hypothesis's highlighter, it splits text nodes at the sentence's ends and wraps only
 * what lies inside. Unlike it, a run of whole sibling nodes (text, a link, an <em>) goes into one
 * wrapper, so a sentence with inline markup is usually a single element. A sentence that starts
 * or ends inside an inline element needs several wrappers; the first is the focusable one.
 *
 * No Range is ever created: every live Range in a document is updated on each `splitText`, and
 * on a long article the ranges left for the garbage collector made each split cost a millisecond.
 * Containment is decided with `compareDocumentPosition` instead.
 */
import { CLAIM_TAG } from '../dom/names';
import { DOCUMENT_POSITION_CONTAINED_BY, DOCUMENT_POSITION_FOLLOWING, DOCUMENT_POSITION_PRECEDING } from '../text/dom-constants';
import type { TextBlock } from '../text/extract';
import { splitsOf, type Split } from './splits';

export const HIGHLIGHT_TAG = CLAIM_TAG;

/** Something `removeHighlight` can undo exactly. */
export interface Highlight {
  /** The wrappers, in document order; `elements[0]` is the focus target. */
  elements: HTMLElement[];
  /** Text nodes split to fit the sentence, to be joined again on removal (in reverse). */
  splits: Split[];
  /** The block whose text nodes were split; its highlighter's account of splits is shared. */
  block: TextBlock;
}

/**
 * Wraps `block.text.slice(start, end)`. The block's own offset map is left as extracted; the
 * splits are recorded beside it (lib/highlight/splits.ts), so further sentences of the same block
 * can be wrapped by offset afterwards, in any order.
 */
export function highlightRange(block: TextBlock, start: number, end: number, decorate: (el: HTMLElement, index: number) => void): Highlight {
  const doc = block.element.ownerDocument;
  const account = splitsOf(block);
  const splits: Split[] = [];
  for (const [offset, side] of [
    [end, 'end'],
    [start, 'start'],
  ] as const) {
    const split = account.split(offset, side);
    if (split) splits.push(split);
  }
  const from = account.place(start, 'start');
  const to = account.place(end, 'end');
  const first = from.text;
  const last = to.text;

  const elements: HTMLElement[] = [];
  let wrapper: HTMLElement | null = null;
  for (const text of account.between(from, to)) {
    if (wrapper?.contains(text)) continue;
    const top = liftWhileWithin(text, first, last, block.element);
    const group: Node[] = [top];
    for (let next = top.nextSibling; next && isWithin(next, first, last); next = next.nextSibling) group.push(next);
    wrapper = doc.createElement(HIGHLIGHT_TAG);
    top.parentNode!.insertBefore(wrapper, top);
    wrapper.append(...group);
    decorate(wrapper, elements.length);
    elements.push(wrapper);
  }
  return { elements, splits, block };
}

/** Takes the wrappers out and joins split text nodes again; the DOM is then as before. */
export function removeHighlight(highlight: Highlight): void {
  for (const el of highlight.elements) el.replaceWith(...el.childNodes);
  const account = splitsOf(highlight.block);
  for (let i = highlight.splits.length - 1; i >= 0; i--) account.join(highlight.splits[i]);
  highlight.elements = [];
  highlight.splits = [];
}

/** Climbs from a text node to the highest inline ancestor that lies wholly between `first` and `last`. */
function liftWhileWithin(node: Node, first: Text, last: Text, block: Element): Node {
  let top = node;
  while (top.parentNode && top.parentNode !== block && isWithin(top.parentNode, first, last)) top = top.parentNode;
  return top;
}

/**
 * Whether `node` lies wholly from the start of `first` to the end of `last` (what a Range from
 * before `first` to after `last` would contain): it comes after `first` without holding it, and
 * before `last` without holding it.
 */
function isWithin(node: Node, first: Text, last: Text): boolean {
  const startsInside = node === first || (node.compareDocumentPosition(first) & DOCUMENT_POSITION_PRECEDING) !== 0;
  if (!startsInside) return false;
  if (node === last) return true;
  const toLast = node.compareDocumentPosition(last);
  return (toLast & DOCUMENT_POSITION_FOLLOWING) !== 0 && (toLast & DOCUMENT_POSITION_CONTAINED_BY) === 0;
}
