/**
 * The page's text as one string, and the way back from offsets in it to DOM ranges. Passage
 * notes are described and found again in this string. Gloss's own UI is left out, so its
 * markers and card never shift an offset.
 */
export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'GLOSS-NOTE', 'GLOSS-CARD']);

export function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE ? (SKIP.has((node as Element).tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  return { text, nodes, starts };
}

/** The offset in the index's text of a DOM boundary point (a selection's start or end). */
export function offsetOf(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const i = index.nodes.indexOf(container as Text);
    if (i >= 0) return index.starts[i] + offset;
  }
  // An element boundary (or a skipped text node): the first indexed text at or after it.
  const point = container.ownerDocument!.createRange();
  point.setStart(container, offset);
  for (let i = 0; i < index.nodes.length; i++) {
    if (point.comparePoint(index.nodes[i], 0) >= 0) return index.starts[i];
  }
  return index.text.length;
}

/** The node holding `offset`, and the offset within it; `side` settles a boundary between two. */
export function nodeAt(index: TextIndex, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = index.starts[mid];
    const end = start + index.nodes[mid].data.length;
    if (side === 'start' ? offset >= end : offset > end) lo = mid + 1;
    else if (side === 'start' ? offset < start : offset <= start) hi = mid - 1;
    else return { node: index.nodes[mid], offset: offset - start };
  }
  return null;
}

export function rangeOf(index: TextIndex, start: number, end: number): Range | null {
  const from = nodeAt(index, start, 'start');
  const to = nodeAt(index, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
