/**
 * Finds the claims a sentence makes. Pure: works on plain strings, in Node and in the page.
 *
 * Two ways to match, both requiring the claim's anchor group (see `CompiledClaim.anchor`) and
 * none of its exclusion terms:
 * 1. Coverage: every term group of the claim has a term in the sentence.
 * 2. For claims of three or more groups, coverage minus one group, backed by similarity: the
 *    sentence's TF-IDF vector is close to one of the claim's own wordings (cosine ≥ a threshold
 *    calibrated on the dev set's tuning split). This finds paraphrases that use a synonym the
 *    groups lack, without letting a sentence through on topic words alone. (A two-group claim
 *    missing a group is left with its anchor alone: on the tuning split no threshold made that
 *    route pay, so it does not exist.)
 * Candidates come from an inverted index from the first stems of each claim's anchor-group terms
 * to claim numbers (every match needs the anchor, and anchors are a claim's most distinctive
 * words), so a sentence costs a map lookup per word, an integer per posting, and a full check of
 * the few claims whose anchor it hits, however many claims share its other words.
 */
import { tokenize } from '../text/normalize';
import { isStopwordStem } from '../text/stopwords';
import type { ClaimIndex, CompiledClaim } from './claim-index';
import { groupCoverage, type MatchedSpan } from './coverage';
import { relationOf, type Relation } from './relation';
import { datesIn, otherEventDate, type Period } from './event-date';
import type { PrefilterData } from './prefilter';
import { createPrefilterTest } from './prefilter-screen';
import { createRetriever, type Retriever } from './retrieval';
import { cosine, createSimilarityModel, type Vector } from './similarity';

export type { MatchedSpan };

export interface SentenceMatch {
  claimId: string;
  /** 0–1: how much of the claim's term groups the sentence covers, and how close it is to the claim's wordings. */
  score: number;
  /** The words that satisfied the claim's groups, as offsets into the sentence ("why this matched"). */
  spans: MatchedSpan[];
  /** Whether the sentence asserts the claim, reports it as someone's, or disputes it (relation.ts). */
  relation: Relation;
  /**
   * Every term group hit, and no date in the sentence places it at another event. Otherwise a
   * group is missing and similarity vouched for it, or the dates differ: "possibly related".
   */
  firm: boolean;
  /** The date the sentence names that none of the claim's event fits (event-date.ts). */
  otherEvent?: Period;
}

export interface Matcher {
  matchSentence(sentence: string): SentenceMatch[];
  /** Every candidate claim scored, best first, threshold or not (the CLI's rank mode). */
  rankSentence(sentence: string, top: number): { claimId: string; score: number }[];
}

export interface MatcherOptions {
  /** Cosine a sentence needs with one of a claim's wordings when it misses one term group. */
  partialSimilarity: number;
}

/** Calibrated on the tuning split of the dev set (`npm run eval`); see README, "How matching works". */
export const DEFAULT_MATCHER_OPTIONS: MatcherOptions = { partialSimilarity: 0.45 };

interface Prepared {
  claim: CompiledClaim;
  wordingVectors: Vector[];
}

/** Builds the lookup structures once per index; `matchSentence` is then cheap. */
export function createMatcher(index: ClaimIndex, options: MatcherOptions = DEFAULT_MATCHER_OPTIONS): Matcher {
  const stemsOf = (wording: string) => (wording ? wording.split(' ') : []);
  const model = createSimilarityModel(index.claims.map((c) => c.wordings.flatMap(stemsOf)));
  const claims = index.claims;
  const prepared = new Map<CompiledClaim, Prepared>();
  const lists = new Map<string, Set<number>>();
  claims.forEach((claim, c) => {
    for (const term of claim.all[claim.anchor] ?? []) {
      let list = lists.get(term[0]);
      if (!list) lists.set(term[0], (list = new Set()));
      list.add(c);
    }
  });
  const postings = new Map([...lists].map(([stem, list]) => [stem, Int32Array.from(list)]));
  const seen = new Uint8Array(claims.length);
  /** Wording vectors are built the first time a claim is a candidate: most never are on a page. */
  const prepare = (claim: CompiledClaim): Prepared => {
    let p = prepared.get(claim);
    if (!p) prepared.set(claim, (p = { claim, wordingVectors: claim.wordings.map((w) => model.vector(stemsOf(w))) }));
    return p;
  };

  /** Built when rank mode first needs it: matching on a page never does. */
  let retrieverOnce: Retriever | undefined;
  const retriever = () =>
    (retrieverOnce ??= createRetriever(
      claims.map((claim) => (claim.all.length ? [] : claim.wordings.map(stemsOf))),
      (c) => prepare(claims[c]).wordingVectors,
    ));

  /** Claims whose anchor group has a term starting with one of the sentence's stems. */
  function candidatesOf(stems: Iterable<string>): CompiledClaim[] {
    const out: number[] = [];
    for (const stem of stems) {
      const list = postings.get(stem);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        if (seen[list[i]]) continue;
        seen[list[i]] = 1;
        out.push(list[i]);
      }
    }
    for (const c of out) seen[c] = 0;
    return out.map((c) => claims[c]);
  }

  function analyse(sentence: string) {
    const tokens = tokenize(sentence);
    const positions = new Map<string, number[]>();
    tokens.forEach((token, i) => {
      const list = positions.get(token.stem);
      if (list) list.push(i);
      else positions.set(token.stem, [i]);
    });
    let vector: Vector | undefined;
    const sentenceVector = () => (vector ??= model.vector(tokens.map((t) => t.stem).filter((s) => !isStopwordStem(s))));
    return { tokens, positions, sentenceVector, candidates: () => candidatesOf(positions.keys()) };
  }

  return {
    matchSentence(sentence) {
      const { tokens, positions, candidates, sentenceVector } = analyse(sentence);
      const matches: SentenceMatch[] = [];
      let relation: Relation | undefined;
      let named: Period[] | undefined;
      for (const claim of candidates()) {
        // Null when the anchor or more groups than allowed are missed, or an exclusion term is present.
        const coverage = groupCoverage(claim, tokens, positions);
        if (!coverage) continue;
        const similarity = maxSimilarity(prepare(claim), sentenceVector());
        if (coverage.groupsHit < claim.all.length && similarity < options.partialSimilarity) continue;
        relation ??= relationOf(sentence);
        const otherEvent = claim.when ? otherEventDate((named ??= datesIn(sentence)), claim.when) : undefined;
        const firm = coverage.groupsHit === claim.all.length && !otherEvent;
        const score = combinedScore(coverage.groupsHit / claim.all.length, similarity);
        matches.push({ claimId: claim.id, score, spans: coverage.spans, relation, firm, ...(otherEvent ? { otherEvent } : {}) });
      }
      return matches.sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId));
    },

    rankSentence(sentence, top) {
      const { tokens, positions, sentenceVector } = analyse(sentence);
      const vector = sentenceVector();
      // Claims with term groups: share of groups hit and closeness to their wordings, as on a page.
      const grouped = claims
        .filter((claim) => claim.all.length)
        .map((claim) => {
          const coverage = groupCoverage(claim, tokens, positions, true);
          return { claimId: claim.id, score: combinedScore(coverage ? coverage.groupsHit / claim.all.length : 0, maxSimilarity(prepare(claim), vector)) };
        });
      // Claims with their text alone (a minimal pack): retrieved from it (retrieval.ts).
      const stems = tokens.map((t) => t.stem).filter((s) => !isStopwordStem(s));
      const retrieved = retriever()
        .rank(stems, vector, top)
        .map(({ claim, score }) => ({ claimId: claims[claim].id, score: Math.round(score * 1000) / 1000 }));
      return [...grouped, ...retrieved]
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId))
        .slice(0, top);
    },
  };
}

/** The score shown to readers: share of term groups hit, and closeness to the claim's wordings (a cosine of 0.6 counts as full). */
function combinedScore(groupShare: number, similarity: number): number {
  return Math.round((0.6 * groupShare + 0.4 * Math.min(1, similarity / 0.6)) * 1000) / 1000;
}

function maxSimilarity(prepared: Prepared, sentence: Vector): number {
  let best = 0;
  for (const w of prepared.wordingVectors) best = Math.max(best, cosine(sentence, w));
  return best;
}

/** False means no claim can match anywhere in `text`, so the page can be left alone (see `prefilter.ts`). */
export function mayMentionClaims({ prefilter }: Pick<ClaimIndex, 'prefilter'>, text: string): boolean {
  let test = prefilterTests.get(prefilter);
  if (!test) prefilterTests.set(prefilter, (test = createPrefilterTest(prefilter)));
  return test(text);
}
const prefilterTests = new WeakMap<PrefilterData, (text: string) => boolean>();
