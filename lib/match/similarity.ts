/**
 * TF-IDF vectors and cosine similarity between a sentence and a claim's own wordings (title,
 * statement, paraphrases). Weights come from the claim set itself: a stem that many claims use
 * ("russia", "ukraine") says little; one that few use ("showboating", "budapest") says a lot.
 */

export type Vector = Map<string, number>;

export interface SimilarityModel {
  /** The L2-normalised TF-IDF vector of a bag of stems. */
  vector(stems: readonly string[]): Vector;
  idf(stem: string): number;
}

/** `documents[i]` is every stem of claim i's wordings; each claim counts once per stem. */
export function createSimilarityModel(documents: readonly (readonly string[])[]): SimilarityModel {
  const df = new Map<string, number>();
  for (const doc of documents) for (const stem of new Set(doc)) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = documents.length;
  const unseen = Math.log(1 + n);
  const idf = (stem: string) => {
    const d = df.get(stem);
    return d === undefined ? unseen : Math.log(1 + n / d);
  };
  return {
    idf,
    vector(stems) {
      const v: Vector = new Map();
      for (const s of stems) v.set(s, (v.get(s) ?? 0) + 1);
      let norm = 0;
      for (const [s, tf] of v) {
        const w = (1 + Math.log(tf)) * idf(s);
        v.set(s, w);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [s, w] of v) v.set(s, w / norm);
      return v;
    },
  };
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [s, w] of small) {
    const other = large.get(s);
    if (other !== undefined) dot += w * other;
  }
  return dot;
}
