/**
 * A pack claim in the shape the card and the claims browser already show: a dataset claim, with
 * `pack` saying where it came from and, for a claim known only by its text, what the
 * fact-checkers said (their own wording, name, date and link) in place of Gloss's verdict.
 */
import type { Claim, VerdictLabel } from '../data/schema';
import type { Review } from './claimreview';
import type { StoredPack, StoredPackClaim } from './pack-types';
import type { RatingClass } from './rating';

export interface PackOrigin {
  packId: string;
  packName: string;
  packSource: string;
  /** Whether the pack gave a full Gloss claim (context, perspectives) or the claim's text alone. */
  full: boolean;
  claimant?: string;
  appearances: string[];
  reviews: Review[];
  rating: RatingClass;
}

/** A claim as the card shows it; `pack` is absent for the bundled dataset's. */
export type ShownClaim = Claim & { pack?: PackOrigin };

/** The label whose highlight style fits a rating (verdict-class.ts): unrated looks contested, not accurate. */
const LABEL_OF: Record<RatingClass, VerdictLabel> = {
  false: 'inaccurate',
  misleading: 'misleading',
  mixed: 'missing-context',
  true: 'accurate',
  unrated: 'opinion',
};

export function shownPackClaim({ claim, pack }: { claim: StoredPackClaim; pack: StoredPack }): ShownClaim {
  const origin: PackOrigin = {
    packId: pack.id,
    packName: pack.name,
    packSource: pack.source,
    full: claim.claim !== undefined,
    ...(claim.claimant ? { claimant: claim.claimant } : {}),
    appearances: claim.appearances,
    reviews: claim.reviews,
    rating: claim.verdict,
  };
  if (claim.claim) return { ...claim.claim, pack: origin };
  const newest =
    claim.reviews
      .map((r) => r.date ?? '')
      .sort()
      .at(-1) || new Date(pack.importedAt).toISOString().slice(0, 10);
  return {
    id: claim.id,
    title: claim.text,
    statement: '',
    verdict: { label: LABEL_OF[claim.verdict], reason: '' },
    asOf: newest,
    context: [],
    perspectives: [],
    sinceThen: [],
    match: { all: [], paraphrases: [] },
    related: [],
    pack: origin,
  };
}
