import { describe, expect, it } from 'vitest';
import { createBm25Index } from '@/lib/match/bm25';
import { createRetriever } from '@/lib/match/retrieval';
import { contentStems } from '@/lib/match/claim-index';
import { createSimilarityModel } from '@/lib/match/similarity';

const docs = [
  'Sanctions have failed and the Russian economy is booming',
  'Ukraine lost a fifth of its territory to Russia',
  'Europe spends more on Russian gas than it gives Ukraine in aid',
  'The economy of France grew last year',
].map(contentStems);

describe('BM25', () => {
  it('ranks the document sharing the rarest words first, and skips those sharing none', () => {
    const index = createBm25Index(docs);
    const found = index.search(contentStems('Is the Russian economy really booming despite sanctions?'), 10);
    expect(found[0].doc).toBe(0);
    expect(found.map((f) => f.doc)).not.toContain(1);
    expect(found.every((f, i) => i === 0 || f.score <= found[i - 1].score)).toBe(true);
  });

  it('weighs a rare word above a common one', () => {
    const index = createBm25Index(docs);
    expect(index.idf('boom')).toBeGreaterThan(index.idf('russian'));
    expect(index.search(contentStems('booming'), 10).map((f) => f.doc)).toEqual([0]);
  });

  it('is reusable: a second search is not skewed by the first', () => {
    const index = createBm25Index(docs);
    const first = index.search(contentStems('gas aid Europe'), 10);
    index.search(contentStems('territory fifth'), 10);
    expect(index.search(contentStems('gas aid Europe'), 10)).toEqual(first);
  });
});

describe('retrieval from a claim’s text alone', () => {
  it('puts the claim whose wording says what the sentence says above one that only shares its words', () => {
    const wordings = [
      ['Europe pays Russia more for energy than it sends Ukraine', 'EU energy bills to Moscow exceed aid to Kyiv'],
      ['Europe energy prices rose', 'Ukraine aid debate', 'Russia talks'],
    ].map((ws) => ws.map(contentStems));
    const model = createSimilarityModel(wordings.map((w) => w.flat()));
    const retriever = createRetriever(wordings, (c) => wordings[c].map((w) => model.vector(w)));
    const sentence = contentStems('Europe still pays Russia more for its energy than it sends to Ukraine.');
    const ranked = retriever.rank(sentence, model.vector(sentence), 5);
    expect(ranked[0].claim).toBe(0);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
    expect(ranked[0].score).toBeLessThanOrEqual(1);
  });
});
