/**
 * The highlighter's own account of a block's text nodes: the extraction's map (never edited),
 * plus the pieces each extracted node was split into. Finding a piece is a binary search over
 * the extraction's starts and then a look along that one node's few pieces, and a split or a
 * join edits only that node's piece list: no cost grows with the size of the block.
 */
import { indexAt } from '../text/dom-text';
import type { TextBlock } from '../text/extract';

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

  constructor(readonly block: TextBlock) {}

  /** The piece holding `offset`; at a boundary, `end` gives the earlier piece and `start` the later. */
  place(offset: number, side: 'start' | 'end'): Place {
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

  /** Joins a split back; the newest split of a node must be joined first. */
  join({ head, tail, node, at }: Split): void {
    head.data += tail.data;
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

  #piecesOf(node: number): Piece[] {
    let pieces = this.#pieces.get(node);
    if (!pieces) this.#pieces.set(node, (pieces = [{ text: this.block.nodes[node], start: this.block.starts[node] }]));
    return pieces;
  }
}

const byBlock = new WeakMap<TextBlock, BlockSplits>();

/** The one account of splits for a block, shared by all its highlights. */
export function splitsOf(block: TextBlock): BlockSplits {
  let splits = byBlock.get(block);
  if (!splits) byBlock.set(block, (splits = new BlockSplits(block)));
  return splits;
}
