/**
 * "Where I met this claim": one record per claim and page, with the first and last time Gloss
 * found it there. On by default; the reader can switch it off (nothing more is recorded) and
 * clear it.
 */
import type { Database } from './db';
import type { Sighting } from './types';

const SETTING = 'history';

export async function historyEnabled(db: Database): Promise<boolean> {
  return (await db.get('meta', SETTING))?.value !== 'off';
}

export async function setHistoryEnabled(db: Database, enabled: boolean): Promise<void> {
  await db.put('meta', { key: SETTING, value: enabled ? 'on' : 'off' });
}

/** Records that `claimIds` were found on the page; does nothing while history is off. */
export async function recordSightings(db: Database, url: string, title: string, claimIds: string[], now = Date.now()): Promise<void> {
  if (claimIds.length === 0 || !(await historyEnabled(db))) return;
  const tx = db.transaction('sightings', 'readwrite');
  await Promise.all(
    [...new Set(claimIds)].map(async (claimId) => {
      const existing = await tx.store.get([claimId, url]);
      await tx.store.put({ claimId, url, title: title || existing?.title || '', firstSeen: existing?.firstSeen ?? now, lastSeen: now });
    }),
  );
  await tx.done;
}

/** The pages where the claim was found, most recent first. */
export async function sightingsOf(db: Database, claimId: string): Promise<Sighting[]> {
  const all = await db.getAllFromIndex('sightings', 'byClaim', claimId);
  return all.sort((a, b) => b.lastSeen - a.lastSeen);
}

export async function clearHistory(db: Database): Promise<void> {
  await db.clear('sightings');
}
