/**
 * Which of a claim's term groups a sentence hits, and the words that hit them: the matcher's
 * precise test (matcher.ts), on the sentence's tokens and each stem's positions among them.
 */
import type { Token } from '../text/normalize';
import type { CompiledClaim, CompiledTerm } from './claim-index';

export interface MatchedSpan {
  start: number;
  end: number;
}

/** Groups a sentence must hit: all, or all but one for claims of three groups or more. */
const groupsNeeded = (claim: CompiledClaim) => (claim.all.length <= 2 ? claim.all.length : claim.all.length - 1);

/**
 * Which of the claim's groups the sentence hits, and the words that hit them; null when the
 * anchor group is missed or an exclusion term is present (unless `lenient`, for ranking).
 */
export function groupCoverage(claim: CompiledClaim, tokens: Token[], positions: Map<string, number[]>, lenient = false) {
  if (!lenient && claim.none.some((term) => findTerm(term, tokens, positions) >= 0)) return null;
  const spans: MatchedSpan[] = [];
  let groupsHit = 0;
  for (let g = 0; g < claim.all.length; g++) {
    let hit = false;
    for (const term of claim.all[g]) {
      const at = findTerm(term, tokens, positions);
      if (at < 0) continue;
      hit = true;
      spans.push({ start: tokens[at].start, end: tokens[at + term.length - 1].end });
    }
    if (hit) groupsHit++;
    else if (!lenient && (g === claim.anchor || g + 1 - groupsHit > claim.all.length - groupsNeeded(claim))) return null;
  }
  spans.sort((a, b) => a.start - b.start);
  return { groupsHit, spans };
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
