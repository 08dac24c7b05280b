/**
 * Claim packs for the CLI's rank mode, in any format `readPack` reads: the dataset's own, the
 * minimal `{ "claims": [{ "id": "...", "text": "..." }] }`, or published fact-checks (ClaimReview
 * JSON-LD, the Fact Check Tools API). A claim without term groups is ranked by its words alone.
 */
import type { IndexableClaim } from '../match/claim-index';
import { readPack } from '../packs/read-pack';

/** The pack's claims in the form the index takes; a claim known only by its text has that text as its only wording. */
export function packClaims(json: unknown): { ok: true; claims: IndexableClaim[] } | { ok: false; error: string } {
  const read = readPack(json);
  if (!read.ok) {
    const first = read.problems[0];
    return { ok: false, error: `${first.item === null ? '' : `item ${first.item}, `}${first.field}: ${first.message}` };
  }
  const textOnly = (id: string, text: string): IndexableClaim => ({ id, title: text, match: { all: [], paraphrases: [] } });
  if (read.format === 'claimreview') return { ok: true, claims: read.claims.map((c) => textOnly(c.id, c.text)) };
  return { ok: true, claims: read.claims.map((c) => ('text' in c ? textOnly(c.id, c.text) : c)) };
}
