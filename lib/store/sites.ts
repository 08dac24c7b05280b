/** Per-site on/off. Gloss is on for a site unless the reader switched it off. */
import type { Database } from './db';

export async function isSiteEnabled(db: Database, host: string): Promise<boolean> {
  return (await db.get('sites', host))?.enabled ?? true;
}

/** Stores the choice; switching a site back on removes its record, the default needs none. */
export async function setSiteEnabled(db: Database, host: string, enabled: boolean, now = Date.now()): Promise<void> {
  if (enabled) await db.delete('sites', host);
  else await db.put('sites', { host, enabled, updatedAt: now });
}

/** The sites the reader switched off, most recent first. */
export async function disabledSites(db: Database): Promise<{ host: string; updatedAt: number }[]> {
  const all = await db.getAll('sites');
  return all
    .filter((s) => !s.enabled)
    .map(({ host, updatedAt }) => ({ host, updatedAt }))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}
