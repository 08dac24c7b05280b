/**
 * The matcher measured on the labelled dev set. Thresholds were tuned on the tuning split only;
 * the held-out split is what this test holds to the targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/build/read-dataset';
import { validateDataset } from '@/lib/data/validate';
import { parseDevSet, splitOf } from '@/lib/eval/dev-set';
import { evaluate } from '@/lib/eval/metrics';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher } from '@/lib/match/matcher';
import { extractBlocks, findArticleRoot } from '@/lib/text/extract';
import { segmentSentences } from '@/lib/text/sentences';

const DEV = join(import.meta.dirname, '../fixtures/dev-set');
const devSet = parseDevSet(readFileSync(join(DEV, 'sentences.jsonl'), 'utf8'));
const result = validateDataset(readDatasetFiles().files);
const claims = result.ok ? result.claims : [];
const matcher = createMatcher(compileClaimIndex(claims));
const predict = (text: string) => matcher.matchSentence(text).map((m) => m.claimId);

describe('the dev set', () => {
  it('is large and varied enough, with about 30% held out', () => {
    expect(devSet.length).toBeGreaterThanOrEqual(200);
    const pages = new Set(devSet.map((s) => s.source).filter((s) => s.endsWith('.html')));
    expect(pages.size).toBeGreaterThanOrEqual(4);
    const heldOut = devSet.filter((s) => splitOf(s.id) === 'heldout').length / devSet.length;
    expect(heldOut).toBeGreaterThan(0.25);
    expect(heldOut).toBeLessThan(0.35);
  });

  it('labels only claims that exist', () => {
    const ids = new Set(claims.map((c) => c.id));
    expect(devSet.flatMap((s) => s.claims).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(['rebuttal.html', 'wire-report.html', 'paraphrasing-op-ed.html', 'no-claims.html'])('lists every sentence of %s as Gloss segments it', (page) => {
    const window = new Window();
    window.document.write(readFileSync(join(DEV, page), 'utf8'));
    const root = findArticleRoot(window.document as unknown as Document)!;
    const segmented = extractBlocks(root).flatMap((b) => segmentSentences(b.text).map((r) => b.text.slice(r.start, r.end).replace(/\s+/g, ' ').trim()));
    expect(segmented).toEqual(devSet.filter((s) => s.source === page).map((s) => s.text));
  });
});

describe('matcher quality on the held-out split', () => {
  const heldOut = evaluate(
    devSet.filter((s) => splitOf(s.id) === 'heldout'),
    predict,
  );

  it('precision ≥ 0.95 over (sentence, claim) pairs', () => {
    expect(heldOut.pairs.precision, JSON.stringify(heldOut.falseHighlights, null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('recall ≥ 0.85 over (sentence, claim) pairs', () => {
    expect(heldOut.pairs.recall, JSON.stringify(heldOut.misses, null, 1)).toBeGreaterThanOrEqual(0.85);
  });
});
