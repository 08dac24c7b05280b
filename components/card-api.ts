/** What the card needs from the extension; the content script passes the real one, tests a fake. */
import type { ShownClaim } from '@/lib/packs/shown-claim';
import type { SaveResult } from '@/lib/store/notes';
import type { ClaimNote } from '@/lib/store/types';

export interface HistorySummary {
  /** Other pages where Gloss found the claim; which ones is shown only in Gloss's own pages. */
  otherPages: number;
  firstSeen: number | null;
  enabled: boolean;
}

export interface CardApi {
  loadClaims(ids: string[]): Promise<ShownClaim[]>;
  loadNote(claimId: string): Promise<ClaimNote | null>;
  /** `baseUpdatedAt`: the version the editor started from (merge rule in lib/store/notes.ts). */
  saveNote(claimId: string, text: string, baseUpdatedAt: number | null): Promise<SaveResult<ClaimNote>>;
  deleteNote(claimId: string): Promise<void>;
  /** Calls back when notes change elsewhere; returns the unsubscribe. */
  subscribeNotes?(listener: () => void): () => void;
  historySummary?(claimId: string): Promise<HistorySummary>;
  /** Opens Gloss's own page listing where the reader met the claim. */
  openHistory?(claimId: string): Promise<void>;
  /** "Not this claim": on this page only. */
  setDismissed(claimId: string, dismissed: boolean): Promise<void>;
  /** Hide the claim on every page. */
  setHidden(claimId: string, hidden: boolean): Promise<void>;
}
