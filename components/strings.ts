/** Every string Gloss shows the reader, in one place (ready to move to `_locales`). */
import type { VerdictLabel, Viewpoint } from '@/lib/data/schema';

export const VERDICT_TEXT: Record<VerdictLabel, string> = {
  accurate: 'Accurate',
  'missing-context': 'Missing context',
  misleading: 'Misleading',
  inaccurate: 'Inaccurate',
  opinion: 'Opinion',
  'negotiating-position': 'Negotiating position',
};

export const VIEWPOINT_TEXT: Record<Viewpoint, string> = {
  'russian-government': 'Russian government',
  'ukrainian-government': 'Ukrainian government',
  'us-administration': 'US administration',
  'european-governments': 'European governments',
  nato: 'NATO',
  'independent-analysts': 'Independent analysts',
  'international-organisations': 'International organisations',
  'other-governments': 'Other governments',
};

export const t = {
  highlightLabel: (title: string) => `Claim: ${title}, show context`,
  cardLabel: 'Gloss: context for a claim',
  close: 'Close',
  verdict: 'Verdict',
  asOf: (date: string) => `As of ${date}`,
  context: 'Context',
  perspectives: 'Perspectives',
  source: 'Source',
  alsoInSentence: 'This sentence also makes:',
  loading: 'Loading…',
  loadFailed: (error: string) => `Gloss could not load this claim: ${error}`,
  yourNote: 'Your note',
  notePlaceholder: 'Write a private note on this claim. It stays on this device.',
  saveNote: 'Save note',
  deleteNote: 'Delete note',
  noteSaved: (when: string) => `Saved ${when}`,
  noteDeleted: 'Note deleted',
  noteSaveFailed: (error: string) => `Not saved: ${error}. Your text is still here.`,
  noteTooLong: (max: number) => `Notes can be up to ${max.toLocaleString('en')} characters.`,
  popupTitle: 'Gloss',
  popupOnHere: (host: string) => `Gloss is on for ${host}`,
  popupOffHere: (host: string) => `Gloss is off for ${host}`,
  popupToggle: 'Use Gloss on this site',
  popupClaimsFound: (n: number) => (n === 1 ? '1 known claim on this page' : `${n} known claims on this page`),
  popupNoClaims: 'No known claims on this page.',
  popupOffReason: 'Gloss is switched off for this site, so it does not read this page.',
  popupUnavailable: 'Gloss does not run on this page (only on web pages served over http or https).',
} as const;

/** A date from the dataset (YYYY-MM-DD) as readers expect it: "4 Sept 2025". */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
