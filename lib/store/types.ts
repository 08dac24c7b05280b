/** Records kept in the extension's IndexedDB. */

import type { TextPositionSelector, TextQuoteSelector } from '../annotate/selectors';

/**
 * A note the reader wrote (v4): on a claim, shown wherever the claim is found, or on a passage of
 * one page, placed again by its selectors on every visit.
 */
export type Note = ClaimNote | PassageNote;

interface NoteBase {
  /** "claim:<claimId>" for the note on a claim; a random UUID for the others. */
  id: string;
  text: string;
  /** Normalised address of the page where it was written (`normalizePageUrl`); null if unknown. */
  url: string | null;
  title: string;
  createdAt: number;
  updatedAt: number;
  /** On a copy kept because another tab saved over this note: the id of that note. */
  conflictOf?: string;
}

export interface ClaimNote extends NoteBase {
  kind: 'claim';
  claimId: string;
}

export interface PassageNote extends NoteBase {
  kind: 'passage';
  url: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The last visit could not place it on the page (see lib/annotate/anchor.ts). */
  orphaned: boolean;
}

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
