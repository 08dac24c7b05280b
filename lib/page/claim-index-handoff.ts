/**
 * The compiled claim index as JSON text, parsed on first use: the background's copy (the build
 * puts it in `virtual:gloss/claim-index`). No page gets any of it: pages ask the background
 * whether their text may make a claim (`page/read`, `page/topic`) and what it matches
 * (`claims/match`). Text parsed on first use, not an object literal, which the background would
 * parse with the rest of its script at every start.
 */
import type { ClaimIndex } from '../match/claim-index';
import type { PrefilterData } from '../match/prefilter';

/** The index as the background holds it: the prefilter's table and the claims, as JSON text. */
export interface ClaimIndexJson {
  prefilter: string;
  claims: string;
}

export interface ClaimIndexLoaders {
  loadPrefilter(): PrefilterData;
  loadClaimIndex(): ClaimIndex;
}

/** Lazy loaders over JSON text: each text is parsed once, on first call. */
export function lazyClaimIndex(json: ClaimIndexJson): ClaimIndexLoaders {
  let prefilter: PrefilterData | undefined;
  let claims: ClaimIndex['claims'] | undefined;
  const loadPrefilter = () => (prefilter ??= JSON.parse(json.prefilter) as PrefilterData);
  return { loadPrefilter, loadClaimIndex: () => ({ prefilter: loadPrefilter(), claims: (claims ??= JSON.parse(json.claims) as ClaimIndex['claims']) }) };
}
