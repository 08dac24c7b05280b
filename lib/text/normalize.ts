/**
 * Word-level normalisation shared by the dataset compiler and the page scanner, so that a claim's
 * terms and a page's words meet in the same form: lowercase, no diacritics, one apostrophe, name
 * variants folded, Porter-stemmed.
 */
import { stemmer } from 'stemmer';

/** Spelling variants that news sites use for the same name; folded to one form before stemming. */
const NAME_VARIANTS: Record<string, string> = {
  kiev: 'kyiv',
  zelenskyy: 'zelensky',
  zelenskiy: 'zelensky',
  zelenskyi: 'zelensky',
  zelenski: 'zelensky',
  lugansk: 'luhansk',
  donbass: 'donbas',
  kharkov: 'kharkiv',
  odessa: 'odesa',
};

/** For each folded name, the spellings that fold to it (for the prefilter, which reads raw text). */
export const NAME_VARIANTS_OF: Record<string, string[]> = {};
for (const [variant, name] of Object.entries(NAME_VARIANTS)) (NAME_VARIANTS_OF[name] ??= []).push(variant);

/** A word of a text: its normalised stem and where the word stands in that text. */
export interface Token {
  stem: string;
  start: number;
  end: number;
}

// Letters or digits, with inner apostrophes ("Russia's", "don't") kept inside the word.
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lowercases, strips diacritics and folds a word's possessive ending and name variants. */
export function foldWord(word: string): string {
  let w = word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[’ʼ]/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  w = w.replace(/'/g, '');
  return NAME_VARIANTS[w] ?? w;
}

const stemCache = new Map<string, string>();
/** Enough for the vocabulary of many articles; cleared when full rather than tracked per entry. */
const STEM_CACHE_LIMIT = 50_000;

/** The stem a word is compared by. Cached: stemming is most of a sentence's cost, and news repeats words. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stem = stemmer(foldWord(word));
    stemCache.set(word, stem);
  }
  return stem;
}

/** Splits text into stemmed tokens that keep their offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const stem = stemWord(m[0]);
    if (stem) tokens.push({ stem, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The stems of a term ("legitimate target" → ["legitim", "target"]). */
export function termStems(term: string): string[] {
  return tokenize(term).map((t) => t.stem);
}
