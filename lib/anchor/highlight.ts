/**
 * Wraps a sentence of a text block in `<gloss-claim>` elements and takes them out again,
 * leaving the DOM as it was: same nodes, same text, same attributes.
 *
 * Like Hypothesis's highlighter, it splits text nodes at the sentence's ends and wraps only
 * what lies inside. Unlike it, a run of whole sibling nodes (text, a link, an <em>) goes into one
 * wrapper, so a sentence with inline markup is usually a single element. A sentence that starts
 * or ends inside an inline element needs several wrappers; the first is the focusable one.
 */
import { END_TO_END, START_TO_START } from '../text/dom-constants';
import { locate, type TextBlock } from '../text/extract';

export const HIGHLIGHT_TAG = 'gloss-claim';

/** Something `removeHighlight` can undo exactly. */
export interface Highlight {
  /** The wrappers, in document order; `elements[0]` is the focus target. */
  elements: HTMLElement[];
  /** Text nodes split to fit the sentence, to be joined again on removal (in reverse). */
  splits: { head: Text; tail: Text }[];
  /** The block whose offset map the splits updated; removal puts the map back too. */
  block: TextBlock;
}

/**
 * Wraps `block.text.slice(start, end)`. Keeps `block.nodes`/`block.starts` in step with the
 * splits, so further sentences of the same block can be wrapped by offset afterwards.
 */
export function highlightRange(block: TextBlock, start: number, end: number, decorate: (el: HTMLElement, index: number) => void): Highlight {
  const splits: Highlight['splits'] = [];
  const doc = block.element.ownerDocument;
  splitAt(block, end, 'end', splits);
  splitAt(block, start, 'start', splits);
  const first = locate(block, start, 'start').node;
  const last = locate(block, end, 'end').node;

  const range = doc.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);

  const elements: HTMLElement[] = [];
  const wrapped = new Set<Node>();
  const iFirst = block.nodes.indexOf(first);
  const iLast = block.nodes.indexOf(last);
  for (let i = iFirst; i <= iLast; i++) {
    const text = block.nodes[i];
    if (isInside(text, wrapped)) continue;
    const top = liftWhileContained(text, range, block.element);
    const group: Node[] = [top];
    for (let next = top.nextSibling; next && contains(range, next); next = next.nextSibling) group.push(next);
    const wrapper = doc.createElement(HIGHLIGHT_TAG);
    top.parentNode!.insertBefore(wrapper, top);
    wrapper.append(...group);
    group.forEach((n) => wrapped.add(n));
    decorate(wrapper, elements.length);
    elements.push(wrapper);
  }
  return { elements, splits, block };
}

/** Takes the wrappers out and joins split text nodes again; the DOM is then as before. */
export function removeHighlight(highlight: Highlight): void {
  for (const el of highlight.elements) el.replaceWith(...el.childNodes);
  const { nodes, starts } = highlight.block;
  for (const { head, tail } of [...highlight.splits].reverse()) {
    head.data += tail.data;
    tail.remove();
    const i = nodes.indexOf(tail);
    if (i >= 0) {
      nodes.splice(i, 1);
      starts.splice(i, 1);
    }
  }
  highlight.elements = [];
  highlight.splits = [];
}

/** Splits the text node holding `offset` so that a node boundary falls there. */
function splitAt(block: TextBlock, offset: number, side: 'start' | 'end', splits: Highlight['splits']): void {
  const { node, offset: inner } = locate(block, offset, side);
  if (inner <= 0 || inner >= node.data.length) return;
  const tail = node.splitText(inner);
  const i = block.nodes.indexOf(node);
  block.nodes.splice(i + 1, 0, tail);
  block.starts.splice(i + 1, 0, block.starts[i] + inner);
  splits.push({ head: node, tail });
}

/** Climbs from a text node to the highest inline ancestor that lies wholly in the range. */
function liftWhileContained(node: Node, range: Range, block: Element): Node {
  let top = node;
  while (top.parentNode && top.parentNode !== block && contains(range, top.parentNode)) top = top.parentNode;
  return top;
}

function contains(range: Range, node: Node): boolean {
  const probe = node.ownerDocument!.createRange();
  probe.selectNode(node);
  return (
    range.compareBoundaryPoints(START_TO_START, probe) <= 0 &&
    range.compareBoundaryPoints(END_TO_END, probe) >= 0
  );
}

function isInside(node: Node, wrapped: Set<Node>): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (wrapped.has(n)) return true;
  return false;
}
