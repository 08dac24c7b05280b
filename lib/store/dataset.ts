/**
 * The claim dataset in IndexedDB: loaded on install, replaced when the bundled version changes,
 * in one transaction that touches only the `claims` and `meta` stores (never the reader's notes).
 */
import type { Claim } from '../data/schema';
import type { Database } from './db';
import type { RatingClass } from '../packs/rating';

const VERSION_KEY = 'datasetVersion';

/** Makes the stored dataset equal to the bundled one; returns true if it had to replace it. */
export async function syncDataset(db: Database, claims: readonly Claim[], version: string): Promise<boolean> {
  const tx = db.transaction(['claims', 'meta'], 'readwrite');
  const stored = await tx.objectStore('meta').get(VERSION_KEY);
  if (stored?.value === version) {
    await tx.done;
    return false;
  }
  const store = tx.objectStore('claims');
  await store.clear();
  await Promise.all(claims.map((claim) => store.put(claim)));
  await tx.objectStore('meta').put({ key: VERSION_KEY, value: version });
  await tx.done;
  return true;
}

/** The claims with these ids, in the order asked, skipping unknown ids. */
export async function getClaims(db: Database, ids: readonly string[]): Promise<Claim[]> {
  const tx = db.transaction('claims');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return found.filter((c): c is Claim => c !== undefined);
}

/** What the claims browser lists: enough to find a claim; the rest comes with `getClaims`. */
export interface ClaimLine {
  id: string;
  title: string;
  statement: string;
  verdict: Claim['verdict']['label'];
  /** The claim pack it comes from; absent for the bundled dataset. */
  pack?: string;
  /** For a pack claim known only by its text: its fact-checkers' rating, shown instead of the verdict. */
  rating?: RatingClass;
}

/** Every stored claim as a line, in id order. */
export async function claimLines(db: Database): Promise<ClaimLine[]> {
  return (await db.getAll('claims')).map(({ id, title, statement, verdict }) => ({ id, title, statement, verdict: verdict.label }));
}

export async function storedDatasetVersion(db: Database): Promise<string | null> {
  return (await db.get('meta', VERSION_KEY))?.value ?? null;
}
