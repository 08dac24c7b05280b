/**
 * Data tests: the bundled dataset validates, its match data finds what it should, and the op-ed
 * fixture is matched sentence by sentence as expected (and nothing on the control pages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '@/build/read-dataset';
import { validateDataset } from '@/lib/data/validate';
import { datasetFigures } from '@/lib/data/figures';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher, mayMentionClaims } from '@/lib/match/matcher';
import bundledClaims from 'virtual:gloss/claims';
import { scanHtml } from '../../scripts/scan-html';
import expected from '../fixtures/expected/op-ed.json';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const page = (name: string) => readFileSync(join(PAGES, name), 'utf8');
const result = validateDataset(readDatasetFiles().files);
const claims = result.ok ? result.claims : [];
const index = compileClaimIndex(claims);
const matcher = createMatcher(index);

describe('the claim dataset', () => {
  it('validates against the schema', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(claims.length).toBeGreaterThanOrEqual(10);
  });

  it('gives every claim four sides with a named independent voice, and every source a recorded check', () => {
    const { perClaim } = datasetFigures(claims);
    expect(perClaim.filter((c) => c.sides < 4 || !c.independent).map((c) => c.id)).toEqual([]);
    expect(perClaim.filter((c) => c.sourcesUnchecked > 0).map((c) => c.id)).toEqual([]);
  });

  it('is what the build bundles', () => {
    expect(bundledClaims.map((c) => c.id)).toEqual(claims.map((c) => c.id));
  });

  it('has https source URLs that parse, and dates that are not in the future of their claim', () => {
    for (const claim of claims) {
      for (const { source } of [...claim.context, ...claim.perspectives]) {
        const url = new URL(source.url);
        expect(url.protocol, source.url).toBe('https:');
        expect(url.hostname, source.url).toMatch(/\.[a-z]{2,}$/);
      }
    }
  });

  it('matches every paraphrase of every claim', () => {
    const misses = claims.flatMap((claim) =>
      claim.match.paraphrases.filter((p) => !matcher.matchSentence(p).some((m) => m.claimId === claim.id)).map((p) => `${claim.id}: ${p}`),
    );
    expect(misses).toEqual([]);
  });
});

describe('the prefilter', () => {
  it('lets through every sentence the matcher finds a claim in', () => {
    const sentences = claims.flatMap((c) => c.match.paraphrases).concat(expected.sentences.map((e) => e.sentence));
    for (const s of sentences) if (matcher.matchSentence(s).length > 0) expect(mayMentionClaims(index, s), s).toBe(true);
  });

  // notes-offtopic.html: the browser tests keep a passage note on a page Gloss finds nothing on.
  it.each(['unrelated-control.html', 'notes-offtopic.html'])('stops %s before any matching', (name) => {
    const doc = new DOMParser().parseFromString(page(name), 'text/html');
    expect(mayMentionClaims(index, doc.body.textContent ?? '')).toBe(false);
  });
});

describe('matching the fixture pages', () => {
  it('finds each expected claim on the op-ed sentence that makes it, and nothing else', async () => {
    const findings = await scanHtml(page('op-ed.html'), matcher);
    const found = findings.flatMap((f) => f.matches.map((m) => ({ sentence: f.sentence, claimId: m.claimId })));
    for (const e of expected.sentences) {
      expect(
        found.some((f) => f.sentence.startsWith(e.sentence) && f.claimId === e.claimId),
        `${e.claimId} on "${e.sentence}"`,
      ).toBe(true);
    }
    for (const f of found) {
      expect(
        expected.sentences.some((e) => f.sentence.startsWith(e.sentence) && f.claimId === e.claimId),
        `unexpected ${f.claimId} on "${f.sentence}"`,
      ).toBe(true);
    }
  });

  it.each(['same-topic-control.html', 'unrelated-control.html'])('finds nothing on %s', async (name) => {
    expect((await scanHtml(page(name), matcher)).map((f) => f.sentence)).toEqual([]);
  });

  it('keeps the op-ed text of the fixture identical to the seed', () => {
    // A byte-for-byte copy of shared/seed/op-ed.txt, committed so the test needs nothing outside the repo.
    const seed = readFileSync(join(import.meta.dirname, '../fixtures/op-ed.txt'), 'utf8');
    const paragraphs = seed
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    paragraphs[0] = paragraphs[0].replace(/^date \d{4}-\d{2}-\d{2} /, '');
    const doc = new DOMParser().parseFromString(page('op-ed.html'), 'text/html');
    const fixture = [...doc.querySelectorAll('article > p:not(.kicker):not(.byline)')].map((p) => p.textContent!.trim());
    expect(fixture).toEqual(paragraphs);
  });
});
