/** The UI's words about claim packs (card and options page), from `_locales` like the rest (strings.ts). */
import type { RatingClass } from '../packs/rating';
import type { ShownClaim } from '../packs/shown-claim';
import { msg, plural } from './messages';
import { verdictText } from './strings';

export const ratingText = (rating: RatingClass) => msg(`rating_${rating}`);

/** A claim's verdict in words: a text-only pack claim's is its fact-checkers' rating, on the small scale. */
export const shownVerdictText = (claim: ShownClaim) => (claim.pack && !claim.pack.full ? ratingText(claim.pack.rating) : verdictText(claim.verdict.label));

export const tp = {
  factChecks: () => msg('packFactChecks'),
  claimedBy: (who: string) => msg('packClaimedBy', who),
  provenance: (pack: string, source: string) => msg('packProvenance', pack, source),
  heading: () => msg('packsHeading'),
  intro: () => msg('packsIntro'),
  importButton: () => msg('packsImport'),
  importing: () => msg('packsImporting'),
  bundledName: () => msg('packsBundledName'),
  bundledLine: (claims: number, edition: string) => msg('packsBundledLine', claims.toLocaleString(), edition),
  line: (claims: number, source: string, imported: string) => plural('packsLine', claims, claims.toLocaleString(), source, imported),
  use: (name: string) => msg('packsUse', name),
  exportButton: () => msg('packsExportButton'),
  deleteButton: () => msg('packsDeleteButton'),
  exportPack: (name: string) => msg('packsExport', name),
  deletePack: (name: string) => msg('packsDelete', name),
  deleted: (name: string) => msg('packsDeleted', name),
  added: (name: string, claims: number) => plural('packsAdded', claims, name, claims.toLocaleString()),
  updated: (name: string, claims: number, kept: number, removed: number) =>
    msg('packsUpdated', name, claims.toLocaleString(), kept.toLocaleString(), removed.toLocaleString()),
  unchanged: (name: string) => msg('packsUnchanged', name),
  fromPack: (name: string) => msg('packsFromPack', name),
  item: (n: number) => msg('packsItem', n),
};
