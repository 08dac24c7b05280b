/**
 * Finds the claims a sentence makes. Pure: works on plain strings, in Node and in the page.
 *
 * Two ways to match, both requiring the claim's anchor group (see `CompiledClaim.anchor`) and
 * none of its exclusion terms:
 * 1. Coverage: every term group of the claim has a term in the sentence.
 * 2. Coverage minus one group, backed by similarity: the sentence's TF-IDF vector is close to
 *    one of the claim's own wordings (cosine ≥ a threshold calibrated on the dev set's tuning
 *    split). This finds paraphrases that use a synonym the groups lack, without letting a
 *    sentence through on topic words alone.
 * Candidates come from an inverted index on every term's first stem, so a sentence costs one map
 * lookup per word plus a check of the few claims it could make.
 */
import { tokenize, type Token } from '../text/normalize';
import { STOPWORD_STEMS } from '../text/stopwords';
import type { ClaimIndex, CompiledClaim, CompiledTerm } from './claim-index';
import { cosine, createSimilarityModel, type Vector } from './similarity';

export interface MatchedSpan {
  start: number;
  end: number;
}

export interface SentenceMatch {
  claimId: string;
  /** 0–1: how much of the claim's term groups the sentence covers, and how close it is to the claim's wordings. */
  score: number;
  /** The words that satisfied the claim's groups, as offsets into the sentence ("why this matched"). */
  spans: MatchedSpan[];
}

export interface Matcher {
  matchSentence(sentence: string): SentenceMatch[];
  /** Every candidate claim scored, best first, threshold or not (the CLI's rank mode). */
  rankSentence(sentence: string, top: number): { claimId: string; score: number }[];
}

export interface MatcherOptions {
  /** Cosine a sentence needs with one of a claim's wordings when it misses one term group. */
  partialSimilarity: number;
  /** The same for claims of only two groups, where a missed group leaves just the anchor. */
  twoGroupSimilarity: number;
}

/** Calibrated on the tuning split of the dev set (`npm run eval`); see README, "How matching works". */
export const DEFAULT_MATCHER_OPTIONS: MatcherOptions = { partialSimilarity: 0.45, twoGroupSimilarity: 0.5 };

interface Prepared {
  claim: CompiledClaim;
  wordingVectors: Vector[];
}

/** Builds the lookup structures once per index; `matchSentence` is then cheap. */
export function createMatcher(index: ClaimIndex, options: MatcherOptions = DEFAULT_MATCHER_OPTIONS): Matcher {
  const model = createSimilarityModel(index.claims.map((c) => c.wordings.flat()));
  const prepared = new Map<CompiledClaim, Prepared>();
  const byFirstStem = new Map<string, Set<CompiledClaim>>();
  for (const claim of index.claims) {
    for (const term of claim.all.flat()) {
      let set = byFirstStem.get(term[0]);
      if (!set) byFirstStem.set(term[0], (set = new Set()));
      set.add(claim);
    }
  }
  /** Wording vectors are built the first time a claim is a candidate: most never are on a page. */
  const prepare = (claim: CompiledClaim): Prepared => {
    let p = prepared.get(claim);
    if (!p) prepared.set(claim, (p = { claim, wordingVectors: claim.wordings.map((w) => model.vector(w)) }));
    return p;
  };

  function analyse(sentence: string) {
    const tokens = tokenize(sentence);
    const positions = new Map<string, number[]>();
    const candidates = new Set<CompiledClaim>();
    tokens.forEach((token, i) => {
      const list = positions.get(token.stem);
      if (list) list.push(i);
      else positions.set(token.stem, [i]);
      byFirstStem.get(token.stem)?.forEach((c) => candidates.add(c));
    });
    let vector: Vector | undefined;
    const sentenceVector = () => (vector ??= model.vector(tokens.map((t) => t.stem).filter((s) => !STOPWORD_STEMS.has(s))));
    return { tokens, positions, candidates, sentenceVector };
  }

  return {
    matchSentence(sentence) {
      const { tokens, positions, candidates, sentenceVector } = analyse(sentence);
      const matches: SentenceMatch[] = [];
      for (const claim of candidates) {
        const coverage = groupCoverage(claim, tokens, positions);
        if (!coverage) continue;
        const missing = claim.all.length - coverage.groupsHit;
        if (missing > 1) continue;
        const similarity = maxSimilarity(prepare(claim), sentenceVector());
        if (missing === 1) {
          const needed = claim.all.length === 2 ? options.twoGroupSimilarity : options.partialSimilarity;
          if (similarity < needed) continue;
        }
        const score = 0.6 * (coverage.groupsHit / claim.all.length) + 0.4 * Math.min(1, similarity / 0.6);
        matches.push({ claimId: claim.id, score: Math.round(score * 1000) / 1000, spans: coverage.spans });
      }
      return matches.sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId));
    },

    rankSentence(sentence, top) {
      const { tokens, positions, sentenceVector } = analyse(sentence);
      const vector = sentenceVector();
      // Rank mode considers every claim: a pack without term groups has only its wordings.
      return index.claims
        .map((claim) => {
          const coverage = claim.all.length ? groupCoverage(claim, tokens, positions, true) : null;
          const share = coverage ? coverage.groupsHit / claim.all.length : 0;
          const similarity = maxSimilarity(prepare(claim), vector);
          const score = claim.all.length ? 0.6 * share + 0.4 * Math.min(1, similarity / 0.6) : similarity;
          return { claimId: claim.id, score: Math.round(score * 1000) / 1000 };
        })
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId))
        .slice(0, top);
    },
  };
}

/**
 * Which of the claim's groups the sentence hits, and the words that hit them; null when the
 * anchor group is missed or an exclusion term is present (unless `lenient`, for ranking).
 */
function groupCoverage(claim: CompiledClaim, tokens: Token[], positions: Map<string, number[]>, lenient = false) {
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
    else if (g === claim.anchor && !lenient) return null;
  }
  spans.sort((a, b) => a.start - b.start);
  return { groupsHit, spans };
}

function maxSimilarity(prepared: Prepared, sentence: Vector): number {
  let best = 0;
  for (const w of prepared.wordingVectors) best = Math.max(best, cosine(sentence, w));
  return best;
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
