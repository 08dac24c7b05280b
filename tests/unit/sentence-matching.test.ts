/**
 * Matching in the background, as the content script does it: the page hands over its blocks'
 * text in batches within the protocol's limits, the next before the last is answered, and the
 * background answers with each block's sentences and their matches. The findings are the same as
 * splitting and matching here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher } from '@/lib/match/matcher';
import { matchBlockTexts } from '@/lib/match/block-sentences';
import { findClaims, findClaimsStepwise, FIRST_SCREEN_MIN_BLOCKS, type Finding, type MatchBlocksElsewhere } from '@/lib/page/find-claims';
import { BATCH_CHARS, BATCH_SENTENCES, PART_CHARS } from '@/lib/page/sentence-matching';
import { PAGE_TEXT_BLOCK_CHARS } from '@/lib/page/page-text-limits';

const matcher = createMatcher(
  compileClaimIndex([{ id: 'troops-targets', match: { all: [['foreign troops'], ['legitimate target']], paraphrases: ['x', 'y'] } }]),
);
const CLAIM = 'Foreign troops would be a legitimate target.';
const OTHER = 'The weather in the valley was mild for the season, and the harvest came in early.';

afterEach(() => vi.restoreAllMocks());

/** A background that answers only when told to, recording what it was handed. */
function heldBackground() {
  const asked: string[][] = [];
  const waiting: (() => void)[] = [];
  const match: MatchBlocksElsewhere = (texts) => {
    asked.push(texts);
    return new Promise((resolve) => waiting.push(() => resolve(matchBlockTexts(matcher, texts))));
  };
  return { asked, match, answer: (i: number) => waiting[i](), answerAll: () => waiting.splice(0).forEach((answer) => answer()) };
}

const where = (findings: Finding[]) => findings.map((f) => [f.block.element.id, f.start, f.end, f.sentence, f.matches.map((m) => m.claimId)]);

describe('matching in the background', () => {
  it('finds what splitting and matching here finds, in document order', async () => {
    document.body.innerHTML = `<article>${Array.from({ length: 30 }, (_, i) => `<p id="p${i}">${i % 4 === 0 ? `${OTHER}  ${CLAIM}` : OTHER}</p>`).join('')}</article>`;
    const root = document.querySelector('article')!;
    const remote: MatchBlocksElsewhere = async (texts) => matchBlockTexts(matcher, texts);
    const there = await findClaims(root, remote);
    expect(there).toHaveLength(8);
    expect(where(there)).toEqual(where(await findClaims(root, matcher)));
  });

  it('hands over every batch within the limits, the next before the last is answered; a block too long for one message goes in parts', async () => {
    const paragraphs = 2 * BATCH_SENTENCES + 10;
    // A wall of text longer than a message may carry, with the claim at its end.
    const wall = `${'word '.repeat(PAGE_TEXT_BLOCK_CHARS / 4)}and then. ${CLAIM}`;
    document.body.innerHTML = `<article>${Array.from({ length: paragraphs }, (_, i) => `<p id="p${i}">${i === 5 ? CLAIM : OTHER}</p>`).join('')}<p id="wall">${wall}</p></article>`;
    const background = heldBackground();
    const scan = findClaimsStepwise(document.querySelector('article')!, background.match);
    // Every block is handed over while no batch has been answered yet.
    await expect
      .poll(() => background.asked.flat().join('').length, { timeout: 10_000 })
      .toBe(paragraphs * OTHER.length - OTHER.length + CLAIM.length + wall.length);
    expect(background.asked.length).toBeGreaterThanOrEqual(3);
    for (const batch of background.asked) {
      expect(batch.length).toBeLessThanOrEqual(BATCH_SENTENCES);
      expect(batch.reduce((sum, s) => sum + s.length, 0)).toBeLessThanOrEqual(BATCH_CHARS);
      for (const text of batch) expect(text.length).toBeLessThanOrEqual(PART_CHARS);
    }
    background.answerAll();
    const { findings } = await scan;
    const wallEnd = wall.length;
    expect(where(findings)).toEqual([
      ['p5', 0, CLAIM.length, CLAIM, ['troops-targets']],
      ['wall', wallEnd - CLAIM.length, wallEnd, CLAIM, ['troops-targets']],
    ]);
  }, 30_000);

  it("on a long page, hands the first screen over first, starts drawing it from the background's answer, then hands over the rest, drawing each batch as it is answered", async () => {
    const count = FIRST_SCREEN_MIN_BLOCKS + 36;
    document.body.innerHTML = `<article>${Array.from({ length: count }, (_, i) => `<p id="p${i}">${i % 3 === 0 ? CLAIM : 'It rained.'}</p>`).join('')}</article>`;
    for (const p of document.querySelectorAll('p')) {
      const top = Number(p.id.slice(1)) * 100 - 5000;
      vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 100 } as DOMRect);
    }
    const near = [...Array(count).keys()].filter((i) => (i + 1) * 100 - 5000 >= -innerHeight && i * 100 - 5000 <= 2 * innerHeight);
    const background = heldBackground();
    const handedOver: string[][] = [];
    /** How many batches the background had been asked for when the first screen's drawing began. */
    let askedWhenDrawing = -1;
    const scan = findClaimsStepwise(document.querySelector('article')!, background.match, undefined, undefined, async (found) => {
      askedWhenDrawing = background.asked.length;
      handedOver.push(found.map((f) => f.block.element.id));
    });
    // Handed over first, and alone until answered: the near paragraphs.
    await expect.poll(() => background.asked.length).toBe(1);
    expect(background.asked[0]).toHaveLength(near.length);
    // Drawing it begins from its own answer, before the rest is handed over: the questions the
    // drawing asks the background must not queue behind the rest of the page's matching.
    background.answer(0);
    await expect.poll(() => handedOver.length).toBe(1);
    expect(askedWhenDrawing).toBe(1);
    expect(handedOver[0]).toEqual(near.filter((i) => i % 3 === 0).map((i) => `p${i}`));
    await expect.poll(() => background.asked.length).toBe(3);
    // Then each batch of the rest as it is answered, the one above the viewport, then below it,
    // without waiting for the other: drawing goes on while the background matches.
    const claimsIn = (list: number[]) => list.filter((i) => i % 3 === 0).map((i) => `p${i}`);
    background.answer(1);
    await expect.poll(() => handedOver.length).toBe(2);
    expect(handedOver[1]).toEqual(claimsIn([...Array(near[0]).keys()]));
    background.answer(2);
    await expect.poll(() => handedOver.length).toBe(3);
    expect(handedOver[2]).toEqual(claimsIn([...Array(count).keys()].slice(near.at(-1)! + 1)));
    const { findings } = await scan;
    expect(findings.map((f) => f.block.element.id)).toEqual([...Array(count).keys()].filter((i) => i % 3 === 0).map((i) => `p${i}`));
  });

  it('fails the scan when a batch fails, rather than showing part of the page as if it were all', async () => {
    document.body.innerHTML = `<article><p>${CLAIM}</p></article>`;
    const failing: MatchBlocksElsewhere = async () => {
      throw new Error('background gone');
    };
    await expect(findClaims(document.querySelector('article')!, failing)).rejects.toThrow('background gone');
  });
});
