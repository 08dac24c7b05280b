/** What the card needs from the extension; the content script passes the real one, tests a fake. */
import type { Claim } from '@/lib/data/schema';
import type { ClaimNote } from '@/lib/store/types';

export interface CardApi {
  loadClaims(ids: string[]): Promise<Claim[]>;
  loadNote(claimId: string): Promise<ClaimNote | null>;
  saveNote(claimId: string, text: string): Promise<ClaimNote | null>;
  deleteNote(claimId: string): Promise<void>;
  /** "Not this claim": on this page only. */
  setDismissed(claimId: string, dismissed: boolean): Promise<void>;
  /** Hide the claim on every page. */
  setHidden(claimId: string, hidden: boolean): Promise<void>;
}
