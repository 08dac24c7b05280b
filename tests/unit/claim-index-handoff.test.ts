/**
 * The claim index reaches gloss.js as text the background handed over in an injection of its own
 * (lib/extension/content-script.ts): gloss.js finds it, parses each part once and only on use, and
 * says so plainly when it is missing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLAIM_INDEX_KEY, takeClaimIndex, type ClaimIndexJson } from '@/lib/page/claim-index-handoff';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { loadDatasetOrExit } from '@/build/load-node';

const scope = globalThis as Record<string, unknown>;
afterEach(() => {
  delete scope[CLAIM_INDEX_KEY];
  vi.restoreAllMocks();
});

describe('the claim index handed to the page', () => {
  it('gives back the index the background compiled, parsing each part once, on first use', () => {
    const index = compileClaimIndex(loadDatasetOrExit());
    const json: ClaimIndexJson = { prefilter: JSON.stringify(index.prefilter), claims: JSON.stringify(index.claims) };
    scope[CLAIM_INDEX_KEY] = json;
    const parse = vi.spyOn(JSON, 'parse');
    const loaders = takeClaimIndex();
    expect(parse).not.toHaveBeenCalled();
    expect(loaders.loadPrefilter()).toEqual(index.prefilter);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(loaders.loadClaimIndex()).toEqual(index);
    expect(loaders.loadClaimIndex().claims).toBe(loaders.loadClaimIndex().claims);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('throws a clear error when nothing was handed over', () => {
    expect(() => takeClaimIndex()).toThrow(/claim index was not handed over/);
    scope[CLAIM_INDEX_KEY] = { prefilter: '{}' };
    expect(() => takeClaimIndex()).toThrow(/claim index was not handed over/);
  });
});
