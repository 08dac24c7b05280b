/**
 * Finds the claims a sentence makes. Pure: works on plain strings, in Node and in the page.
 *
 * A claim matches when each of its term groups has a term in the sentence and none of its
 * exclusion terms does. Candidates come from an inverted index on every term's first stem, so
 * a sentence costs one map lookup per word plus a check of the few claims it could make.
 */
import { tokenize, type Token } from '../text/normalize';
import type { ClaimIndex, CompiledClaim, CompiledTerm } from './claim-index';

export interface MatchedSpan {
  start: number;
  end: number;
}

export interface SentenceMatch {
  claimId: string;
  /** 0–1: the share of the sentence's words that are claim terms, lifted by the number of groups. */
  score: number;
  /** The words that satisfied the claim's groups, as offsets into the sentence ("why this matched"). */
  spans: MatchedSpan[];
}

export interface Matcher {
  matchSentence(sentence: string): SentenceMatch[];
}

/** Builds the lookup structures once per index; `matchSentence` is then cheap. */
export function createMatcher(index: ClaimIndex): Matcher {
  const byFirstStem = new Map<string, Set<CompiledClaim>>();
  for (const claim of index.claims) {
    for (const group of claim.all) {
      for (const term of group) {
        let set = byFirstStem.get(term[0]);
        if (!set) byFirstStem.set(term[0], (set = new Set()));
        set.add(claim);
      }
    }
  }

  return {
    matchSentence(sentence) {
      const tokens = tokenize(sentence);
      const positions = new Map<string, number[]>();
      const candidates = new Set<CompiledClaim>();
      tokens.forEach((token, i) => {
        const list = positions.get(token.stem);
        if (list) list.push(i);
        else positions.set(token.stem, [i]);
        byFirstStem.get(token.stem)?.forEach((c) => candidates.add(c));
      });
      const matches: SentenceMatch[] = [];
      for (const claim of candidates) {
        const match = matchClaim(claim, tokens, positions);
        if (match) matches.push(match);
      }
      return matches.sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId));
    },
  };
}

function matchClaim(claim: CompiledClaim, tokens: Token[], positions: Map<string, number[]>): SentenceMatch | null {
  if (claim.none.some((term) => findTerm(term, tokens, positions) >= 0)) return null;
  const spans: MatchedSpan[] = [];
  let matchedWords = 0;
  for (const group of claim.all) {
    let hit = false;
    for (const term of group) {
      const at = findTerm(term, tokens, positions);
      if (at < 0) continue;
      hit = true;
      matchedWords += term.length;
      spans.push({ start: tokens[at].start, end: tokens[at + term.length - 1].end });
    }
    if (!hit) return null;
  }
  const coverage = Math.min(1, matchedWords / Math.max(tokens.length, 1));
  const score = Math.round((0.5 + 0.5 * Math.min(1, coverage * claim.all.length)) * 1000) / 1000;
  spans.sort((a, b) => a.start - b.start);
  return { claimId: claim.id, score, spans };
}

/** Index of the first token where the term's stems occur in order, or -1. */
function findTerm(term: CompiledTerm, tokens: Token[], positions: Map<string, number[]>): number {
  const starts = positions.get(term[0]);
  if (!starts) return -1;
  for (const start of starts) {
    let ok = true;
    for (let k = 1; k < term.length && ok; k++) ok = tokens[start + k]?.stem === term[k];
    if (ok) return start;
  }
  return -1;
}

const prefilters = new WeakMap<ClaimIndex, RegExp>();

/**
 * The prefilter: false means no claim can match anywhere in `text`, so the page can be left
 * alone. One regular expression over the raw text; no tokenising, no stemming.
 */
export function mayMentionClaims(index: ClaimIndex, text: string): boolean {
  let pattern = prefilters.get(index);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${index.prefilter.join('|')})`, 'iu');
    prefilters.set(index, pattern);
  }
  return pattern.test(text.normalize('NFKD'));
}
