/**
 * Okapi BM25 over stems: the retrieval step that needs nothing but a claim's own text. It scores
 * a query against every claim that shares a stem with it, through an inverted index, so a query
 * costs its postings, not the number of claims. Term frequency saturates (k1) and long claims are
 * not favoured for being long (b).
 */

export interface Bm25Options {
  k1: number;
  b: number;
}

/** Lucene's defaults, which CheckThat! 2022's baselines used too. */
export const DEFAULT_BM25: Bm25Options = { k1: 1.2, b: 0.75 };

export interface Bm25Index {
  /** Claims sharing a stem with `queryStems`, best first, at most `top`. */
  search(queryStems: readonly string[], top: number): { doc: number; score: number }[];
  idf(stem: string): number;
}

/** `documents[i]`: the stems of document i (one claim's wordings together). */
export function createBm25Index(documents: readonly (readonly string[])[], options: Bm25Options = DEFAULT_BM25): Bm25Index {
  const n = documents.length;
  const postings = new Map<string, { docs: number[]; tfs: number[] }>();
  const lengths = new Float64Array(n);
  documents.forEach((doc, d) => {
    lengths[d] = doc.length;
    const tf = new Map<string, number>();
    for (const stem of doc) tf.set(stem, (tf.get(stem) ?? 0) + 1);
    for (const [stem, count] of tf) {
      let list = postings.get(stem);
      if (!list) postings.set(stem, (list = { docs: [], tfs: [] }));
      list.docs.push(d);
      list.tfs.push(count);
    }
  });
  const average = lengths.reduce((s, l) => s + l, 0) / Math.max(1, n);
  const idf = (stem: string) => {
    const df = postings.get(stem)?.docs.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const scores = new Float64Array(n);
  return {
    idf,
    search(queryStems, top) {
      const touched: number[] = [];
      for (const stem of new Set(queryStems)) {
        const list = postings.get(stem);
        if (!list) continue;
        const weight = idf(stem);
        for (let i = 0; i < list.docs.length; i++) {
          const d = list.docs[i];
          const tf = list.tfs[i];
          if (scores[d] === 0) touched.push(d);
          scores[d] += (weight * tf * (options.k1 + 1)) / (tf + options.k1 * (1 - options.b + (options.b * lengths[d]) / average));
        }
      }
      const out = touched.map((doc) => ({ doc, score: scores[doc] }));
      for (const d of touched) scores[d] = 0;
      return out.sort((x, y) => y.score - x.score || x.doc - y.doc).slice(0, top);
    },
  };
}
