/** Pausing Gloss everywhere, for a while or until resumed. Kept in the database's meta store. */
import type { Database } from './db';

const PAUSE_KEY = 'pausedUntil';
/** "Until resumed" is stored as a time that never comes. */
export const UNTIL_RESUMED = Number.MAX_SAFE_INTEGER;

/** The time the pause ends (ms since the epoch), or null when Gloss is not paused. */
export async function pausedUntil(db: Database, now = Date.now()): Promise<number | null> {
  const until = Number((await db.get('meta', PAUSE_KEY))?.value ?? 0);
  return until > now ? until : null;
}

/** `until` null resumes. */
export async function setPausedUntil(db: Database, until: number | null): Promise<void> {
  if (until === null) await db.delete('meta', PAUSE_KEY);
  else await db.put('meta', { key: PAUSE_KEY, value: String(until) });
}
