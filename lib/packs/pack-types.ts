/** A claim pack as stored in IndexedDB (lib/store/packs.ts), and its claims. */
import type { Claim } from '../data/schema';
import type { Review } from './claimreview';
import type { RatingClass } from './rating';

export interface StoredPack {
  /** From the pack's own `id`, else its file name: a later file with the same id is a newer version. */
  id: string;
  name: string;
  /** Who made it: the pack's `source`, else the fact-checkers it quotes. */
  source: string;
  format: 'gloss' | 'claimreview';
  version?: string;
  importedAt: number;
  enabled: boolean;
  count: number;
  /** Hash of the file as imported: the same file again changes nothing. */
  digest: string;
  /** The file as imported, for export. */
  original: string;
  /** Set while a deletion can still be undone; the pack is gone for every other purpose. */
  deletedAt: number | null;
}

/** A pack as the options page lists it (the original file stays in the background). */
export type PackSummary = Omit<StoredPack, 'original' | 'digest' | 'deletedAt'>;

export interface StoredPackClaim {
  /** Global: `pack-<pack id>-<hash of the claim's id in the pack>`, so notes survive a newer version. */
  id: string;
  packId: string;
  /** The claim's id inside its pack. */
  localId: string;
  text: string;
  claimant?: string;
  appearances: string[];
  reviews: Review[];
  /** The strictest rating among its reviews, on Gloss's small scale: the highlight's style. */
  verdict: RatingClass;
  /** A full Gloss claim, when the pack has one: shown as the bundled claims are. */
  claim?: Claim;
  /** The claim's wordings as content stems joined by spaces, computed once at import. */
  wordings: string[];
  /**
   * Stems of the words it writes with a capital (not first): names, which alone do not make a claim.
   * An acronym's ("US") is kept in capitals ("US"), since a sentence shares it only when written
   * with a capital (the pronoun "us" is not the country); packs stored before keep lowercase only.
   */
  names?: string[];
  /** Stems of what it says about its subject, joined by spaces (predicate.ts); empty when it has no auxiliary, absent in packs imported before. */
  predicate?: string;
}
