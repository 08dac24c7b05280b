/**
 * The prefilter's runtime on small, hand-made tables and on the dataset: whole forms versus
 * beginnings, phrases, a claim's groups meeting in one sentence, and the rough sentence split
 * that must never cut where the real splitter would not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { compilePrefilter } from '@/lib/match/prefilter-build';
import { roughSentences, testPrefilter } from '@/lib/match/prefilter';
import { segmentSentences } from '@/lib/text/sentences';

const table = compilePrefilter([
  { all: [['rigged'], ['vote', 'referendum']], anchor: 0, needed: 2 },
  { all: [['power plant'], ['strike', 'attack']], anchor: 0, needed: 2 },
  { all: [['Zelenskyy'], ['us']], anchor: 0, needed: 2 },
]);

describe('the prefilter', () => {
  it('takes a short stem whole, in its real forms ("rigging", not "right")', () => {
    expect(testPrefilter(table, 'They rigged the vote.')).toBe(true);
    expect(testPrefilter(table, 'The rigging of the referendum was plain.')).toBe(true);
    expect(testPrefilter(table, 'The right vote came in.')).toBe(false);
  });

  it('needs a phrase’s words in a row, across punctuation and line breaks', () => {
    expect(testPrefilter(table, 'A drone hit the power\nplant; a strike followed.')).toBe(true);
    expect(testPrefilter(table, 'The plant had power; a strike followed.')).toBe(false);
  });

  it('needs the groups in one sentence, not anywhere in the block', () => {
    expect(testPrefilter(table, 'The rigged machine was sold. The vote is next week.')).toBe(false);
  });

  it('reads names with or without diacritics, and two-letter words only whole', () => {
    expect(testPrefilter(table, 'Zelenskyy met US envoys.')).toBe(true);
    expect(testPrefilter(table, 'Zelenskyy used the time well.')).toBe(false);
  });

  it('never cuts a sentence the splitter keeps whole', () => {
    const text = 'The U.S. Army and Gen. Smith arrived. No. 5 was late! Was it 3 p.m.? Yes. J. K. Rowling wrote it.';
    const real = segmentSentences(text).map(({ start, end }) => text.slice(start, end));
    // Every real sentence lies whole inside one rough piece (the rough split may cut less, never more).
    const pieces = roughSentences(text);
    for (const sentence of real)
      expect(
        pieces.some((piece) => piece.includes(sentence)),
        sentence,
      ).toBe(true);
    expect(pieces.length).toBeGreaterThan(1);
  });

  it('takes every form the stemmer gives a short stem, not only its inflections ("buying" for "buy", "isolate" for "isolated")', () => {
    const forms = compilePrefilter([
      { all: [['buy time'], ['Kyiv']], anchor: 0, needed: 2 },
      { all: [['isolated'], ['Moscow']], anchor: 0, needed: 2 },
    ]);
    expect(testPrefilter(forms, 'Kyiv was buying time.')).toBe(true);
    expect(testPrefilter(forms, 'The bid to isolate Moscow failed.')).toBe(true);
    expect(testPrefilter(forms, 'The isle near Moscow was quiet.')).toBe(false);
  });

  it('is a necessary condition: every tuning wording the matcher finds passes it (dataset)', async () => {
    const { loadDatasetOrExit } = await import('@/build/load-node');
    const { createMatcher } = await import('@/lib/match/matcher');
    const index = compileClaimIndex(loadDatasetOrExit());
    const matcher = createMatcher(index);
    const wordings = readFileSync('tests/fixtures/wordings/wordings.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const found = wordings.filter((text) => matcher.matchSentence(text).length > 0);
    expect(found.length).toBeGreaterThan(700);
    expect(found.filter((text) => !testPrefilter(index.prefilter, text))).toEqual([]);
  });

  it('passes the op-ed’s claim sentences and stops an unrelated recipe (dataset)', async () => {
    const { loadDatasetOrExit } = await import('@/build/load-node');
    const index = compileClaimIndex(loadDatasetOrExit());
    expect(
      testPrefilter(index.prefilter, 'Now in its third year, the Ukraine-Russia war continues to exact immense human and economic costs on both sides.'),
    ).toBe(true);
    expect(testPrefilter(index.prefilter, 'Fold the butter into the flour, rest the dough for an hour, and bake it until golden.')).toBe(false);
  });
});
