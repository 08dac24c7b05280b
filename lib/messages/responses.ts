/** The value each request resolves to, keyed by request type. */
import type { BlockSentence } from '../match/block-sentences';
import type { ShownClaim } from '../packs/shown-claim';
import type { RatingClass } from '../packs/rating';
import type { PackSummary } from '../packs/pack-types';
import type { Problem } from '../packs/claimreview';
import type { ImportOutcome } from '../store/packs';
import type { SentenceMatch } from '../match/matcher';
import type { ClaimLine } from '../store/dataset';
import type { ClaimNote, Note, PassageNote, Sighting } from '../store/types';
import type { SaveResult } from '../store/notes';
import type { Suppressed } from '../store/suppressions';
import type { Relation } from '../match/relation';
import type { HighlightLook } from '../store/highlight-look';

export interface ResponseOf {
  'claims/get': ShownClaim[];
  'claims/all': ClaimLine[];
  'note/get': ClaimNote | null;
  'note/save': SaveResult<ClaimNote>;
  'note/delete': null;
  /** `enabled`: the site's own setting; `paused`: Gloss is paused everywhere; `look`: how highlights look. */
  'site/get': { host: string; enabled: boolean; paused: boolean; look: HighlightLook };
  'site/set': { host: string; enabled: boolean };
  'suppressed/get': Suppressed;
  'dismissal/set': null;
  'hidden/set': null;
  'sites/list': { disabled: { host: string; updatedAt: number }[]; pausedUntil: number | null; look: HighlightLook };
  'look/set': { look: HighlightLook };
  'pause/set': { pausedUntil: number | null };
  'page/found': null;
  /** Whether the rest of Gloss now runs in the sender's tab. */
  'page/start': { started: boolean };
  'page/card': { loaded: boolean };
  'page/read': { started: boolean };
  'page/topic': { onTopic: boolean };
  'passage/list': PassageNote[];
  'passage/save': SaveResult<PassageNote>;
  'passage/delete': null;
  'passage/placed': null;
  'notes/all': Note[];
  'notes/edit': SaveResult;
  /** The deleted note, for undo. */
  'notes/delete': Note | null;
  'notes/restore': null;
  /** Of the file's notes: new ones, ones that replaced an older version, and ones already there. */
  'notes/import': { added: number; updated: number; unchanged: number };
  'history/seen': null;
  'history/list': Sighting[];
  'history/summary': { otherPages: number; firstSeen: number | null; enabled: boolean };
  'history/settings': { enabled: boolean };
  'history/set': { enabled: boolean };
  'history/clear': null;
  'options/open': null;
  'packs/list': PackSummary[];
  /** The import's outcome, or every problem found (item, field, why), with nothing stored. */
  'packs/import': { ok: true; outcome: ImportOutcome } | { ok: false; problems: Problem[] };
  'packs/set-enabled': null;
  'packs/delete': null;
  'packs/undelete': null;
  'packs/export': { name: string; text: string } | null;
  'packs/active': { claims: number };
  /** Per sentence, in order: the pack claims it makes (at most one each). */
  'claims/match': BlockSentence[][];
  'packs/match': SentenceMatch[][];
}

/** What a content script tells the popup about its page. */
export interface PageStatus {
  host: string;
  url: string;
  enabled: boolean;
  paused: boolean;
  /** `relation`: how the page treats the claim, from its sentences: makes it anywhere, else reports it, else disputes it. */
  /** `rating`: for a pack claim known by its text alone, its fact-checkers' rating, shown instead of the verdict. */
  claims: { id: string; title: string; verdict: string; rating?: RatingClass; count: number; relation: Relation }[];
  /** Suppressed claims that this page would otherwise show, with their titles, for undo. */
  dismissed: { id: string; title: string }[];
  hidden: { id: string; title: string }[];
  /** Passage notes on this page: how many are placed, and the ones that could not be (orphans). */
  notesPlaced: number;
  orphans: { id: string; quote: string; text: string }[];
}
