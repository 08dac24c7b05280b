/**
 * The compiled claim index reaches the page as JSON text handed over by the background, in an
 * injection of its own just before `gloss.js` (lib/extension/content-script.ts), rather than
 * inside `gloss.js`: 160 kB of string literals made compiling that script, already the longest
 * task Gloss gives an on-topic page, about a third slower. Both texts are parsed on first use.
 */
import type { ClaimIndex } from '../match/claim-index';
import type { PrefilterData } from '../match/prefilter';

/** The index as the background holds it: the prefilter's table and the claims, as JSON text. */
export interface ClaimIndexJson {
  prefilter: string;
  claims: string;
}

/** Where the handed-over text waits in the content scripts' isolated world (never the page's). */
export const CLAIM_INDEX_KEY = '__glossClaimIndex';

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

/** The loaders over what the background handed over; throws if it has not (a wiring bug). */
export function takeClaimIndex(): ClaimIndexLoaders {
  const json = (globalThis as Record<string, unknown>)[CLAIM_INDEX_KEY] as ClaimIndexJson | undefined;
  if (typeof json?.prefilter !== 'string' || typeof json.claims !== 'string') {
    throw new Error('[gloss] the claim index was not handed over before gloss.js was injected');
  }
  return lazyClaimIndex(json);
}
