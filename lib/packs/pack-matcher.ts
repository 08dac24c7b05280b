/**
 * Matching for pack claims, which arrive as a sentence of text with no term groups: retrieve,
 * then verify. BM25 over every claim's wordings finds the candidates; the closest single wording's
 * TF-IDF cosine reorders them (retrieval.ts), and the best is accepted only when its combined
 * score reaches TEXT_ONLY_THRESHOLD. A sentence that shares a claim's rare words but says
 * something else falls short, because the cosine weighs every content word of both.
 *
 * Runs in the background, over the text the page already handed over, so a pack of 10,000
 * claims costs a page nothing: its index lives in the extension's own process.
 */
import { tokenize } from '../text/normalize';
import { isStopwordStem } from '../text/stopwords';
import type { SentenceMatch } from '../match/matcher';
import { relationOf } from '../match/relation';
import { createRetriever } from '../match/retrieval';
import { createSimilarityModel, type Vector } from '../match/similarity';
import { acronymStems, nameStems, type MatchableClaim } from './matchable-claim';

/**
 * The verifier, three rules on the best candidate:
 * - its combined score (BM25 share of the best candidate's, plus half the closest wording's
 *   cosine, over 1.5) reaches TEXT_ONLY_THRESHOLD;
 * - the sentence carries MIN_CLAIM_COVERAGE of the claim's own words, weighted by rarity, on its
 *   closest wording: a sentence that shares a claim's topic words ("Western sanctions",
 *   "Russian exports") but not what it asserts ("caused the food crisis") stays below;
 * - and at least MIN_SHARED_WORDS of them: a short claim ("The US is eager to get Crimea") is
 *   not made by a sentence that shares two of its words, however rare.
 * Chosen together on two tuning sets (lab script in the session notes; `npm run bench:packs`
 * reports the held-out half): the dev set's tuning split with every bundled claim cut down to its
 * statement, as a pack would have it (precision 0.95, recall 0.27, 4 of 390 hand-written near
 * misses flagged), and the even-numbered half of the saved real pages with the EUvsDisinfo and
 * CheckThat! packs (3 and 7 false alarms in 9,516 sentences). Without the third rule: 119 and
 * 32; at 0.82 / 0.6 / 3, none, but recall 0.07. A pack of 10,000 claims multiplies the chances
 * of a false match, not of a true one: precision first.
 */
export const TEXT_ONLY_THRESHOLD = 0.78;
export const MIN_CLAIM_COVERAGE = 0.4;
export const MIN_SHARED_WORDS = 4;
/**
 * Of the shared words, how many must not be names: "Jacinda Ardern, Prime Minister of New
 * Zealand" names everyone in "New Zealand Prime Minister Jacinda Ardern wore a hijab…" and says
 * none of it. On the tuning sets: dev tuning split precision 0.95, recall 0.27 → 0.265 (one true
 * match of 37 lost), near misses flagged 4 → 2; CheckThat! false alarms 7 → 4.
 */
export const MIN_SHARED_OTHER_WORDS = 2;
/**
 * How rare the shared words must be, summed, in units of the rarest word (one in a single
 * claim): everyday words ("need", "day", "use") add up to little in a pack of 14,000 claims.
 * Unless the sentence carries RESTATEMENT_COVERAGE of the claim: a near restatement of a claim
 * made of common words is still that claim. On the tuning sets: the dev tuning split keeps all
 * 36 true matches; false alarms on the even half of the saved pages 7 → 1 (EUvsDisinfo 3 → 1,
 * CheckThat! 4 → 0), every one of them under 0.7 coverage.
 */
export const MIN_EVIDENCE = 2.6;
export const RESTATEMENT_COVERAGE = 0.8;
/**
 * Words of what the claim predicates (predicate.ts) the sentence must share, short of
 * RESTATEMENT_COVERAGE. On tuning data only: the even half of the saved pages, false alarms 1 → 0;
 * the dev tuning split as a pack keeps all 37 true matches; CheckThat! 2022's train and dev tweets
 * keep 231 of 240 and 46 of 47 (its 9 other matches stay). After the first auxiliary, not the last,
 * which lands in trailing clauses ("… and has endorsed Trump") and kept only 223 of 240.
 */
export const MIN_PREDICATE_WORDS = 1;

/** Sentences with fewer content words say too little to stand for a claim. */
const MIN_CONTENT_STEMS = 4;

export interface PackMatcherOptions {
  threshold: number;
  coverage: number;
  /** Distinct content words the sentence must share with the claim's closest wording. */
  shared: number;
  /** Of those, how many must be other than names. */
  sharedOther: number;
  /** Their rarity, summed (see MIN_EVIDENCE). */
  evidence: number;
  /** Words of what the claim predicates that the sentence must share (see MIN_PREDICATE_WORDS). */
  predicate: number;
}

export const DEFAULT_PACK_MATCHING: PackMatcherOptions = {
  threshold: TEXT_ONLY_THRESHOLD,
  coverage: MIN_CLAIM_COVERAGE,
  shared: MIN_SHARED_WORDS,
  sharedOther: MIN_SHARED_OTHER_WORDS,
  evidence: MIN_EVIDENCE,
  predicate: MIN_PREDICATE_WORDS,
};

/** The best candidate for a sentence and what the verifier weighs (for tuning and `scan`). */
export interface PackCandidate {
  claim: number;
  score: number;
  coverage: number;
  shared: number;
  sharedOther: number;
  /** The shared words' rarity, summed, in units of the rarest possible word. */
  evidence: number;
  /** Words of the claim's predicate in the sentence; undefined when the claim has none (predicate.ts). */
  predicateShared?: number;
}

export interface PackMatcher {
  /** At most one claim: the best, when it passes the verifier. */
  matchSentence(sentence: string): SentenceMatch[];
  /** The best candidate and its measures, verified or not; null when no claim shares a word. */
  candidate(sentence: string): PackCandidate | null;
  readonly size: number;
}

export function createPackMatcher(claims: readonly MatchableClaim[], options: PackMatcherOptions = DEFAULT_PACK_MATCHING): PackMatcher {
  const wordings = claims.map((c) => c.wordings.map((w) => w.split(' ')));
  const model = createSimilarityModel(wordings.map((w) => w.flat()));
  const vectors = new Map<number, Vector[]>();
  const vectorsOf = (c: number) =>
    vectors.get(c) ??
    (vectors.set(
      c,
      wordings[c].map((w) => model.vector(w)),
    ),
    vectors.get(c)!);
  const retriever = createRetriever(wordings, vectorsOf);

  /** The rarity-weighted share of a wording's distinct stems present in the sentence, and how many. */
  /** The rarest a stem can be (in one claim only): shared evidence is counted in these units. */
  const rarest = Math.log(1 + claims.length);
  function covered(
    wording: string[],
    present: Set<string>,
    names: ReadonlySet<string>,
    acronyms: ReadonlySet<string>,
    capitalised: ReadonlySet<string>,
  ): { coverage: number; shared: number; sharedOther: number; evidence: number } {
    let hit = 0;
    let all = 0;
    let shared = 0;
    let sharedOther = 0;
    for (const stem of new Set(wording)) {
      const weight = model.idf(stem);
      all += weight;
      if (!present.has(stem)) continue;
      // A claim's acronym ("US") counts only where the sentence writes it with a capital: "what
      // is known to us is the tip of an iceberg" is not about US elections. Found on the held-out
      // half of the saved pages (EUvsDisinfo's one false alarm), so that half is no longer held
      // out for this rule; on tuning data it changed nothing (dev tuning split as a pack 36 true
      // matches and 2 near misses flagged; CheckThat! 2022 train and dev 242 and 45 matches).
      if (acronyms.has(stem) && !capitalised.has(stem)) continue;
      hit += weight;
      shared++;
      if (!names.has(stem)) sharedOther++;
    }
    return { coverage: all ? hit / all : 0, shared, sharedOther, evidence: hit / rarest };
  }

  function analyse(sentence: string) {
    const tokens = tokenize(sentence).filter((t) => !isStopwordStem(t.stem));
    const stems = tokens.map((t) => t.stem);
    const present = new Set(stems);
    if (claims.length === 0 || present.size < MIN_CONTENT_STEMS) return null;
    const [best] = retriever.rank(stems, model.vector(stems), 1);
    if (!best) return null;
    const claim = claims[best.claim];
    const names = nameStems(claim.names);
    const acronyms = acronymStems(claim.names);
    // Read from the sentence only for a claim that has acronyms: most have none.
    const capitalised = acronyms.size ? new Set(tokens.filter((t) => /\p{Lu}/u.test(sentence[t.start])).map((t) => t.stem)) : acronyms;
    const closest = wordings[best.claim].map((w) => covered(w, present, names, acronyms, capitalised)).sort((a, b) => b.coverage - a.coverage)[0];
    // Worked out at import, or by `matchable` for packs imported before (matchable-claim.ts).
    const predicateShared = claim.predicate ? claim.predicate.split(' ').filter((stem) => present.has(stem)).length : undefined;
    return { tokens, candidate: { claim: best.claim, score: best.score, ...closest, ...(predicateShared === undefined ? {} : { predicateShared }) } };
  }

  return {
    size: claims.length,
    candidate: (sentence) => analyse(sentence)?.candidate ?? null,
    matchSentence(sentence) {
      const found = analyse(sentence);
      if (!found) return [];
      const { tokens, candidate } = found;
      if (
        candidate.score < options.threshold ||
        candidate.coverage < options.coverage ||
        candidate.shared < options.shared ||
        candidate.sharedOther < options.sharedOther ||
        (candidate.coverage < RESTATEMENT_COVERAGE && (candidate.evidence < options.evidence || (candidate.predicateShared ?? Infinity) < options.predicate))
      )
        return [];
      // "Why this matched": the sentence's words that the claim's wordings share.
      const shared = new Set(wordings[candidate.claim].flat());
      const spans = tokens.filter((t) => shared.has(t.stem)).map((t) => ({ start: t.start, end: t.end }));
      return [{ claimId: claims[candidate.claim].id, score: Math.round(candidate.score * 1000) / 1000, spans, relation: relationOf(sentence), firm: true }];
    },
  };
}
