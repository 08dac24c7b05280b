declare module 'virtual:gloss/claims' {
  const claims: import('./schema').Claim[];
  export default claims;
}
declare module 'virtual:gloss/claim-index' {
  const index: import('../match/claim-index').ClaimIndex;
  export default index;
}
