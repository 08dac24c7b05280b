/**
 * How highlights look on pages, the reader's choice for every site: `subtle` (the default: an
 * underline whose style says the verdict class, a wash only on hover or focus), `full` (a wash
 * under every claim sentence as well), or `off` (nothing in the page; the toolbar popup lists the
 * claims, and choosing one shows it). Kept in the database's meta store.
 */
import type { Database } from './db';

export const HIGHLIGHT_LOOKS = ['subtle', 'full', 'off'] as const;
export type HighlightLook = (typeof HIGHLIGHT_LOOKS)[number];
export const DEFAULT_LOOK: HighlightLook = 'subtle';

const SETTING = 'highlightLook';

export async function highlightLook(db: Database): Promise<HighlightLook> {
  const stored = (await db.get('meta', SETTING))?.value;
  return HIGHLIGHT_LOOKS.find((look) => look === stored) ?? DEFAULT_LOOK;
}

export async function setHighlightLook(db: Database, look: HighlightLook): Promise<void> {
  await db.put('meta', { key: SETTING, value: look });
}
