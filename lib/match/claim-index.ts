/**
 * The compact match index: what the content script needs to find claims, and nothing else
 * (titles, context and perspectives stay in the background). Built from the dataset at build
 * time by `lib/data/vite-plugin.ts`, so page load does no stemming of claim terms.
 */
import { termStems } from '../text/normalize';
import type { Claim } from '../data/schema';

/** A term as stems: one stem for a word, several in order for a phrase. */
export type CompiledTerm = string[];

export interface CompiledClaim {
  id: string;
  /** Every group needs one of its terms in the sentence. */
  all: CompiledTerm[][];
  none: CompiledTerm[];
}

export interface ClaimIndex {
  claims: CompiledClaim[];
  /**
   * Lowercase word beginnings of which at least one must occur in a page for any claim to match
   * there: one group per claim is enough, since every group must match. Used by the prefilter.
   */
  prefilter: string[];
}

/** Compiles the dataset's match data. Pure; runs at build time and in tests. */
export function compileClaimIndex(claims: Pick<Claim, 'id' | 'match'>[]): ClaimIndex {
  const compiled: CompiledClaim[] = [];
  const prefilter = new Set<string>();
  for (const claim of claims) {
    const all = claim.match.all.map((group) => group.map(termStems).filter((t) => t.length > 0));
    compiled.push({ id: claim.id, all, none: (claim.match.none ?? []).map(termStems).filter((t) => t.length > 0) });
    // The group with the fewest terms keeps the prefilter shortest.
    const narrowest = claim.match.all.reduce((a, b) => (b.length < a.length ? b : a));
    for (const term of narrowest) prefilter.add(wordBeginning(term));
  }
  return { claims: compiled, prefilter: [...prefilter].sort() };
}

/**
 * The part of a term's first word that every inflection of it starts with: the common prefix of
 * the folded word and its stem ("happy" → stem "happi" → "happ").
 */
function wordBeginning(term: string): string {
  const first = term.trim().split(/\s+/)[0].toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
  const stem = termStems(first)[0] ?? first;
  let i = 0;
  while (i < first.length && i < stem.length && first[i] === stem[i]) i++;
  return first.slice(0, Math.max(i, 3));
}
