/**
 * The highlighter's own account of a block's text nodes: the extraction's map (never edited),
 * plus the pieces each extracted node was split into. Finding a piece is a binary search over
 * the extraction's starts and then a look along that one node's few pieces, and a split or a
 * join edits only that node's piece list: no cost grows with the size of the block.
 */
import { indexAt } from '../text/dom-text';
import type { TextBlock } from '../text/extract';
import { NOTE_MARKER_TAG } from '../dom/names';

/**
 * Counts edits to text nodes made outside any account: a passage note's marker splits the text
 * node where the reader's selection ended, and joins it again when it goes. An account that has
 * not seen the latest count takes the DOM's pieces in again before it is used (`#follow`).
 */
let foreignEdits = 0;

/** Says that some text node under a block may have been split or joined by someone else. */
export function noteForeignEdit(): void {
  foreignEdits++;
}

/** A text node split in two; joining `tail` back onto `head` undoes it. */
export interface Split {
  head: Text;
  tail: Text;
  /** Index in `block.nodes` of the extracted node both came from. */
  node: number;
  /** Where `tail` starts in the block's text. */
  at: number;
}

/** Where an offset falls: extracted node `node`, its piece `piece`, `offset` inside that piece. */
export interface Place {
  node: number;
  piece: number;
  text: Text;
  offset: number;
}

interface Piece {
  text: Text;
  /** Offset in the block's text. */
  start: number;
}

export class BlockSplits {
  /** Pieces of the extracted nodes that were split, by node index; unsplit nodes are absent. */
  #pieces = new Map<number, Piece[]>();
  /** The `foreignEdits` count this account last followed (0: none ever, nothing to follow). */
  #followed = 0;

  constructor(readonly block: TextBlock) {}

  /** The piece holding `offset`; at a boundary, `end` gives the earlier piece and `start` the later. */
  place(offset: number, side: 'start' | 'end'): Place {
    this.#follow();
    const { nodes, starts } = this.block;
    const node = indexAt(starts, offset, side);
    const pieces = this.#pieces.get(node);
    if (!pieces) return { node, piece: 0, text: nodes[node], offset: offset - starts[node] };
    // A long text node split by many sentences has many pieces: a binary search here too.
    let piece = 0;
    let hi = pieces.length - 1;
    while (piece < hi) {
      const mid = (piece + hi + 1) >> 1;
      if (side === 'start' ? pieces[mid].start <= offset : pieces[mid].start < offset) piece = mid;
      else hi = mid - 1;
    }
    return { node, piece, text: pieces[piece].text, offset: offset - pieces[piece].start };
  }

  /** Splits the piece holding `offset` so that a node boundary falls there; null if one already does. */
  split(offset: number, side: 'start' | 'end'): Split | null {
    const at = this.place(offset, side);
    if (at.offset <= 0 || at.offset >= at.text.data.length) return null;
    const pieces = this.#piecesOf(at.node);
    const tail = at.text.splitText(at.offset);
    const start = pieces[at.piece].start + at.offset;
    pieces.splice(at.piece + 1, 0, { text: tail, start });
    return { head: at.text, tail, node: at.node, at: start };
  }

  /**
   * Joins a split back; the newest split of a node must be joined first. The tail goes into the
   * text node just before it, which is `head` unless a marker split `head` since.
   */
  join({ head, tail, node, at }: Split): void {
    this.#follow();
    const before = tail.previousSibling;
    // appendData, not `data +=`: replacing a node's whole data would move every live Range
    // boundary inside it (a passage note's tint) to its start.
    (before?.nodeType === Node.TEXT_NODE ? (before as Text) : head).appendData(tail.data);
    tail.remove();
    const pieces = this.#pieces.get(node);
    if (!pieces) return;
    const { piece } = this.place(at, 'start');
    if (piece > 0 && pieces[piece].text === tail) pieces.splice(piece, 1);
    if (pieces.length === 1) this.#pieces.delete(node);
  }

  /** The text pieces from `from` to `to` inclusive, in document order. */
  *between(from: Place, to: Place): Generator<Text> {
    for (let node = from.node; node <= to.node; node++) {
      const pieces = this.#pieces.get(node);
      const first = node === from.node ? from.piece : 0;
      const last = node === to.node ? to.piece : (pieces?.length ?? 1) - 1;
      for (let piece = first; piece <= last; piece++) yield pieces ? pieces[piece].text : this.block.nodes[node];
    }
  }

  /**
   * After a foreign edit, makes every node's pieces match the DOM again: a piece that was joined
   * away is dropped, and a piece shorter than its share of the block's text continues in the text
   * node after it (past a marker) — the one a marker split off. Costs one look at each node, and
   * only on a page where a marker was placed or removed since.
   */
  #follow(): void {
    if (this.#followed === foreignEdits) return;
    this.#followed = foreignEdits;
    const { nodes, starts, text } = this.block;
    for (let node = 0; node < nodes.length; node++) {
      const end = node + 1 < nodes.length ? starts[node + 1] : text.length;
      const known = this.#pieces.get(node);
      const pieces = (known ?? [{ text: nodes[node], start: starts[node] }]).filter((p, i) => i === 0 || p.text.isConnected);
      for (let i = 0; i < pieces.length; i++) {
        const { text: piece, start } = pieces[i];
        const share = (i + 1 < pieces.length ? pieces[i + 1].start : end) - start;
        if (piece.data.length >= share) continue;
        const next = textAfter(piece);
        if (!next) break;
        pieces.splice(i + 1, 0, { text: next, start: start + piece.data.length });
      }
      if (pieces.length > 1) this.#pieces.set(node, pieces);
      else this.#pieces.delete(node);
    }
  }

  #piecesOf(node: number): Piece[] {
    let pieces = this.#pieces.get(node);
    if (!pieces) this.#pieces.set(node, (pieces = [{ text: this.block.nodes[node], start: this.block.starts[node] }]));
    return pieces;
  }
}

/** The text node after `text`, past any passage-note markers; null if something else comes first. */
function textAfter(text: Text): Text | null {
  let next = text.nextSibling;
  while (next && next.nodeType === Node.ELEMENT_NODE && (next as Element).localName === NOTE_MARKER_TAG) next = next.nextSibling;
  return next?.nodeType === Node.TEXT_NODE ? (next as Text) : null;
}

const byBlock = new WeakMap<TextBlock, BlockSplits>();

/** The one account of splits for a block, shared by all its highlights. */
export function splitsOf(block: TextBlock): BlockSplits {
  let splits = byBlock.get(block);
  if (!splits) byBlock.set(block, (splits = new BlockSplits(block)));
  return splits;
}
