/** Records kept in the extension's IndexedDB. */

/** The reader's note on a claim; shown wherever that claim is found. */
export interface ClaimNote {
  claimId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** A site the reader has configured; absent means the default (Gloss on). */
export interface SiteSetting {
  host: string;
  enabled: boolean;
  updatedAt: number;
}
