/**
 * The one map between DOM text nodes and a string of their text. Claim extraction (one map per
 * block, lib/text/extract.ts) and passage notes (one map of the whole page) both walk the DOM
 * with `textNodes` and find their way back with `locate`; they differ only in which elements
 * they skip.
 */
import { CARD_TAG, NOTE_MARKER_TAG, NOTICE_TAG } from '../dom/names';
import { SHOW_TEXT, TEXT_NODE } from './dom-constants';

/** Text nodes and the concatenation of their data. */
export interface TextMap {
  text: string;
  /** `nodes[i]` starts at `starts[i]` in `text`; ascending. */
  nodes: Text[];
  starts: number[];
}

/** Whether an element and everything in it is left out of the text. */
export type SkipPolicy = (el: Element) => boolean;

const NOTE_SKIPPED: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  ...[NOTE_MARKER_TAG, CARD_TAG, NOTICE_TAG].map((tag) => tag.toUpperCase()),
]);

/**
 * Passage notes read nearly all of the page, hidden parts included: a note is found again by its
 * offsets and context, which must not move when the page shows or hides a part. Gloss's own UI is
 * left out, so a marker or card never shifts an offset.
 */
export const skipForNotes: SkipPolicy = (el) => NOTE_SKIPPED.has(el.tagName);

/**
 * The text nodes under `root` in document order, leaving out those inside skipped elements (not
 * `root` itself). The walk stays native: a filter callback would cross into script for every node
 * of the page (9,000 calls on a 1 MB article), and text nodes mostly share parents, so each
 * element's verdict is worked out once and remembered.
 */
export function* textNodes(root: Node, skip: SkipPolicy): Generator<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const left = new Map<Element, boolean>();
  const isLeftOut = (start: Element | null): boolean => {
    // Up to the nearest element already judged (or `root`), then each judged on the way down.
    const unjudged: Element[] = [];
    let el = start;
    let out = false;
    for (; el && el !== root; el = el.parentElement) {
      const known = left.get(el);
      if (known !== undefined) {
        out = known;
        break;
      }
      unjudged.push(el);
    }
    for (let i = unjudged.length - 1; i >= 0; i--) {
      out ||= skip(unjudged[i]);
      left.set(unjudged[i], out);
    }
    return out;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!isLeftOut(node.parentElement)) yield node as Text;
}

export function appendText(map: TextMap, node: Text): void {
  map.nodes.push(node);
  map.starts.push(map.text.length);
  map.text += node.data;
}

/** All the text under `root` as one map. */
export function mapText(root: Node, skip: SkipPolicy): TextMap {
  const map: TextMap = { text: '', nodes: [], starts: [] };
  for (const node of textNodes(root, skip)) appendText(map, node);
  return map;
}

/** The page's text for passage notes. */
export function indexText(root: Node, skip: SkipPolicy = skipForNotes): TextMap {
  return mapText(root, skip);
}

/**
 * The text node and offset inside it for an offset in `map.text`; at a boundary between two
 * nodes, `end` gives the earlier node and `start` the later. Out of range, the nearest node.
 */
export function locate(map: TextMap, offset: number, side: 'start' | 'end'): { node: Text; offset: number } {
  const i = indexAt(map.starts, offset, side);
  return { node: map.nodes[i], offset: offset - map.starts[i] };
}

/** Index of the last entry of `starts` before (`end`) or at (`start`) the offset; 0 if none. */
export function indexAt(starts: readonly number[], offset: number, side: 'start' | 'end'): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (side === 'start' ? starts[mid] <= offset : starts[mid] < offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Like `locate`, but null where no node holds the offset on that side (e.g. `start` at the very end). */
export function nodeAt(map: TextMap, offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  if (map.nodes.length === 0 || offset < 0 || offset > map.text.length) return null;
  if (side === 'start' ? offset === map.text.length : offset === 0) return null;
  return locate(map, offset, side);
}

/** The offset in the map's text of a DOM boundary point (a selection's start or end). */
export function offsetOf(map: TextMap, container: Node, offset: number): number {
  const { nodes, starts } = map;
  if (nodes.length === 0) return 0;
  // A text node is found by its own start; an element boundary (or a skipped text node) maps to
  // the first mapped text at or after it. One short-lived Range, O(log n) comparisons.
  const isText = container.nodeType === TEXT_NODE;
  const point = container.ownerDocument!.createRange();
  point.setStart(container, isText ? 0 : offset);
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(nodes[mid], 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  if (lo === nodes.length) return map.text.length;
  return isText && nodes[lo] === container ? starts[lo] + offset : starts[lo];
}

export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const from = nodeAt(map, start, 'start');
  const to = nodeAt(map, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
