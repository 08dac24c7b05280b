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

/** The reader said a page's sentence does not make this claim. */
export interface Dismissal {
  /** Normalised page address (`normalizePageUrl`). */
  url: string;
  claimId: string;
  createdAt: number;
}

/** A claim the reader does not want to see anywhere. */
export interface HiddenClaim {
  claimId: string;
  createdAt: number;
}
