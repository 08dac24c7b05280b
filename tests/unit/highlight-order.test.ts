/**
 * Highlighting order and pacing: wrapping in animation frames (or tasks, in a hidden tab), the
 * viewport's findings first, and sentences of one block wrapped and removed in any order.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightSet } from '@/lib/highlight/highlight-set';
import { viewportFirst, VIEWPORT_FIRST_MIN } from '@/lib/highlight/viewport-order';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher } from '@/lib/match/matcher';
import { findClaims, findClaimsStepwise, FIRST_SCREEN_MIN_BLOCKS, type Finding } from '@/lib/page/find-claims';
import { forEachInFrames } from '@/lib/util/cooperate';

const matcher = createMatcher(
  compileClaimIndex([{ id: 'troops-targets', match: { all: [['foreign troops'], ['legitimate target']], paraphrases: ['x', 'y'] } }]),
);
const CLAIM = 'Foreign troops would be a legitimate target.';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

describe('sentences of one block, in any order', () => {
  it('wraps later sentences first and still restores the DOM exactly', async () => {
    document.body.innerHTML = `<article><p>${CLAIM} Filler here. <b>${CLAIM}</b> More. <i>Filler ${CLAIM} And</i> ${CLAIM}</p></article>`;
    const article = document.querySelector('article')!;
    const html = article.innerHTML;
    const before = textNodes(article);
    const findings = await findClaims(article, matcher);
    expect(findings).toHaveLength(4);
    const set = new HighlightSet();
    await set.apply([findings[2], findings[0], findings[3], findings[1]], () => 'label');
    for (const { finding, highlight } of set.all) expect(highlight.elements.map((el) => el.textContent).join('')).toBe(finding.sentence);
    expect(set.all.map((a) => a.highlight.elements.length)).toEqual([1, 1, 2, 1]);
    // The block's own offset map is left as extracted.
    expect(findings[0].block.nodes).toEqual(before);
    set.clear();
    expect(article.innerHTML).toBe(html);
    textNodes(article).forEach((node, i) => expect(node).toBe(before[i]));
  });

  it('removes one block and keeps another block intact', async () => {
    document.body.innerHTML = `<article><p id="a">${CLAIM} Then. ${CLAIM}</p><p id="b">${CLAIM} Then. ${CLAIM}</p></article>`;
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const [htmlA, htmlB] = [a.innerHTML, b.innerHTML];
    const set = new HighlightSet();
    await set.apply(await findClaims(document.querySelector('article')!, matcher), () => 'label');
    set.removeInBlocks(new Set([a]));
    expect(a.innerHTML).toBe(htmlA);
    expect(b.querySelectorAll('gloss-claim')).toHaveLength(2);
    // Wrapping the removed block again works from the same findings.
    await set.apply((await findClaims(a, matcher)).reverse(), () => 'label');
    expect(a.querySelectorAll('gloss-claim')).toHaveLength(2);
    set.clear();
    expect([a.innerHTML, b.innerHTML]).toEqual([htmlA, htmlB]);
  });

  it("wraps a sentence starting and ending at inline elements' edges, empty elements and all", async () => {
    document.body.innerHTML = `<article><p>Lead. <span>Foreign troops</span><img alt=""> would be a <em>legitimate target.</em><br> Tail.</p></article>`;
    const article = document.querySelector('article')!;
    const html = article.innerHTML;
    const set = new HighlightSet();
    await set.apply(await findClaims(article, matcher), () => 'label');
    const parts = [...article.querySelectorAll('gloss-claim')];
    // The <span> and <em> holding the ends are not wholly inside the sentence (as a Range from
    // the first text to the last would say), so their text is wrapped inside them; a wrapper
    // starts at a text node, so the empty <img> between them stays outside.
    expect(parts.map((el) => el.parentElement!.tagName)).toEqual(['SPAN', 'P', 'EM']);
    expect(parts.map((el) => el.innerHTML)).toEqual(['Foreign troops', ' would be a ', 'legitimate target.']);
    set.clear();
    expect(article.innerHTML).toBe(html);
  });
});

describe('pacing', () => {
  it('writes inside animation frames while the page is visible', async () => {
    const frames = vi.fn((cb: FrameRequestCallback) => setTimeout(() => cb(0), 0) as unknown as number);
    vi.stubGlobal('requestAnimationFrame', frames);
    const done: number[] = [];
    expect(await forEachInFrames([1, 2, 3], (n) => done.push(n))).toBe(true);
    expect(done).toEqual([1, 2, 3]);
    expect(frames).toHaveBeenCalled();
  });

  it('does not wait for frames in a hidden tab (they never come there)', async () => {
    const frames = vi.fn(() => 1);
    vi.stubGlobal('requestAnimationFrame', frames);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const done: number[] = [];
    await forEachInFrames([1, 2], (n) => done.push(n));
    expect(done).toEqual([1, 2]);
    expect(frames).not.toHaveBeenCalled();
  });

  it('goes on when a requested frame never comes (the tab was hidden after asking)', async () => {
    vi.stubGlobal(
      'requestAnimationFrame',
      vi.fn(() => 1),
    );
    vi.stubGlobal('cancelAnimationFrame', vi.fn());
    const done: number[] = [];
    await forEachInFrames([1], (n) => done.push(n));
    expect(done).toEqual([1]);
  });

  it('stops at once when aborted', async () => {
    const abort = new AbortController();
    const done: number[] = [];
    expect(await forEachInFrames([1, 2, 3], (n) => (done.push(n), abort.abort()), abort.signal)).toBe(false);
    expect(done).toEqual([1]);
  });
});

describe('viewport first', () => {
  it('on a long page, wraps the blocks near the viewport first, then the rest in document order', async () => {
    const count = VIEWPORT_FIRST_MIN + 36;
    document.body.innerHTML = `<article>${Array.from({ length: count }, (_, i) => `<p data-i="${i}">${CLAIM}</p>`).join('')}</article>`;
    const view = innerHeight;
    // Each paragraph 100 px tall; the page is scrolled to paragraph 50.
    for (const p of document.querySelectorAll('p')) {
      const top = Number(p.dataset.i) * 100 - 5000;
      vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 100 } as DOMRect);
    }
    const findings = await findClaims(document.querySelector('article')!, matcher);
    const order = viewportFirst(findings).map((f) => Number((f.block.element as HTMLElement).dataset.i));
    const near = order.filter((i) => (i + 1) * 100 - 5000 >= -view && i * 100 - 5000 <= 2 * view);
    expect(order.slice(0, near.length)).toEqual(near);
    expect(near[0]).toBeGreaterThan(0);
    expect(order.slice(near.length)).toEqual([...Array(count).keys()].filter((i) => !near.includes(i)));

    const set = new HighlightSet();
    await set.apply(findings, () => 'label');
    expect(set.all.map((a) => Number((a.finding.block.element as HTMLElement).dataset.i))).toEqual(order);
    set.clear();
    expect(document.querySelectorAll('gloss-claim')).toHaveLength(0);
  });

  it('on a long page, matches the blocks near the viewport first and hands them over before matching the rest', async () => {
    const count = FIRST_SCREEN_MIN_BLOCKS + 36;
    // Every third paragraph makes the claim; the others are prose the matcher passes over.
    const text = (i: number) => (i % 3 === 0 ? CLAIM : 'The weather in the valley was mild for the season.');
    document.body.innerHTML = `<article>${Array.from({ length: count }, (_, i) => `<p data-i="${i}">${text(i)}</p>`).join('')}</article>`;
    const view = innerHeight;
    for (const p of document.querySelectorAll('p')) {
      const top = Number(p.dataset.i) * 100 - 5000;
      vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 100 } as DOMRect);
    }
    const sentencesMatched: string[] = [];
    const counting = { ...matcher, matchSentence: (s: string) => (sentencesMatched.push(s), matcher.matchSentence(s)) };
    const handedOver: { findings: Finding[]; matchedBefore: number }[] = [];
    const { findings } = await findClaimsStepwise(document.querySelector('article')!, counting, undefined, undefined, async (near) => {
      handedOver.push({ findings: near, matchedBefore: sentencesMatched.length });
    });
    const index = (f: Finding) => Number((f.block.element as HTMLElement).dataset.i);
    const isNear = (i: number) => (i + 1) * 100 - 5000 >= -view && i * 100 - 5000 <= 2 * view;
    const nearParagraphs = [...Array(count).keys()].filter(isNear);
    expect(nearParagraphs[0]).toBeGreaterThan(0);
    // Handed over once: the near findings, when only the near paragraphs had been matched.
    expect(handedOver).toHaveLength(1);
    expect(handedOver[0].findings.map(index)).toEqual(nearParagraphs.filter((i) => i % 3 === 0));
    expect(handedOver[0].matchedBefore).toBe(nearParagraphs.length);
    // In the end: every finding, in document order, each paragraph matched once.
    expect(findings.map(index)).toEqual([...Array(count).keys()].filter((i) => i % 3 === 0));
    expect(sentencesMatched).toHaveLength(count);
  });

  it('matches a short page in one go, in document order, with no first screen', async () => {
    document.body.innerHTML = `<article>${`<p>${CLAIM}</p>`.repeat(FIRST_SCREEN_MIN_BLOCKS - 1)}</article>`;
    const firstScreen = vi.fn(async () => {});
    const { findings } = await findClaimsStepwise(document.querySelector('article')!, matcher, undefined, undefined, firstScreen);
    expect(findings).toHaveLength(FIRST_SCREEN_MIN_BLOCKS - 1);
    expect(firstScreen).not.toHaveBeenCalled();
  });

  it('keeps document order on a short page', async () => {
    document.body.innerHTML = `<article><p>${CLAIM}</p><p>${CLAIM}</p></article>`;
    const findings = await findClaims(document.querySelector('article')!, matcher);
    expect(viewportFirst(findings)).toBe(findings);
  });
});
