/**
 * The claim index as JSON text: the background's loaders parse each part once, on first use; the
 * page gets the prefilter alone, as text the background handed over in an injection of its own
 * (lib/extension/content-script.ts), and says so plainly when it is missing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyClaimIndex, PREFILTER_KEY, takePrefilter, type ClaimIndexJson } from '@/lib/page/claim-index-handoff';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { loadDatasetOrExit } from '@/build/load-node';

const scope = globalThis as Record<string, unknown>;
afterEach(() => {
  delete scope[PREFILTER_KEY];
  vi.restoreAllMocks();
});

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

  it('gives the page the prefilter handed over, parsed once, on first use', () => {
    scope[PREFILTER_KEY] = json.prefilter;
    const parse = vi.spyOn(JSON, 'parse');
    const loadPrefilter = takePrefilter();
    expect(parse).not.toHaveBeenCalled();
    expect(loadPrefilter()).toEqual(index.prefilter);
    expect(loadPrefilter()).toBe(loadPrefilter());
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('throws a clear error when nothing was handed over', () => {
    expect(() => takePrefilter()).toThrow(/prefilter was not handed over/);
    scope[PREFILTER_KEY] = { prefilter: '{}' };
    expect(() => takePrefilter()).toThrow(/prefilter was not handed over/);
  });
});
