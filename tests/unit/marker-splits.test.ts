/**
 * A passage note's marker stands right after the selected words, splitting the text node there,
 * while claim highlights split and wrap the same nodes: whatever the order of drawing, marking and
 * taking out, each highlight wraps exactly its sentence and the DOM comes back exactly.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightRange, removeHighlight, type Highlight } from '@/lib/highlight/highlight';
import { extractBlocks, type TextBlock } from '@/lib/text/extract';
import { createMarker, insertMarker, removeMarker } from '@/entrypoints/content/note-marker';

const HTML = '<p>First sentence is here. Second one has <em>some emphasis</em> in it. Third sentence ends it.</p>';
const quiet = <T>(change: () => T): T => change();

let block: TextBlock;
let p: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = `<article>${HTML}</article>`;
  p = document.querySelector('p')!;
  block = extractBlocks(document.querySelector('article')!)[0]!;
});

/** A range over the block's text from `start` to `end`, found in the DOM as it is now. */
function rangeOver(start: number, end: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const len = node.data.length;
    if (start >= at && start <= at + len && range.startContainer === document) range.setStart(node, start - at);
    if (end > at && end <= at + len) {
      range.setEnd(node, end - at);
      break;
    }
    at += len;
  }
  return range;
}

const sentence = (text: string): [number, number] => {
  const start = block.text.indexOf(text);
  return [start, start + text.length];
};
const wrapped = (h: Highlight) => h.elements.map((e) => e.textContent).join('');
const textNodes = () => [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).length;

function mark(words: string): HTMLElement {
  const [start, end] = sentence(words);
  const marker = createMarker(`n-${start}`);
  insertMarker(rangeOver(start, end), marker, quiet);
  return marker;
}

describe('a passage marker beside claim highlights', () => {
  it('stands right after the selected words, inside a text node, and leaves the DOM exact when taken out', () => {
    const before = p.innerHTML;
    const nodes = textNodes();
    const marker = mark('Second one has');
    expect(marker.previousSibling?.textContent?.endsWith('Second one has')).toBe(true);
    expect(marker.nextSibling?.textContent?.startsWith(' ')).toBe(true);
    removeMarker(marker);
    expect(p.innerHTML).toBe(before);
    expect(textNodes()).toBe(nodes);
  });

  it('a highlight drawn after a marker split its node still wraps exactly its sentence', () => {
    const before = p.innerHTML;
    const marker = mark('First sentence');
    const first = highlightRange(block, ...sentence('First sentence is here.'), () => {});
    const third = highlightRange(block, ...sentence('Third sentence ends it.'), () => {});
    expect(wrapped(first)).toBe('First sentence is here.');
    expect(wrapped(third)).toBe('Third sentence ends it.');
    expect(first.elements[0]!.contains(marker)).toBe(true);
    removeHighlight(third);
    removeHighlight(first);
    removeMarker(marker);
    expect(p.innerHTML).toBe(before);
  });

  it('a marker placed inside a drawn highlight, then more highlights, then all out in any order', () => {
    const before = p.innerHTML;
    const nodes = textNodes();
    const third = highlightRange(block, ...sentence('Third sentence ends it.'), () => {});
    const marker = mark('Third sentence');
    expect(third.elements[0]!.contains(marker)).toBe(true);
    const second = mark('Second one');
    const first = highlightRange(block, ...sentence('First sentence is here.'), () => {});
    expect(wrapped(first)).toBe('First sentence is here.');
    expect(wrapped(third)).toBe('Third sentence ends it.');
    removeMarker(second);
    removeHighlight(first);
    removeHighlight(third);
    removeMarker(marker);
    expect(p.innerHTML).toBe(before);
    expect(textNodes()).toBe(nodes);
  });

  it('after highlights are taken out and drawn again around a marker, the text and the DOM still come back', () => {
    const before = p.innerHTML;
    const first = highlightRange(block, ...sentence('First sentence is here.'), () => {});
    const marker = mark('First sentence is');
    removeHighlight(first);
    const again = highlightRange(block, ...sentence('First sentence is here.'), () => {});
    expect(wrapped(again)).toBe('First sentence is here.');
    expect(p.textContent).toBe(document.createRange().createContextualFragment(HTML).textContent);
    removeHighlight(again);
    removeMarker(marker);
    expect(p.innerHTML).toBe(before);
  });

  it('a marker at the end of a text node splits nothing', () => {
    const before = p.innerHTML;
    const nodes = textNodes();
    const marker = mark('Third sentence ends it.');
    expect(textNodes()).toBe(nodes);
    expect(marker.previousSibling?.textContent?.endsWith('ends it.')).toBe(true);
    removeMarker(marker);
    expect(p.innerHTML).toBe(before);
  });
});
