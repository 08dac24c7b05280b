/** The value each request resolves to, keyed by request type. */
import type { Claim } from '../data/schema';
import type { ClaimNote } from '../store/types';
import type { Suppressed } from '../store/suppressions';

export interface ResponseOf {
  'claims/get': Claim[];
  'note/get': ClaimNote | null;
  'note/save': ClaimNote | null;
  'note/delete': null;
  /** `enabled`: the site's own setting; `paused`: Gloss is paused everywhere. */
  'site/get': { host: string; enabled: boolean; paused: boolean };
  'site/set': { host: string; enabled: boolean };
  'suppressed/get': Suppressed;
  'dismissal/set': null;
  'hidden/set': null;
  'sites/list': { disabled: { host: string; updatedAt: number }[]; pausedUntil: number | null };
  'pause/set': { pausedUntil: number | null };
  'page/found': null;
}

/** What a content script tells the popup about its page. */
export interface PageStatus {
  host: string;
  url: string;
  enabled: boolean;
  paused: boolean;
  claims: { id: string; title: string; verdict: string; count: number }[];
  /** Suppressed claims that this page would otherwise show, with their titles, for undo. */
  dismissed: { id: string; title: string }[];
  hidden: { id: string; title: string }[];
}
