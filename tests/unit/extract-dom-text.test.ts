/**
 * The one DOM⇄text map (lib/text/dom-text.ts) as extraction and passage notes use it, the cheap
 * article-root choice, and extraction and scanning in slices.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher } from '@/lib/match/matcher';
import { findClaims } from '@/lib/page/find-claims';
import { indexText, locate, mapText, nodeAt, offsetOf, rangeOf, skipForNotes, textNodes } from '@/lib/text/dom-text';
import { extractBlocks, extractBlocksInSlices, findArticleRoot } from '@/lib/text/extract';
import { segmenterIsWarm, warmUpSegmenter } from '@/lib/text/sentences';
import { forEachInSlices } from '@/lib/util/cooperate';

afterEach(() => vi.restoreAllMocks());

describe('the page text for passage notes', () => {
  it("leaves out scripts and Gloss's own UI, keeps hidden text and claim highlights", () => {
    document.body.innerHTML = `<p>One <gloss-claim>two</gloss-claim><script>x</script> three<gloss-note></gloss-note><gloss-card>card</gloss-card><gloss-notice>notice</gloss-notice></p><p hidden>four</p>`;
    expect(indexText(document.body).text).toBe('One two threefour');
  });

  it('maps offsets to nodes and back, on either side of a node boundary', () => {
    document.body.innerHTML = '<p>ab<em>cd</em>ef</p>';
    const map = indexText(document.body);
    const em = document.querySelector('em')!.firstChild as Text;
    expect(locate(map, 2, 'start')).toEqual({ node: em, offset: 0 });
    expect(locate(map, 2, 'end')).toEqual({ node: map.nodes[0], offset: 2 });
    expect(nodeAt(map, 6, 'start')).toBeNull();
    expect(nodeAt(map, 0, 'end')).toBeNull();
    expect(nodeAt(map, 6, 'end')).toEqual({ node: map.nodes[2], offset: 2 });
    expect(rangeOf(map, 1, 5)!.toString()).toBe('bcde');
    expect(offsetOf(map, em, 1)).toBe(3);
    // An element boundary: the first text at or after it.
    const p = document.querySelector('p')!;
    expect(offsetOf(map, p, 1)).toBe(2);
    expect(offsetOf(map, p, 3)).toBe(6);
    expect(offsetOf(map, document.body, 0)).toBe(0);
  });

  it('maps a skipped text node to the text after it', () => {
    document.body.innerHTML = '<p>ab<script>var x</script>cd</p>';
    const map = indexText(document.body);
    expect(offsetOf(map, document.querySelector('script')!.firstChild!, 3)).toBe(2);
  });

  it('is the same walk with another skip policy', () => {
    document.body.innerHTML = '<p>ab<nav>menu</nav>cd</p>';
    expect(mapText(document.body, skipForNotes).text).toBe('abmenucd');
    expect(mapText(document.body, (el) => el.tagName === 'NAV').text).toBe('abcd');
  });
});

describe('the walk over text nodes', () => {
  /** What a TreeWalker that rejects skipped elements (and so their whole subtree) visits. */
  function filteredWalk(root: Element, skip: (el: Element) => boolean): Text[] {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE ? (skip(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT,
    });
    const found: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
    return found;
  }

  it('visits what a filtering walker visits, skipped elements at any depth, their verdicts remembered', () => {
    // Nested, with skipped elements at several depths and text after them at each level.
    const level = (depth: number): string =>
      depth === 0
        ? 'leaf'
        : `a${depth}<b>${level(depth - 1)}</b><nav>n${depth}<i>${level(depth - 1)}</i></nav><p>p${depth}<span hidden>h${depth}</span>${level(depth - 1)}</p>z${depth}`;
    document.body.innerHTML = `<article>${level(4)}</article>`;
    const root = document.querySelector('article')!;
    const skip = vi.fn((el: Element) => el.tagName === 'NAV' || el.hasAttribute('hidden'));
    const walked = [...textNodes(root, skip)];
    expect(walked.map((t) => t.data)).toEqual(filteredWalk(root, (el) => el.tagName === 'NAV' || el.hasAttribute('hidden')).map((t) => t.data));
    expect(walked.map((t) => t.data).join(' ')).not.toMatch(/\bn\d|\bh\d/);
    // Each element judged once at most, however many text nodes it holds.
    const judged = skip.mock.calls.map(([el]) => el);
    expect(new Set(judged).size).toBe(judged.length);
  });

  it('never judges the root itself: a walk from inside skipped content reads it', () => {
    document.body.innerHTML = '<nav><p>menu <b>item</b></p></nav>';
    const nav = document.querySelector('nav')!;
    expect([...textNodes(nav, (el) => el.tagName === 'NAV')].map((t) => t.data)).toEqual(['menu ', 'item']);
  });
});

describe('the article root', () => {
  it('is the outermost candidate when candidates nest (as the longest always was)', () => {
    document.body.innerHTML = '<main><article><div itemprop="articleBody"><p>Text.</p></div></article></main>';
    expect(findArticleRoot(document)!.tagName).toBe('MAIN');
  });

  it('is the longer of two separate candidates', () => {
    document.body.innerHTML = '<div role="main"><p>Short.</p></div><main><p>A much longer article text.</p></main>';
    expect(findArticleRoot(document)!.tagName).toBe('MAIN');
  });

  it('is the body when the only candidate has no text', () => {
    document.body.innerHTML = '<main></main><p>Text.</p>';
    expect(findArticleRoot(document)).toBe(document.body);
  });
});

describe('extraction and scanning in slices', () => {
  const matcher = createMatcher(compileClaimIndex([{ id: 'c', match: { all: [['foreign troops'], ['legitimate target']], paraphrases: ['x', 'y'] } }]));

  it('extracts the same blocks as in one go, and stops when aborted', async () => {
    document.body.innerHTML = `<article>${'<p>Some <b>text</b> here.</p><div>More<p>nested</p>after</div>'.repeat(20)}</article>`;
    const root = document.querySelector('article')!;
    const sliced = await extractBlocksInSlices(root);
    expect(sliced!.map((b) => [b.element, b.text, b.nodes, b.starts])).toEqual(extractBlocks(root).map((b) => [b.element, b.text, b.nodes, b.starts]));
    const abort = new AbortController();
    abort.abort();
    expect(await extractBlocksInSlices(root, abort.signal)).toBeNull();
  });

  it('finds claims sentence by sentence, also in one huge block', async () => {
    const sentence = 'Foreign troops would be a legitimate target. ';
    document.body.innerHTML = `<article><p>${'Filler sentence here. '.repeat(50)}${sentence.repeat(30)}</p></article>`;
    const findings = await findClaims(document.querySelector('article')!, matcher);
    expect(findings).toHaveLength(30);
    expect(findings.every((f) => f.block === findings[0].block)).toBe(true);
  });

  it('warms the segmenter up on request', () => {
    warmUpSegmenter();
    expect(segmenterIsWarm()).toBe(true);
  });

  it('yields before an item known to be slow, even the first one', async () => {
    // A frozen clock: only the cost hint can make a slice yield. Work done before the call
    // returns ran in the caller's task; work after it, in a later one.
    vi.spyOn(performance, 'now').mockReturnValue(0);
    const seen: string[] = [];
    const slow = forEachInSlices(['fast', 'slow', 'fast'], (item) => seen.push(item), undefined, { cost: (item) => (item === 'slow' ? 30 : 0.1) });
    expect(seen).toEqual(['fast']);
    await slow;
    expect(seen).toEqual(['fast', 'slow', 'fast']);

    seen.length = 0;
    const first = forEachInSlices(['slow', 'fast'], (item) => seen.push(item), undefined, { cost: (item) => (item === 'slow' ? 30 : 0.1) });
    expect(seen).toEqual([]);
    await first;
    expect(seen).toEqual(['slow', 'fast']);
  });
});

describe('citations are not the article', () => {
  it('skips reference lists, bibliographies and cited titles', () => {
    document.body.innerHTML = `<article>
      <p>Prose the reader reads.</p>
      <ol class="references"><li>^ <cite>"A cited work's title"</cite>. Retrieved 2020.</li></ol>
      <div class="reflist columns"><p>Another reference.</p></div>
      <section role="doc-bibliography"><p>A bibliography entry.</p></section>
      <p>A quote from <cite>The Book</cite> and more prose.</p>
    </article>`;
    const texts = extractBlocks(document.body).map((b) => b.text.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['Prose the reader reads.', 'A quote from and more prose.']);
  });
});
