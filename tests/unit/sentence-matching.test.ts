/**
 * Matching in the background, as the content script does it: sentences go in batches within the
 * protocol's limits, the next batch leaves before the last one is answered, and the findings are
 * the same as matching here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher } from '@/lib/match/matcher';
import { findClaims, findClaimsStepwise, FIRST_SCREEN_MIN_BLOCKS, type Finding, type MatchElsewhere } from '@/lib/page/find-claims';
import { BATCH_CHARS, BATCH_SENTENCES } from '@/lib/page/sentence-matching';
import { PAGE_TEXT_BLOCK_CHARS } from '@/lib/page/page-text-limits';

const matcher = createMatcher(
  compileClaimIndex([{ id: 'troops-targets', match: { all: [['foreign troops'], ['legitimate target']], paraphrases: ['x', 'y'] } }]),
);
const CLAIM = 'Foreign troops would be a legitimate target.';
const OTHER = 'The weather in the valley was mild for the season, and the harvest came in early.';

/** A background that answers only when told to, recording what it was asked. */
function heldBackground() {
  const asked: string[][] = [];
  const waiting: (() => void)[] = [];
  const match: MatchElsewhere = (sentences) => {
    asked.push(sentences);
    return new Promise((resolve) => waiting.push(() => resolve(sentences.map((s) => matcher.matchSentence(s)))));
  };
  return { asked, match, answer: (i: number) => waiting[i](), answerAll: () => waiting.splice(0).forEach((answer) => answer()) };
}

afterEach(() => vi.restoreAllMocks());

const where = (findings: Finding[]) => findings.map((f) => [f.block.element.id, f.start, f.end, f.matches.map((m) => m.claimId)]);

describe('matching in the background', () => {
  it('finds what matching here finds, in document order', async () => {
    document.body.innerHTML = `<article>${Array.from({ length: 30 }, (_, i) => `<p id="p${i}">${i % 4 === 0 ? `${OTHER} ${CLAIM}` : OTHER}</p>`).join('')}</article>`;
    const root = document.querySelector('article')!;
    const remote: MatchElsewhere = async (sentences) => sentences.map((s) => matcher.matchSentence(s));
    const there = await findClaims(root, remote);
    expect(there).toHaveLength(8);
    expect(where(there)).toEqual(where(await findClaims(root, matcher)));
  });

  it('sends every batch within the limits, the next before the last is answered; a wall of text is not sent', async () => {
    const paragraphs = 2 * BATCH_SENTENCES + 10;
    const wall = 'word '.repeat(PAGE_TEXT_BLOCK_CHARS / 4);
    document.body.innerHTML = `<article>${Array.from({ length: paragraphs }, (_, i) => `<p id="p${i}">${i === 5 ? CLAIM : OTHER}</p>`).join('')}<p>${wall}</p></article>`;
    const background = heldBackground();
    const scan = findClaimsStepwise(document.querySelector('article')!, background.match);
    // Every sentence is split and sent while no batch has been answered yet.
    await expect.poll(() => background.asked.flat().length, { timeout: 10_000 }).toBe(paragraphs);
    expect(background.asked.length).toBeGreaterThanOrEqual(3);
    for (const batch of background.asked) {
      expect(batch.length).toBeLessThanOrEqual(BATCH_SENTENCES);
      expect(batch.reduce((sum, s) => sum + s.length, 0)).toBeLessThanOrEqual(BATCH_CHARS);
    }
    background.answerAll();
    const { findings } = await scan;
    expect(where(findings)).toEqual([['p5', 0, CLAIM.length, ['troops-targets']]]);
  }, 30_000);

  it("on a long page, sends the first screen first and draws it from the background's answer, while the rest is sent", async () => {
    const count = FIRST_SCREEN_MIN_BLOCKS + 36;
    document.body.innerHTML = `<article>${Array.from({ length: count }, (_, i) => `<p id="p${i}">${i % 3 === 0 ? CLAIM : 'It rained.'}</p>`).join('')}</article>`;
    for (const p of document.querySelectorAll('p')) {
      const top = Number(p.id.slice(1)) * 100 - 5000;
      vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 100 } as DOMRect);
    }
    const near = [...Array(count).keys()].filter((i) => (i + 1) * 100 - 5000 >= -innerHeight && i * 100 - 5000 <= 2 * innerHeight);
    const background = heldBackground();
    const handedOver: string[][] = [];
    const scan = findClaimsStepwise(document.querySelector('article')!, background.match, undefined, undefined, async (found) => {
      handedOver.push(found.map((f) => f.block.element.id));
    });
    // Asked first: the near paragraphs alone; then the rest, before the first answer.
    await expect.poll(() => background.asked.length).toBe(3);
    expect(background.asked[0]).toHaveLength(near.length);
    // The first screen is handed over from its own answer, before the rest is answered.
    background.answer(0);
    await expect.poll(() => handedOver.length).toBe(1);
    expect(handedOver[0]).toEqual(near.filter((i) => i % 3 === 0).map((i) => `p${i}`));
    background.answer(1);
    background.answer(2);
    const { findings } = await scan;
    expect(findings.map((f) => f.block.element.id)).toEqual([...Array(count).keys()].filter((i) => i % 3 === 0).map((i) => `p${i}`));
  });

  it('fails the scan when a batch fails, rather than showing part of the page as if it were all', async () => {
    document.body.innerHTML = `<article><p>${CLAIM}</p></article>`;
    const failing: MatchElsewhere = async () => {
      throw new Error('background gone');
    };
    await expect(findClaims(document.querySelector('article')!, failing)).rejects.toThrow('background gone');
  });
});
