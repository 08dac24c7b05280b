/** Claims the reader suppressed: dismissed on one page, or hidden everywhere. Both undoable. */
import type { Database } from './db';

export interface Suppressed {
  /** Dismissed on this page. */
  dismissed: string[];
  /** Hidden on every page. */
  hidden: string[];
}

export async function suppressedOn(db: Database, url: string): Promise<Suppressed> {
  const [dismissals, hidden] = await Promise.all([db.getAllFromIndex('dismissals', 'byUrl', url), db.getAll('hiddenClaims')]);
  return { dismissed: dismissals.map((d) => d.claimId).sort(), hidden: hidden.map((h) => h.claimId).sort() };
}

export async function setDismissed(db: Database, url: string, claimId: string, dismissed: boolean, now = Date.now()): Promise<void> {
  if (dismissed) await db.put('dismissals', { url, claimId, createdAt: now });
  else await db.delete('dismissals', [url, claimId]);
}

export async function setHidden(db: Database, claimId: string, hidden: boolean, now = Date.now()): Promise<void> {
  if (hidden) await db.put('hiddenClaims', { claimId, createdAt: now });
  else await db.delete('hiddenClaims', claimId);
}
