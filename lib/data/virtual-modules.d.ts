declare module 'virtual:gloss/claims' {
  const claims: import('./schema').Claim[];
  /** Content hash of the dataset: changes whenever any claim does. */
  export const version: string;
  export default claims;
}
declare module 'virtual:gloss/claim-index' {
  /** The index as JSON text, as the background hands it to a page. */
  export const claimIndexJson: import('../page/claim-index-handoff').ClaimIndexJson;
  /** The prefilter's table (see `mayMentionClaims`), parsed on first call. */
  export function loadPrefilter(): import('../match/prefilter').PrefilterData;
  /** The whole index, parsed on first call. */
  export function loadClaimIndex(): import('../match/claim-index').ClaimIndex;
}
declare module 'virtual:gloss/summary' {
  /**
   * How many claims, the newest date any card is current to, and the dataset's edition (the date
   * of its newest changelog entry), both YYYY-MM-DD.
   */
  export const summary: { claims: number; newest: string; edition: string };
}
