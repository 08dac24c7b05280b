/**
 * The screen the background runs before the exact prefilter: it must never say no where the exact test
 * says yes, on the real dataset's table, whatever the text and however many blocks came before
 * (it remembers a page's words).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDatasetOrExit } from '@/build/load-node';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { testPrefilter } from '@/lib/match/prefilter';
import { createPrefilterTest } from '@/lib/match/prefilter-screen';

const table = compileClaimIndex(loadDatasetOrExit()).prefilter;
const entries = table.t.split(',');

/** A page word the table word `w` stands for: a whole form as it is, or a beginning with an ending. */
const pageWord = (w: number) =>
  fc.tuple(fc.nat(), fc.constantFrom('', 's', 'ed', 'ing', 'ian', 'ment'), fc.boolean()).map(([pick, ending, capital]) => {
    const alternatives = entries[w].split('|');
    const alternative = alternatives[pick % alternatives.length];
    const word = alternative.startsWith('=') ? alternative.slice(1) : alternative + ending;
    return capital ? word[0].toUpperCase() + word.slice(1) : word;
  });
const termText = (term: number[]) => fc.tuple(...term.map(pageWord)).map((words) => words.join(' '));

/** Terms of one claim: its anchor group and some of its other groups, in any order (near misses included). */
const claimTerms = fc.constantFrom(...table.c.filter((claim) => claim !== null)).chain((claim) =>
  fc
    .tuple(fc.constantFrom(...claim.a), ...claim.o.map((group) => fc.option(fc.constantFrom(...group), { freq: 3 })))
    .chain((terms) =>
      fc.shuffledSubarray(
        terms.filter((t): t is number[] => t !== null),
        { minLength: 1 },
      ),
    )
    .chain((terms) => fc.tuple(...terms.map(termText))),
);
const filler = fc.constantFrom('the', 'a', 'bread', 'flour', 'match', 'of', 'in', 'said', 'Mr.', 'U.S.', '2025', 'were');
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '? ', '\n', ' — ');
const text = fc
  .tuple(fc.array(fc.tuple(filler, separator), { maxLength: 8 }), claimTerms, fc.array(fc.tuple(filler, separator), { maxLength: 8 }), separator)
  .map(([before, terms, after, between]) => [...before.flat(), terms.join(between), ' ', ...after.flat()].join(''));

describe('the prefilter screen', () => {
  it('agrees with the exact test on random text made of the table’s words', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(createPrefilterTest(table)(t)).toBe(testPrefilter(table, t));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('agrees with it block after block, remembering the page’s words', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 6 }), (blocks) => {
        const test = createPrefilterTest(table);
        for (const block of blocks) expect(test(block)).toBe(testPrefilter(table, block));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('passes a claim sentence of the op-ed and stops a recipe', () => {
    const test = createPrefilterTest(table);
    expect(test('Fold the butter into the flour, rest the dough for an hour, and bake it until golden.')).toBe(false);
    expect(test('Now in its third year, the Ukraine-Russia war continues to exact immense human and economic costs on both sides.')).toBe(true);
  });
});
