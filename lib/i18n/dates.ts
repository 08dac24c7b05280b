/** Dates in the reader's language: the one Gloss's strings speak (`uiLanguage`), not the page's. */
import { uiLanguage } from './messages';

/** A date from the dataset (YYYY-MM-DD) in the reader's language, e.g. "13 Sept 2025", "13 вер. 2025 р.". */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString(uiLanguage(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A date as precise as a sentence or a claim gives it: "Nov 2025", "November", "2022". */
export function formatPeriod({ year, month }: { year?: number; month?: number }): string {
  if (month === undefined) return String(year ?? '');
  const date = new Date(Date.UTC(year ?? 2000, month - 1, 1));
  return date.toLocaleDateString(uiLanguage(), year === undefined ? { month: 'long', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
