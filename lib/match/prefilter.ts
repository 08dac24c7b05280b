/**
 * The prefilter: a test every page pays for, so it must be cheap on any page, however long.
 * It is a necessary condition: if it says no, no claim can match anywhere in the text.
 *
 * Runtime only, and light on purpose (it ships in the script every page gets): the table comes
 * precompiled from the build (`prefilter-build.ts`), so a call folds the text's words, looks each
 * distinct word up, and checks phrases against the word sequence it already has. No stemmer, no
 * regular expression per term.
 *
 * A term word stands for the page words the matcher would equate with it: words beginning with
 * one of its beginnings, or equal to one of its whole forms ("rigged", "rigging": "rig" alone would
 * begin "right"). A claim passes when, in one rough sentence, its anchor group (which every match
 * needs) has a term, and so do as many of its other groups as a match needs.
 */
import { builtOncePer } from '../util/built-once';
import { ENDS_WITH_ABBREVIATION } from '../text/abbreviations';

/** A term: its words in order (one for most terms), as word numbers. */
export type PrefilterTerm = number[];

export interface PrefilterClaim {
  /** The anchor group's terms: one must occur. */
  a: PrefilterTerm[];
  /** The other groups. */
  o: PrefilterTerm[][];
  /** How many of `o` must have a term in the same sentence. */
  n: number;
}

/** The shipped table: plain JSON, as small as it can be, since every page carries it. */
export interface PrefilterData {
  /**
   * The term words, numbered by place, separated by ","; each word's alternatives separated by
   * "|": a beginning ("energ"), or a whole word marked "=" ("=rigged"). Folded: lowercase, no
   * diacritics, no apostrophes.
   */
  t: string;
  /** Per claim of the index (same order), its condition; null for a claim that is never matched. */
  c: (PrefilterClaim | null)[];
}

/** Same words as the matcher's tokenizer (`lib/text/normalize.ts`): inner apostrophes kept. */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ]\p{L}+)*/gu;
// Any character past ASCII (folding diacritics is the slow path, taken only then).
const NOT_ASCII = /[^ -~\t\n\r]/;
const MARKS = /\p{M}+/gu;
const APOSTROPHE = /['’ʼ]/;

/** A word as the table spells it: like the matcher's `foldWord`, without name variants. */
export function foldWord(word: string): string {
  let w = NOT_ASCII.test(word) ? word.normalize('NFKD').replace(MARKS, '').toLowerCase() : word.toLowerCase();
  if (!APOSTROPHE.test(w)) return w;
  w = w.replace(/[’ʼ]/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  return w.replace(/'/g, '');
}

interface Lookup {
  words: string[];
  begin: Map<string, number[]>;
  whole: Map<string, number[]>;
  lengths: number[];
}
/** The table as maps from a string to the words it stands for. */
function buildLookup(data: PrefilterData): Lookup {
  const words = data.t ? data.t.split(',') : [];
  const begin = new Map<string, number[]>();
  const whole = new Map<string, number[]>();
  for (let w = 0; w < words.length; w++) {
    for (const alternative of words[w].split('|')) {
      const [map, key] = alternative.startsWith('=') ? [whole, alternative.slice(1)] : [begin, alternative];
      const list = map.get(key);
      if (list) list.push(w);
      else map.set(key, [w]);
    }
  }
  return { words, begin, whole, lengths: [...new Set([...begin.keys()].map((b) => b.length))].sort((x, y) => x - y) };
}

/** The lookup of a table, made once per table. */
const lookupOf = builtOncePer(buildLookup);

const NONE: readonly number[] = [];

/** Which claim passes and by which terms (as their table entries), or null. For tools; pages use `testPrefilter`. */
export function explainPrefilter(data: PrefilterData, text: string): { claim: number; terms: string[] } | null {
  const { words, begin, whole, lengths } = lookupOf(data);
  const hit = new Uint8Array(words.length);
  const idsOf = new Map<string, readonly number[]>();
  const sequence: (readonly number[])[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let ids = idsOf.get(m[0]);
    if (!ids) {
      const word = foldWord(m[0]);
      let found: number[] | undefined;
      const add = (list: number[] | undefined) => {
        if (!list) return;
        for (const w of list) hit[w] = 1;
        found = found ? found.concat(list) : list;
      };
      add(whole.get(word));
      for (const length of lengths) {
        if (length > word.length) break;
        add(begin.get(word.slice(0, length)));
      }
      idsOf.set(m[0], (ids = found ?? NONE));
    }
    sequence.push(ids);
  }

  const termHits = (term: PrefilterTerm) => {
    if (!term.every((w) => hit[w] === 1)) return false;
    if (term.length === 1) return true;
    for (let i = 0; i + term.length <= sequence.length; i++) {
      let k = 0;
      while (k < term.length && sequence[i + k].includes(term[k])) k++;
      if (k === term.length) return true;
    }
    return false;
  };
  const groupHit = (group: PrefilterTerm[]) => group.find(termHits);

  for (let c = 0; c < data.c.length; c++) {
    const claim = data.c[c];
    if (!claim) continue;
    const anchor = groupHit(claim.a);
    if (!anchor) continue;
    const terms = [anchor];
    for (const group of claim.o) {
      if (terms.length > claim.n) break;
      const term = groupHit(group);
      if (term) terms.push(term);
    }
    if (terms.length > claim.n) return { claim: c, terms: terms.map((t) => t.map((w) => words[w]).join(' ')) };
  }
  return null;
}

/**
 * A period, "!" or "?" after a lowercase letter or digit, then space and a capital: where the
 * sentence splitter always breaks too (it only ever glues more, after abbreviations). Initials
 * and abbreviations are never cut here, so a sentence the matcher sees is never split in two.
 */
const SENTENCE_END = /(?<=[\p{Ll}\p{N}][.!?]["”’)\]]*)\s+(?=["“‘([]?\p{Lu})/gu;

/** The text in rough sentences: a claim's groups must meet in one, as the matcher needs them to. */
export function roughSentences(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const piece = text.slice(start, m.index);
    if (ENDS_WITH_ABBREVIATION.test(piece)) continue;
    parts.push(piece);
    start = m.index + m[0].length;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Runtime: false means no claim can match anywhere in `text`. Call per block; stop at the first true. */
export function testPrefilter(data: PrefilterData, text: string): boolean {
  return roughSentences(text).some((sentence) => explainPrefilter(data, sentence) !== null);
}
