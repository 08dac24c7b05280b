/** The value each request resolves to, keyed by request type. */
import type { Claim } from '../data/schema';
import type { ClaimNote } from '../store/types';

export interface ResponseOf {
  'claims/get': Claim[];
  'note/get': ClaimNote | null;
  'note/save': ClaimNote | null;
  'note/delete': null;
  'site/get': { host: string; enabled: boolean };
  'site/set': { host: string; enabled: boolean };
}

/** What a content script tells the popup about its page. */
export interface PageStatus {
  host: string;
  enabled: boolean;
  claims: { id: string; title: string; verdict: string; count: number }[];
}
