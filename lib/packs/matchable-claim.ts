/**
 * What the background keeps of a pack claim for matching: its wordings as stems, its names and
 * what it predicates, and its verdict class for the highlight. Not its text or reviews, which
 * stay in IndexedDB until a card asks for them.
 */
import { predicateStems } from './predicate';
import type { RatingClass } from './rating';

/** A claim's names as the stems they match: acronyms are stored in capitals (pack-types.ts). */
export const nameStems = (names: readonly string[] = []): Set<string> => new Set(names.map((n) => n.toLowerCase()));
/** Of those, the acronyms ("US"): shared only where a sentence writes them with a capital. */
export const acronymStems = (names: readonly string[] = []): Set<string> => new Set(names.filter((n) => n !== n.toLowerCase()).map((n) => n.toLowerCase()));

export interface MatchableClaim {
  id: string;
  wordings: string[];
  /** Stems of its names (capitalised words): shared names alone do not make the claim. */
  names?: string[];
  /** Stems of what it says about its subject, joined by spaces; empty when none (predicate.ts), from `text` when absent. */
  predicate?: string;
  text?: string;
  verdict: RatingClass;
}

/** Only what matching needs, so the background does not keep every claim's text and reviews in memory. */
export const matchable = (claims: readonly MatchableClaim[]): MatchableClaim[] =>
  claims.map(({ id, wordings, names, verdict, text, predicate = text ? (predicateStems(text, nameStems(names)) ?? '') : undefined }) => ({
    ...{ id, wordings, verdict },
    ...(names ? { names } : {}),
    ...(predicate === undefined ? {} : { predicate }),
  }));
