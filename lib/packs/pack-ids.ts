/** Ids for packs and their claims, within what the rest of Gloss accepts (`[a-z0-9-]`, ≤ 80). */
import { hashText } from '../util/hash';

export const PACK_CLAIM_PREFIX = 'pack-';

/** A pack's id from its own `id` or its file name: lowercase words joined by hyphens, ≤ 40. */
export function packIdFrom(name: string): string {
  const slug = name
    .replace(/\.(json|jsonld|txt)$/i, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || `pack-${hashText(name)}`;
}

/** Stable across versions of a pack, so notes and suppressions keyed to a claim survive. */
export const packClaimId = (packId: string, localId: string) => `${PACK_CLAIM_PREFIX}${packId}-${hashText(localId)}`;

/** Bundled claim ids never start with the prefix (a data test holds the dataset to it). */
export const isPackClaimId = (id: string) => id.startsWith(PACK_CLAIM_PREFIX);
