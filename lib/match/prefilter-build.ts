/**
 * Build time: the prefilter's table (see `prefilter.ts`) from the claims' term groups and anchors.
 * Uses the stemmer, so it never ships in the page script; the table it makes does.
 */
import { foldWord as canonicalWord, NAME_VARIANTS_OF, stemWord } from '../text/normalize';
import { isStopwordStem } from '../text/stopwords';
import { foldWord, type PrefilterData, type PrefilterTerm } from './prefilter';

const WORD = /[\p{L}\p{N}]+(?:['’ʼ]\p{L}+)*/gu;

/** A term's words as the page script folds them (empty ones dropped, as the matcher's tokenizer does). */
export function termWords(term: string): string[] {
  return (term.match(WORD) ?? []).filter((w) => foldWord(w) !== '');
}

/**
 * What every word the matcher would equate with `word` starts with: the part the word and its
 * stem share, at least three letters (two, "pa" or "di", begin most words of any page). A stem
 * ending in "i" may come from "y" ("economy" → "economi"), one ending in "e" from "-ing"/"-ed"
 * ("hoping" → "hope"), so those siblings are alternatives rather than a shorter beginning. A word
 * of two letters ("us", "eu") is looked for whole. Name variants ("kiev" for "kyiv") are folded
 * before stemming, so each is its own alternative, whole.
 */
export function wordBeginnings(word: string, complete = true): string[] {
  const name = canonicalWord(word);
  const stem = stemWord(word);
  const variants = NAME_VARIANTS_OF[name] ?? [];
  if (name.length <= MAX_WHOLE_WORD) return [...new Set([WHOLE + name, ...variants])];
  let i = 0;
  while (i < name.length && i < stem.length && name[i] === stem[i]) i++;
  // A short beginning ("rig" of "rigged" also begins "right") is replaced by the words
  // themselves: every form the stemmer really maps to this stem, found by trying the usual endings.
  if (i <= MAX_SHORT_BEGINNING) return [...new Set([...formsOf(name, stem, complete), ...variants])];
  const beginnings = [name.slice(0, Math.max(i, MIN_BEGINNING))];
  if (i >= stem.length - 1 && stem.length > MIN_BEGINNING) {
    const base = stem.slice(0, -1);
    if (stem.endsWith('i')) beginnings.splice(0, 1, stem, `${base}y`);
    else if (stem.endsWith('e')) beginnings.splice(0, 1, stem, `${base}ing`, `${base}ed`);
  }
  return [...new Set([...beginnings, ...variants])];
}

const MIN_BEGINNING = 3;
const MAX_SHORT_BEGINNING = 4;
/** Whole words are kept with this mark; the page script looks them up whole (see `prefilter.ts`). */
const WHOLE = '=';
/** A word this short is looked for whole ("us", "eu"), never as the beginning of a longer one. */
const MAX_WHOLE_WORD = 2;

const VOWEL = /[aeiou]/;

/**
 * Endings tried on the word and on its stem, for the table only, after the usual inflections: a
 * form that stems back to the stem but is missing ("buying" for "buy", stem "bui"; "isolate" for
 * "isolated", stem "isol") lets a sentence the matcher finds fail the prefilter. Only forms the
 * stemmer really maps back are kept.
 */
const MORE_ENDINGS =
  's es ed d ing er ers e y ies ied ly al ally ate ates ated ating ation ations ion ions ment ments ness ity ities ive ise ised ises ising ize ized izes izing ism ist ists'.split(
    ' ',
  );

/**
 * The word and the inflections of its stem that really stem back to it (plural, -ed, -ing, -er),
 * marked whole; `complete` adds every other form MORE_ENDINGS finds. Without it, as the anchor
 * choice has always measured a term's strength (termStrength).
 */
function formsOf(name: string, stem: string, complete: boolean): string[] {
  const last = stem.at(-1) ?? '';
  // The bare stem only when it is the word itself ("kill", not "forc"); endings after an "e"
  // only where English writes them ("voted", not "voteed").
  const endings = last === 'e' ? ['s', 'r', 'rs'] : ['s', 'es', 'ed', 'ing', 'e', 'es', 'er', 'ers'];
  const candidates = [name, ...endings.map((ending) => stem + ending)];
  // "rig" → "rigged": a short vowel before a final consonant doubles it.
  if (stem.length >= 3 && !VOWEL.test(last) && VOWEL.test(stem.at(-2) ?? '') && !VOWEL.test(stem.at(-3) ?? ''))
    candidates.push(`${stem}${last}ed`, `${stem}${last}ing`, `${stem}${last}er`);
  if (last === 'e') candidates.push(`${stem}d`, `${stem.slice(0, -1)}ing`);
  if (stem === name.slice(0, stem.length) && name.length === stem.length) candidates.push(stem);
  if (last === 'i') candidates.push(`${stem.slice(0, -1)}y`, `${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`);
  if (complete) for (const base of [name, stem, stem.slice(0, -1)]) candidates.push(...MORE_ENDINGS.map((ending) => base + ending));
  const forms = new Set([name, ...candidates.filter((form) => stemWord(form) === stem)]);
  return [...forms].map((form) => WHOLE + form);
}

/** Letters a term's beginnings make a page word have; a term of stopwords alone counts 0. */
export function termStrength(term: string): number {
  const words = termWords(term);
  if (words.every((w) => isStopwordStem(stemWord(w)))) return 0;
  return words.reduce((sum, w) => sum + Math.min(...wordBeginnings(w, false).map((b) => b.length)), 0);
}

export interface PrefilterClaimSource {
  all: string[][];
  /** Index of the anchor group; -1 for a claim never matched. */
  anchor: number;
  /** Groups a match needs (all, or all but one). */
  needed: number;
}

/** The table: for each claim, its anchor group and the other groups it needs, as beginning numbers. */
export function compilePrefilter(claims: PrefilterClaimSource[]): PrefilterData {
  // Strings first as text, numbered once all are known (beginnings, then whole words).
  const words = new Map<string, string[]>();
  const wordOf = (word: string) => {
    const alternatives = wordBeginnings(word).sort();
    const key = alternatives.join('|');
    if (!words.has(key)) words.set(key, alternatives);
    return key;
  };
  const compileTerm = (term: string) => termWords(term).map(wordOf);
  const compileGroup = (group: string[]) => {
    const unique = new Map(group.map((t) => [JSON.stringify(compileTerm(t)), compileTerm(t)]));
    return [...unique.values()].filter((t) => t.length > 0);
  };
  const c = claims.map(({ all, anchor, needed }): { a: string[][]; o: string[][][]; n: number } | null => {
    if (anchor < 0) return null;
    const others = all.filter((_, g) => g !== anchor);
    // Tested per block of text, not per page: a short, common group ("us", "more than") still
    // has to occur in the same paragraph as the others, which ordinary prose rarely does.
    const n = Math.max(0, needed - 1);
    return { a: compileGroup(all[anchor]), o: n === 0 ? [] : others.map(compileGroup), n };
  });
  const keys = [...words.keys()];
  const wordNumber = new Map(keys.map((key, i) => [key, i]));
  const toNumbers = (group: string[][]): PrefilterTerm[] => group.map((term) => term.map((key) => wordNumber.get(key)!));
  const numbered = c.map((claim) => claim && { a: toNumbers(claim.a), o: claim.o.map(toNumbers), n: claim.n });
  return { t: keys.map((key) => key.replace(/,/g, '|')).join(','), c: numbered };
}
