/**
 * Ranking from a claim's text alone, for claims without term groups (a reader's or a newsroom's
 * pack, where a claim arrives as a sentence or two): BM25 over all of a claim's wordings finds
 * the candidates, and the closest single wording (TF-IDF cosine) reorders them, since a claim
 * whose one wording says much of what the sentence says beats one that merely shares its rare
 * words across several. Weights tuned on CheckThat! 2022 2A's train and dev splits
 * (`npm run eval:ct22`); see README, "How matching works".
 */
import { createBm25Index, type Bm25Options } from './bm25';
import { cosine, type SimilarityModel, type Vector } from './similarity';

export interface RetrievalOptions {
  bm25: Bm25Options;
  /** How many BM25 candidates the similarity step reorders. */
  candidates: number;
  /** Weight of the best wording's cosine against BM25 (scaled to the best candidate's 1). */
  similarityWeight: number;
}

export const DEFAULT_RETRIEVAL: RetrievalOptions = { bm25: { k1: 1.2, b: 0.5 }, candidates: 50, similarityWeight: 0.5 };

export interface Retriever {
  /** Claims (by number) for a sentence's content stems and TF-IDF vector, scored 0–1, best first. */
  rank(stems: readonly string[], vector: Vector, top: number): { claim: number; score: number }[];
}

/**
 * `wordings[c]`: claim c's wordings as content stems; `vectors(c)`: their TF-IDF vectors under
 * `model` (computed when first needed). Claims with no wordings are never ranked.
 */
export function createRetriever(
  wordings: readonly (readonly string[])[][],
  vectors: (claim: number) => Vector[],
  options: RetrievalOptions = DEFAULT_RETRIEVAL,
): Retriever {
  const index = createBm25Index(
    wordings.map((w) => w.flat()),
    options.bm25,
  );
  return {
    rank(stems, vector, top) {
      const found = index.search(stems, options.candidates);
      const best = found[0]?.score ?? 0;
      if (best <= 0) return [];
      const weight = options.similarityWeight;
      return found
        .map(({ doc, score }) => {
          let closest = 0;
          for (const v of vectors(doc)) closest = Math.max(closest, cosine(vector, v));
          return { claim: doc, score: (score / best + weight * closest) / (1 + weight) };
        })
        .sort((a, b) => b.score - a.score || a.claim - b.claim)
        .slice(0, top);
    },
  };
}

export type { SimilarityModel };
