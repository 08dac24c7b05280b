/**
 * Every string Gloss shows the reader comes from `public/_locales/en/messages.json` (the
 * browser's i18n format, ready for translation). In the extension `browser.i18n` picks the
 * reader's language; in Node and unit tests the bundled English messages stand in.
 */
import { browser } from 'wxt/browser';
import messages from '@/public/_locales/en/messages.json';
import type { VerdictLabel, Viewpoint } from '@/lib/data/schema';
import type { Relation } from '@/lib/match/relation';

export type MessageKey = keyof typeof messages;

/** The message for `key`, with `$1`, `$2`… replaced by `subs`. */
export function msg(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  try {
    // WXT types getMessage for its own i18n module only; ours are plain `_locales` messages.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    const localised = getMessage(key, strings);
    if (localised) return localised;
  } catch {
    // No i18n API here (unit tests, Node): fall through to English.
  }
  return messages[key].message.replace(/\$(\d)/g, (_, n: string) => strings[Number(n) - 1] ?? '');
}

/** The language of the strings the reader sees (a BCP 47 tag): for `lang` attributes. */
export const uiLanguage = () => msg('uiLanguage');

/** Plural categories every message with a count has, in every language (en: few and many say what other says). */
type PluralForm = 'one' | 'few' | 'many' | 'other';
type PluralBase = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

/**
 * The message for a count, in the form the reader's language wants for it (Intl.PluralRules):
 * "1 нотатка", "3 нотатки", "5 нотаток". `count` is `$1` unless `subs` say otherwise.
 */
export function plural(base: PluralBase, count: number, ...subs: (string | number)[]): string {
  let form: string;
  try {
    form = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {
    form = 'other';
  }
  const key = (['one', 'few', 'many', 'other'] satisfies PluralForm[]).includes(form as PluralForm) ? form : 'other';
  return msg(`${base}_${key}` as MessageKey, ...(subs.length ? subs : [count.toLocaleString()]));
}

export const verdictText = (label: VerdictLabel) => msg(`verdict_${label.replace(/-/g, '_')}` as MessageKey);
export const relationText = (relation: Relation) => msg(`relation_${relation}`);
export const viewpointText = (viewpoint: Viewpoint) => msg(`viewpoint_${viewpoint.replace(/-/g, '_')}` as MessageKey);

export const t = {
  highlightLabel: (title: string, verdict: string) => (verdict ? msg('highlightLabelVerdict', title, verdict) : msg('highlightLabel', title)),
  highlightPosition: (n: number, of: number) => msg('highlightPosition', n, of),
  highlightMoveHint: () => msg('highlightMoveHint'),
  cardLabel: () => msg('cardLabel'),
  close: () => msg('close'),
  pin: () => msg('pin'),
  unpin: () => msg('unpin'),
  asOf: (date: string) => msg('asOf', date),
  verdictProvenance: (edition: string) => msg('verdictProvenance', edition),
  otherEvent: (named: string, event: string) => msg('otherEvent', named, event),
  lookHeading: () => msg('lookHeading'),
  lookLegend: () => msg('lookLegend'),
  lookSubtle: () => msg('lookSubtle'),
  lookFull: () => msg('lookFull'),
  lookOff: () => msg('lookOff'),
  staleNotice: () => msg('staleNotice'),
  context: () => msg('context'),
  sinceThen: () => msg('sinceThen'),
  perspectives: () => msg('perspectives'),
  whyMatched: () => msg('whyMatched'),
  possiblyRelated: () => msg('possiblyRelated'),
  whyMatchedText: (score: number) => msg('whyMatchedText', msg(score >= 0.8 ? 'strengthStrong' : score >= 0.6 ? 'strengthGood' : 'strengthWeak')),
  related: () => msg('related'),
  alsoInSentence: () => msg('alsoInSentence'),
  loading: () => msg('loading'),
  loadFailed: (error: string) => msg('loadFailed', error),
  yourNote: () => msg('yourNote'),
  notePlaceholder: () => msg('notePlaceholder'),
  passageNotePlaceholder: () => msg('passageNotePlaceholder'),
  saveNote: () => msg('saveNote'),
  deleteNote: () => msg('deleteNote'),
  noteSaved: (when: string) => msg('noteSaved', when),
  noteDeleted: () => msg('noteDeleted'),
  noteSaveFailed: (error: string) => msg('noteSaveFailed', error),
  noteSaving: () => msg('noteSaving'),
  noteConflict: () => msg('noteConflict'),
  noteStorageFull: () => msg('noteStorageFull'),
  seenElsewhere: (pages: number, since: string) => plural('seenElsewhere', pages, pages.toLocaleString(), since),
  seenWhere: () => msg('seenWhere'),
  passageNoteTitle: () => msg('passageNoteTitle'),
  selectFirst: () => msg('selectFirst'),
  notesHeading: () => msg('notesHeading'),
  notesSearch: () => msg('notesSearch'),
  notesKind: () => msg('notesKind'),
  notesKindAll: () => msg('notesKindAll'),
  notesKindPassage: () => msg('notesKindPassage'),
  notesKindClaim: () => msg('notesKindClaim'),
  notesKindOrphaned: () => msg('notesKindOrphaned'),
  notesKindConflict: () => msg('notesKindConflict'),
  notesSite: () => msg('notesSite'),
  notesAllSites: () => msg('notesAllSites'),
  notesClaim: () => msg('notesClaim'),
  notesAllClaims: () => msg('notesAllClaims'),
  notesCount: (shown: number, all: number) =>
    shown === all ? plural('notesCountAll', all) : msg('notesCountSome', shown.toLocaleString(), all.toLocaleString()),
  notesNoPage: () => msg('notesNoPage'),
  notesOnClaim: (title: string) => msg('notesOnClaim', title),
  notesOrphan: () => msg('notesOrphan'),
  notesConflictCopy: () => msg('notesConflictCopy'),
  notesEdit: () => msg('notesEdit'),
  notesDone: () => msg('notesDone'),
  notesDelete: (start: string) => msg('notesDelete', start),
  notesPages: () => msg('notesPages'),
  notesPrevious: () => msg('notesPrevious'),
  notesNext: () => msg('notesNext'),
  notesPageOf: (page: number, pages: number) => msg('notesPageOf', page, pages),
  notesExportImport: () => msg('notesExportImport'),
  exportJsonLd: () => msg('exportJsonLd'),
  exportMarkdown: () => msg('exportMarkdown'),
  importFile: () => msg('importFile'),
  importDone: (added: number, updated: number, unchanged: number) => msg('importDone', added, updated, unchanged),
  importRefused: (file: string, problems: number) => plural('importRefused', problems, file, problems.toLocaleString()),
  importProblem: (where: string, field: string, why: string) => msg('importProblem', where, field, why),
  importWholeFile: () => msg('importWholeFile'),
  importItem: (n: number, id: string) => msg('importItem', n, id || '—'),
  importMoreProblems: (n: number) => msg('importMoreProblems', n),
  historyHeading: () => msg('historyHeading'),
  historyToggle: () => msg('historyToggle'),
  historyClear: () => msg('historyClear'),
  historyCleared: () => msg('historyCleared'),
  historyFor: (title: string) => msg('historyFor', title),
  historyNone: () => msg('historyNone'),
  historySeen: (first: string, last: string) => msg('historySeen', first, last),
  popupOrphans: () => msg('popupOrphans'),
  popupOrphansHelp: () => msg('popupOrphansHelp'),
  popupReattach: () => msg('popupReattach'),
  popupNotesPlaced: (n: number) => msg('popupNotesPlaced', n),
  passageMarkerLabel: () => msg('passageMarkerLabel'),
  noteTooLong: (max: number) => msg('noteTooLong', max.toLocaleString()),
  dismissHere: () => msg('dismissHere'),
  dismissAllHere: () => msg('dismissAllHere'),
  hideEverywhere: () => msg('hideEverywhere'),
  dismissedHere: () => msg('dismissedHere'),
  hiddenEverywhere: () => msg('hiddenEverywhere'),
  undo: () => msg('undo'),
  popupTitle: () => msg('popupTitle'),
  popupOnHere: (host: string) => msg('popupOnHere', host),
  popupOffHere: (host: string) => msg('popupOffHere', host),
  popupToggle: () => msg('popupToggle'),
  popupClaimsFound: (n: number) => plural('popupClaimsFound', n),
  popupNoClaims: () => msg('popupNoClaims'),
  popupGroup: (relation: Relation) => msg(`popupGroup_${relation}`),
  popupOffReason: () => msg('popupOffReason'),
  popupDismissed: () => msg('popupDismissed'),
  popupHidden: () => msg('popupHidden'),
  popupPaused: (until: number) =>
    until >= Number.MAX_SAFE_INTEGER ? msg('popupPausedIndefinitely') : msg('popupPaused', new Date(until).toLocaleTimeString()),
  pauseHour: () => msg('pauseHour'),
  pauseUntilResumed: () => msg('pauseUntilResumed'),
  resume: () => msg('resume'),
  openOptions: () => msg('openOptions'),
  optionsTitle: () => msg('optionsTitle'),
  optionsSites: () => msg('optionsSites'),
  optionsSitesIntro: () => msg('optionsSitesIntro'),
  optionsNoSitesOff: () => msg('optionsNoSitesOff'),
  optionsTurnOn: (host: string) => msg('optionsTurnOn', host),
  optionsPause: () => msg('optionsPause'),
  privacyPolicy: () => msg('privacyPolicy'),
  claimsHeading: () => msg('claimsHeading'),
  claimsSearch: () => msg('claimsSearch'),
  claimsShown: (shown: number, all: number) => msg('claimsShown', shown.toLocaleString(), all.toLocaleString()),
  claimsWhere: () => msg('claimsWhere'),
  welcomeTitle: () => msg('welcomeTitle'),
  welcomeDoesHeading: () => msg('welcomeDoesHeading'),
  welcomeDoes: () => msg('welcomeDoes'),
  welcomeKnowsHeading: () => msg('welcomeKnowsHeading'),
  welcomeKnows: (claims: number, date: string) => msg('welcomeKnows', claims, date),
  welcomeNextHeading: () => msg('welcomeNextHeading'),
  welcomeNext: () => msg('welcomeNext'),
  welcomeNeverHeading: () => msg('welcomeNeverHeading'),
  welcomeNever: () => msg('welcomeNever'),
  welcomeOffHeading: () => msg('welcomeOffHeading'),
  welcomeOff: () => msg('welcomeOff'),
  accessHeading: () => msg('accessHeading'),
  accessIntro: () => msg('accessIntro'),
  accessEverywhere: () => msg('accessEverywhere'),
  accessChosen: () => msg('accessChosen'),
  accessStatusEverywhere: () => msg('accessStatusEverywhere'),
  accessStatusChosen: () => msg('accessStatusChosen'),
  accessStatusNone: () => msg('accessStatusNone'),
  accessNotGranted: () => msg('accessNotGranted'),
  accessChosenSites: () => msg('accessChosenSites'),
  accessNoChosenSites: () => msg('accessNoChosenSites'),
  accessAddLabel: () => msg('accessAddLabel'),
  accessAdd: () => msg('accessAdd'),
  accessRemove: (host: string) => msg('accessRemove', host),
  accessBadSite: (input: string) => msg('accessBadSite', input),
  popupNoAccess: () => msg('popupNoAccess'),
  popupAllowSite: (host: string) => msg('popupAllowSite', host),
  popupNoAccessUnknown: () => msg('popupNoAccessUnknown'),
};
