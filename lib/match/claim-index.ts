/**
 * The compact match index: what the content script needs to find claims, and nothing else
 * (titles, context and perspectives stay in the background). Built from the dataset at build
 * time by `build/vite-plugin.ts`, so page load does no stemming of claim terms.
 */
import { termStems, tokenize } from '../text/normalize';
import type { PrefilterData } from './prefilter';
import { compilePrefilter, termStrength } from './prefilter-build';
import { isStopwordStem } from '../text/stopwords';
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
  /**
   * The claim's own wordings (title, statement, paraphrases) as their content stems joined by
   * spaces, for similarity: a string per wording keeps the shipped index small.
   */
  wordings: string[];
  /** When the claim's event happened, if it is about one dated event (YYYY[-MM[-DD]]). */
  when?: string;
}

/** The least a claim needs for the index: its id, its match data, and optionally its wordings. */
export type IndexableClaim = Pick<Claim, 'id' | 'match'> & Partial<Pick<Claim, 'title' | 'statement'>>;

export interface ClaimIndex {
  claims: CompiledClaim[];
  /**
   * The anchor-group terms of every claim, as prefilter data: at least one must occur in a page
   * for any claim to match there. Used by `mayMentionClaims`.
   */
  prefilter: PrefilterData;
}

/** Groups a sentence must hit (the matcher's rule): all, or all but one for claims of three groups or more. */
export const groupsNeeded = (groups: number) => (groups <= 2 ? groups : groups - 1);

/** Compiles the dataset's match data. Pure; runs at build time and in tests. */
export function compileClaimIndex(claims: IndexableClaim[]): ClaimIndex {
  const compiled: CompiledClaim[] = [];
  // How many claims use each first stem in their groups: a term most claims share is a poor anchor.
  const claimsUsing = new Map<string, number>();
  for (const claim of claims) {
    const firsts = new Set(claim.match.all.flat().map((t) => termStems(t)[0]));
    for (const stem of firsts) claimsUsing.set(stem, (claimsUsing.get(stem) ?? 0) + 1);
  }
  for (const claim of claims) {
    const all = claim.match.all.map((group) => group.map(termStems).filter((t) => t.length > 0));
    // A claim without term groups (a minimal pack in rank mode) has no anchor and is never matched, only ranked.
    const anchor = claim.match.all.length ? claim.match.all.indexOf(mostSelectiveGroup(claim.match.all, claimsUsing)) : -1;
    const wordings = [claim.title, claim.statement, ...claim.match.paraphrases].filter((w): w is string => !!w).map((w) => contentStems(w).join(' '));
    const none = (claim.match.none ?? []).map(termStems).filter((t) => t.length > 0);
    compiled.push({ id: claim.id, all, none, anchor, wordings, ...(claim.match.when ? { when: claim.match.when } : {}) });
  }
  const prefilter = compilePrefilter(
    claims.map((claim, c) => ({ all: claim.match.all, anchor: compiled[c].anchor, needed: groupsNeeded(claim.match.all.length) })),
  );
  return { claims: compiled, prefilter };
}

/** Stems of a text's words that carry meaning (stopwords left out). */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopwordStem(t.stem))
    .map((t) => t.stem);
}

/**
 * The group that lets the fewest pages and sentences through: it must hit for any match, so it
 * is both the prefilter's key and the matcher's retrieval key.
 * - For the prefilter, no term may be a short, common word pattern ("war", "uk" turn up on any
 *   page): groups whose shortest pattern has fewer than MIN_ANCHOR_PATTERN characters are used
 *   only if every group is like that (then the one with the longest shortest pattern).
 * - For retrieval, among those, the group whose terms the fewest claims share (each sharing claim
 *   is a candidate whenever the term appears); then the longer patterns; then fewer terms.
 */
const MIN_ANCHOR_PATTERN = 6;

function mostSelectiveGroup(groups: string[][], claimsUsing: Map<string, number>): string[] {
  const strength = (group: string[]) => Math.min(...group.map(termStrength));
  const sharing = (group: string[]) => group.reduce((sum, t) => sum + (claimsUsing.get(termStems(t)[0]) ?? 1), 0);
  const strong = groups.filter((g) => strength(g) >= MIN_ANCHOR_PATTERN);
  if (strong.length === 0) return groups.reduce((best, g) => (strength(g) > strength(best) ? g : best));
  return strong.reduce((best, g) => {
    const better = sharing(best) - sharing(g) || strength(g) - strength(best) || best.length - g.length;
    return better > 0 ? g : best;
  });
}
