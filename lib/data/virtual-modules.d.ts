declare module 'virtual:gloss/claims' {
  const claims: import('./schema').Claim[];
  /** Content hash of the dataset: changes whenever any claim does. */
  export const version: string;
  export default claims;
}
declare module 'virtual:gloss/claim-index' {
  const index: import('../match/claim-index').ClaimIndex;
  export default index;
}
