/**
 * The compact match index: what the content script needs to find claims, and nothing else
 * (titles, context and perspectives stay in the background). Built from the dataset at build
 * time by `lib/data/vite-plugin.ts`, so page load does no stemming of claim terms.
 */
import { NAME_VARIANTS_OF, termStems, tokenize } from '../text/normalize';
import { STOPWORD_STEMS } from '../text/stopwords';
import type { Claim } from '../data/schema';

/** A term as stems: one stem for a word, several in order for a phrase. */
export type CompiledTerm = string[];

export interface CompiledClaim {
  id: string;
  /** Term groups; a sentence with a term from each makes the claim. */
  all: CompiledTerm[][];
  none: CompiledTerm[];
  /**
   * The most selective group: the prefilter keys on it, so every way of matching must hit it
   * (otherwise the prefilter could turn away a page the matcher would have matched).
   */
  anchor: number;
  /** Content stems of the claim's own wordings (title, statement, paraphrases), for similarity. */
  wordings: string[][];
}

/** The least a claim needs for the index: its id, its match data, and optionally its wordings. */
export type IndexableClaim = Pick<Claim, 'id' | 'match'> & Partial<Pick<Claim, 'title' | 'statement'>>;

export interface ClaimIndex {
  claims: CompiledClaim[];
  /**
   * Regular-expression sources, one per term, of which at least one must occur in a page for any
   * claim to match there. One group per claim is enough, since every group must match; the
   * prefilter takes the most selective one. Used by `mayMentionClaims`.
   */
  prefilter: string[];
}

/** Compiles the dataset's match data. Pure; runs at build time and in tests. */
export function compileClaimIndex(claims: IndexableClaim[]): ClaimIndex {
  const compiled: CompiledClaim[] = [];
  const prefilter = new Set<string>();
  for (const claim of claims) {
    const all = claim.match.all.map((group) => group.map(termStems).filter((t) => t.length > 0));
    const anchor = claim.match.all.indexOf(mostSelectiveGroup(claim.match.all));
    const wordings = [claim.title, claim.statement, ...claim.match.paraphrases]
      .filter((w): w is string => !!w)
      .map(contentStems);
    compiled.push({ id: claim.id, all, none: (claim.match.none ?? []).map(termStems).filter((t) => t.length > 0), anchor, wordings });
    for (const term of claim.match.all[anchor]) prefilter.add(termPattern(term));
  }
  return { claims: compiled, prefilter: [...prefilter].sort() };
}

/** Stems of a text's words that carry meaning (stopwords left out). */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORD_STEMS.has(t.stem))
    .map((t) => t.stem);
}

/**
 * A group is as selective as its least selective term; a term is more selective the longer its
 * pattern (a phrase beats a word, "ceasefire" beats "war"). Ties go to the group with fewer terms.
 */
function mostSelectiveGroup(groups: string[][]): string[] {
  const strength = (group: string[]) => Math.min(...group.map((t) => termPattern(t).length));
  return groups.reduce((best, g) => {
    const diff = strength(g) - strength(best);
    return diff > 0 || (diff === 0 && g.length < best.length) ? g : best;
  });
}

const WORD_CHARS = "[\\p{L}\\p{N}'’]*";
const BETWEEN_WORDS = "[^\\p{L}\\p{N}]+";

/**
 * A pattern that finds every inflection of a term in raw page text: each word cut to the part
 * all its inflections share (the common prefix of the folded word and its stem: "happy" →
 * "happ"), words in order. Name variants are folded into the pattern too.
 */
export function termPattern(term: string): string {
  const words = term.trim().toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  return words.map((word) => wordBeginningPattern(word) + WORD_CHARS).join(BETWEEN_WORDS);
}

function wordBeginningPattern(word: string): string {
  const stem = termStems(word)[0] ?? word;
  let i = 0;
  while (i < word.length && i < stem.length && word[i] === stem[i]) i++;
  const beginning = escapeRegExp(word.slice(0, Math.max(i, Math.min(3, word.length))));
  const variants = NAME_VARIANTS_OF[stem];
  return variants ? `(?:${[beginning, ...variants.map(escapeRegExp)].join('|')})` : beginning;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
