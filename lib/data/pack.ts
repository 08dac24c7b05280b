/**
 * Claim packs for the CLI's rank mode: the dataset's own format, or a minimal one an author can
 * write by hand or export from another tool: `{ "claims": [{ "id": "...", "text": "..." }] }`.
 */
import * as v from 'valibot';
import type { IndexableClaim } from '../match/claim-index';
import { ClaimSchema } from './schema';

const MinimalClaim = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(5000)),
});

export const PackSchema = v.strictObject({
  claims: v.pipe(v.array(v.union([MinimalClaim, ClaimSchema])), v.minLength(1)),
});

/** The pack's claims in the form the index takes; a minimal claim's text is its only wording. */
export function packClaims(json: unknown): { ok: true; claims: IndexableClaim[] } | { ok: false; error: string } {
  const parsed = v.safeParse(PackSchema, json);
  if (!parsed.success) {
    const first = parsed.issues[0];
    return { ok: false, error: `${v.getDotPath(first) ?? '(pack)'}: ${first.message}` };
  }
  const claims = parsed.output.claims.map((c): IndexableClaim => ('text' in c ? { id: c.id, title: c.text, match: { all: [], paraphrases: [] } } : c));
  return { ok: true, claims };
}
