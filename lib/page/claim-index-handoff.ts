/**
 * The compiled claim index as JSON text, parsed on first use: the background's copy, and the part
 * of it a page needs. A page matches nothing itself (the background does, `claims/match`); it
 * keeps only the prefilter, to tell whether text the page adds later may make a claim. That
 * reaches the page as text handed over by the background, in an injection of its own just before
 * `gloss.js` (lib/extension/content-script.ts), rather than inside `gloss.js`: string literals
 * make compiling a script, the longest task Gloss gives an on-topic page, slower.
 */
import type { ClaimIndex } from '../match/claim-index';
import type { PrefilterData } from '../match/prefilter';

/** The index as the background holds it: the prefilter's table and the claims, as JSON text. */
export interface ClaimIndexJson {
  prefilter: string;
  claims: string;
}

/** Where the handed-over text waits in the content scripts' isolated world (never the page's). */
export const PREFILTER_KEY = '__glossPrefilter';

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

/** The prefilter the background handed over, parsed on first call; throws if it has not (a wiring bug). */
export function takePrefilter(): () => PrefilterData {
  const json = (globalThis as Record<string, unknown>)[PREFILTER_KEY];
  if (typeof json !== 'string') throw new Error('[gloss] the prefilter was not handed over before gloss.js was injected');
  let prefilter: PrefilterData | undefined;
  return () => (prefilter ??= JSON.parse(json) as PrefilterData);
}
