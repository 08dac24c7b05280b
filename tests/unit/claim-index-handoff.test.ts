/** The claim index as JSON text: the background's loaders parse each part once, on first use. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyClaimIndex, type ClaimIndexJson } from '@/lib/page/claim-index-handoff';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { loadDatasetOrExit } from '@/build/load-node';

afterEach(() => vi.restoreAllMocks());

describe('the claim index as text', () => {
  const index = compileClaimIndex(loadDatasetOrExit());
  const json: ClaimIndexJson = { prefilter: JSON.stringify(index.prefilter), claims: JSON.stringify(index.claims) };

  it("gives back the index the build compiled, parsing each part once, on first use (the background's copy)", () => {
    const parse = vi.spyOn(JSON, 'parse');
    const loaders = lazyClaimIndex(json);
    expect(parse).not.toHaveBeenCalled();
    expect(loaders.loadPrefilter()).toEqual(index.prefilter);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(loaders.loadClaimIndex()).toEqual(index);
    expect(loaders.loadClaimIndex().claims).toBe(loaders.loadClaimIndex().claims);
    expect(parse).toHaveBeenCalledTimes(2);
  });
});
