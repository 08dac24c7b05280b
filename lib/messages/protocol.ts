/**
 * The typed message protocol between the extension's parts. Every message is validated against
 * its schema by the receiver (see `router.ts`); the sender's types come from the same schemas.
 *
 * Directions:
 * - Requests: content script / popup → background (the store's only door).
 * - Page requests: popup → content script of a tab.
 * - Events: background → content scripts.
 */
import * as v from 'valibot';

const ClaimId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
const PageUrl = v.pipe(v.string(), v.maxLength(4096), v.url(), v.regex(/^https?:/));
const Host = v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.:[\]-]+$/i));
/** A note may be long, but not unbounded: 20,000 characters is about eight pages. */
export const NOTE_MAX_LENGTH = 20_000;

export const RequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('claims/get'), ids: v.pipe(v.array(ClaimId), v.maxLength(500)) }),
  v.strictObject({ type: v.literal('note/get'), claimId: ClaimId }),
  v.strictObject({ type: v.literal('note/save'), claimId: ClaimId, text: v.pipe(v.string(), v.maxLength(NOTE_MAX_LENGTH)) }),
  v.strictObject({ type: v.literal('note/delete'), claimId: ClaimId }),
  v.strictObject({ type: v.literal('site/get'), host: Host }),
  v.strictObject({ type: v.literal('site/set'), host: Host, enabled: v.boolean() }),
  v.strictObject({ type: v.literal('suppressed/get'), url: PageUrl }),
  v.strictObject({ type: v.literal('dismissal/set'), url: PageUrl, claimId: ClaimId, dismissed: v.boolean() }),
  v.strictObject({ type: v.literal('hidden/set'), claimId: ClaimId, hidden: v.boolean() }),
  v.strictObject({ type: v.literal('sites/list') }),
  /** `until`: ms since the epoch, or null to resume. */
  v.strictObject({ type: v.literal('pause/set'), until: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  /** How many distinct claims the sender's page shows (the toolbar badge). */
  v.strictObject({ type: v.literal('page/found'), count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)) }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

export const PageRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('page/status') }),
  /** Scroll to the claim's first highlight and open its card (from the popup's list). */
  v.strictObject({ type: v.literal('page/show-claim'), claimId: ClaimId }),
]);
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;

export const EventSchema = v.variant('type', [
  v.strictObject({ type: v.literal('site/changed'), host: Host, enabled: v.boolean() }),
  /** Dismissals or hidden claims changed: pages re-read theirs. */
  v.strictObject({ type: v.literal('suppressed/changed') }),
  v.strictObject({ type: v.literal('pause/changed'), paused: v.boolean() }),
  /** The reader changed where Gloss may read: pages of sites no longer covered stop. */
  v.strictObject({ type: v.literal('access/changed'), everywhere: v.boolean(), sites: v.pipe(v.array(Host), v.maxLength(10_000)) }),
]);
export type GlossEvent = v.InferOutput<typeof EventSchema>;

/** What crosses the boundary instead of a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
