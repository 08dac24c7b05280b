/** Records kept in the extension's IndexedDB. */

export type { ClaimNote, Note, PassageNote } from '../notes/note-schema';

/** Where the reader met a claim: one record per claim and page (v4). */
export interface Sighting {
  claimId: string;
  url: string;
  title: string;
  firstSeen: number;
  lastSeen: number;
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
