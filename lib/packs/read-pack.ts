/**
 * A claim pack in any format Gloss reads, recognised by its shape: Gloss's own
 * (`{ "claims": [{ "id", "text" } | full claim] }`), or published fact-checks (claimreview.ts).
 * One report for the CLI's `pack:check` and, later, the options page's import: every problem
 * with the item (from 1), the field and why. All or nothing: a pack with a problem is refused.
 */
import * as v from 'valibot';
import { ClaimSchema } from '../data/schema';
import { readClaimReviews, type Problem, type ReviewedClaim } from './claimreview';

const MinimalClaim = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/, 'letters, digits and ._:- only, at most 200')),
  text: v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(5000, 'longer than 5000 characters')),
});

const Label = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'empty'), v.maxLength(max, `longer than ${max} characters`));

export const GlossPackSchema = v.strictObject({
  /** Names the pack across versions: a file with the same id replaces its claims (else the file name does). */
  id: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'), v.maxLength(40, 'longer than 40 characters'))),
  name: v.optional(Label(120)),
  /** Who made it, or where it comes from. */
  source: v.optional(Label(300)),
  version: v.optional(Label(60)),
  claims: v.pipe(v.array(v.union([MinimalClaim, ClaimSchema], 'neither { id, text } nor a full Gloss claim')), v.minLength(1, 'no claims')),
});

/** What a Gloss pack says about itself; every field optional. */
export type PackAbout = Partial<Record<'id' | 'name' | 'source' | 'version', string>>;

export type MinimalClaim = v.InferOutput<typeof MinimalClaim>;
export type FullClaim = v.InferOutput<typeof ClaimSchema>;

export type PackRead =
  | { ok: true; format: 'gloss'; claims: (MinimalClaim | FullClaim)[]; about: PackAbout }
  | { ok: true; format: 'claimreview'; claims: ReviewedClaim[] }
  | { ok: false; problems: Problem[] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Gloss's own format: an object whose `claims` are not Fact Check Tools API entries. */
function looksLikeGlossPack(json: unknown): boolean {
  return isObject(json) && Array.isArray(json.claims) && !json.claims.some((c) => isObject(c) && 'claimReview' in c);
}

export function readPack(json: unknown): PackRead {
  if (!looksLikeGlossPack(json)) {
    const read = readClaimReviews(json);
    return read.ok ? { ok: true, format: 'claimreview', claims: read.claims } : read;
  }
  const parsed = v.safeParse(GlossPackSchema, json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.issues.map((issue) => {
        const path = issue.path ?? [];
        const item = path[1]?.key;
        return {
          item: typeof item === 'number' ? item + 1 : null,
          field:
            path
              .slice(2)
              .map((p) => String(p.key))
              .join('.') || (typeof item === 'number' ? '(claim)' : '(file)'),
          message: issue.message,
        };
      }),
    };
  const ids = new Set<string>();
  const problems: Problem[] = [];
  parsed.output.claims.forEach((c, i) => {
    if (ids.has(c.id)) problems.push({ item: i + 1, field: 'id', message: `"${c.id}" is used twice` });
    ids.add(c.id);
  });
  const { claims, ...about } = parsed.output;
  return problems.length ? { ok: false, problems } : { ok: true, format: 'gloss', claims, about };
}
