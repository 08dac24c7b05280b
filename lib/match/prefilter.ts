/**
 * The prefilter: a test every page pays for, so it must be cheap on any page, however long.
 * It is a necessary condition: if it says no, no claim can match anywhere in the text.
 *
 * Each claim contributes the terms of its anchor group (every match needs one). A term is kept
 * as the beginnings of its words: the part every inflection shares, plus name variants. On a
 * page, each distinct word is looked up by its prefixes in a map of first-word beginnings; a
 * one-word term that hits answers yes at once, a phrase is then checked in full with a small
 * regular expression. (A single regular expression of all terms was 0.5 s on a long article.)
 */
import { NAME_VARIANTS_OF, termStems } from '../text/normalize';

/** For each word of a term, the beginnings any inflection of it starts with. */
export type PrefilterTerm = string[][];

/** Lowercase, no diacritics: the form both terms and page text are compared in. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
}

const WORD = /[\p{L}\p{N}]+/gu;

export function foldedWords(term: string): string[] {
  return fold(term).match(WORD) ?? [];
}

/** The part of a word all its inflections share: the common prefix of the word and its stem (at least 3 letters). */
export function stableBeginning(word: string): string {
  const stem = termStems(word)[0] ?? word;
  let i = 0;
  while (i < word.length && i < stem.length && word[i] === stem[i]) i++;
  return word.slice(0, Math.max(i, Math.min(3, word.length)));
}

/** Build time: a claim term as prefilter data. */
export function prefilterTerm(term: string): PrefilterTerm {
  return foldedWords(term).map((word) => {
    const variants = NAME_VARIANTS_OF[termStems(word)[0] ?? word] ?? [];
    return [...new Set([stableBeginning(word), ...variants])];
  });
}

const compiled = new WeakMap<readonly PrefilterTerm[], (text: string) => boolean>();

/** Runtime: whether any term can occur in `text`. Compiled once per term list. */
export function testPrefilter(terms: readonly PrefilterTerm[], text: string): boolean {
  let test = compiled.get(terms);
  if (!test) compiled.set(terms, (test = compile(terms)));
  return test(text);
}

function compile(terms: readonly PrefilterTerm[]): (text: string) => boolean {
  const byFirstWord = new Map<string, PrefilterTerm[]>();
  let longest = 0;
  for (const term of terms) {
    if (term.length === 0) continue;
    for (const beginning of term[0]) {
      const list = byFirstWord.get(beginning) ?? [];
      list.push(term);
      byFirstWord.set(beginning, list);
      longest = Math.max(longest, beginning.length);
    }
  }
  const phrasePatterns = new Map<PrefilterTerm, RegExp>();
  const phrasePattern = (term: PrefilterTerm) => {
    let re = phrasePatterns.get(term);
    if (!re) {
      const words = term.map((alternatives) => `(?:${alternatives.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`);
      phrasePatterns.set(term, (re = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}`, 'u')));
    }
    return re;
  };

  return (text) => {
    const folded = fold(text);
    const seen = new Set<string>();
    const phrases = new Set<PrefilterTerm>();
    for (const [word] of folded.matchAll(WORD)) {
      if (seen.has(word)) continue;
      seen.add(word);
      for (let length = 1; length <= Math.min(word.length, longest); length++) {
        for (const term of byFirstWord.get(word.slice(0, length)) ?? []) {
          if (term.length === 1) return true;
          phrases.add(term);
        }
      }
    }
    for (const term of phrases) if (phrasePattern(term).test(folded)) return true;
    return false;
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
