/**
 * What a pack claim says about its subject: the content stems after its first auxiliary or
 * copula ("Dylann Roof was | raped in prison", "the Su-57 is | superior to the F-35"). A sentence
 * that shares a claim's subject and frame but none of these words names the same people or thing
 * and says something else ("Stunning new details from the trial of Dylann Roof"), which word
 * overlap alone cannot tell apart (see MIN_PREDICATE_WORDS in pack-matcher.ts).
 *
 * A claim with no auxiliary ("Russia shelled Donetsk") has no predicate here, and the rule does
 * not apply to it: finding a main verb without a tagger would guess, and a wrong guess costs recall.
 */
import { contentStems } from '../match/claim-index';

const AUXILIARIES = new Set('is are was were be been being has have had will would can could shall should may might must do does did'.split(' '));

/**
 * The predicate's distinct content stems other than names and numbers, joined by spaces as a
 * claim's wordings are, or undefined when there are none.
 */
export function predicateStems(text: string, names: ReadonlySet<string>): string | undefined {
  for (const word of text.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    if (!AUXILIARIES.has(word[0].toLowerCase().replace(/n['’]t$/, ''))) continue;
    const stems = contentStems(text.slice(word.index + word[0].length)).filter((s) => !names.has(s) && !/^\d/.test(s));
    return stems.length ? [...new Set(stems)].join(' ') : undefined;
  }
  return undefined;
}
