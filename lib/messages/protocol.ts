/**
 * The typed message protocol between the extension's parts. Every message is validated against
 * its schema by the receiver (see `router.ts`); the sender's types come from the same schemas.
 *
 * Directions:
 * - Requests: content script / popup → background (the store's only door).
 * - Page requests: popup → content script of a tab.
 * - Events: background → content scripts.
 */
import { HIGHLIGHT_LOOKS } from '../store/highlight-look';
import * as v from 'valibot';

import {
  ClaimIdSchema as ClaimId,
  NOTE_MAX_LENGTH,
  NoteIdSchema as NoteId,
  NoteSchema,
  NoteTextSchema as NoteText,
  PageUrlSchema as PageUrl,
  PositionSchema,
  QuoteSchema,
  TitleSchema as Title,
} from '../notes/note-schema';

import { MAX_PACK_BYTES } from '../packs/pack-limits';
import { PAGE_TEXT_BATCH_CHARS, PAGE_TEXT_BLOCK_CHARS } from '../page/page-text-limits';

export { NOTE_MAX_LENGTH };
const Host = v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.:[\]-]+$/i));
/** The `updatedAt` of the version an editor started from; null for a new note. */
const Base = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));
const Ids = v.pipe(v.array(NoteId), v.maxLength(10_000));
/** A batch of a page's text blocks (see page-text-limits.ts). */
const PageText = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(PAGE_TEXT_BLOCK_CHARS))),
  v.maxLength(10_000),
  v.check((blocks) => blocks.reduce((sum, b) => sum + b.length, 0) <= PAGE_TEXT_BATCH_CHARS, 'too much text in one batch'),
);

const PackId = v.pipe(v.string(), v.maxLength(60), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const RequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('claims/get'), ids: v.pipe(v.array(ClaimId), v.maxLength(500)) }),
  /** Every claim, as a line each (the options page's claims browser). */
  v.strictObject({ type: v.literal('claims/all') }),
  v.strictObject({ type: v.literal('note/get'), claimId: ClaimId }),
  v.strictObject({ type: v.literal('note/save'), claimId: ClaimId, text: NoteText, baseUpdatedAt: Base, url: v.nullable(PageUrl), title: Title }),
  v.strictObject({ type: v.literal('note/delete'), claimId: ClaimId }),
  v.strictObject({ type: v.literal('site/get'), host: Host }),
  v.strictObject({ type: v.literal('site/set'), host: Host, enabled: v.boolean() }),
  v.strictObject({ type: v.literal('suppressed/get'), url: PageUrl }),
  v.strictObject({ type: v.literal('dismissal/set'), url: PageUrl, claimId: ClaimId, dismissed: v.boolean() }),
  v.strictObject({ type: v.literal('hidden/set'), claimId: ClaimId, hidden: v.boolean() }),
  v.strictObject({ type: v.literal('sites/list') }),
  /** How highlights look on every site (options page). */
  v.strictObject({ type: v.literal('look/set'), look: v.picklist(HIGHLIGHT_LOOKS) }),
  /** `until`: ms since the epoch, or null to resume. */
  v.strictObject({ type: v.literal('pause/set'), until: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  /** Passage notes of one page, to place on it. */
  v.strictObject({ type: v.literal('passage/list'), url: PageUrl }),
  v.strictObject({
    type: v.literal('passage/save'),
    id: NoteId,
    url: PageUrl,
    title: Title,
    quote: QuoteSchema,
    position: PositionSchema,
    text: NoteText,
    baseUpdatedAt: Base,
  }),
  v.strictObject({ type: v.literal('passage/delete'), id: NoteId, url: PageUrl }),
  /** What a visit could place on its page, and what it could not (orphans). */
  v.strictObject({ type: v.literal('passage/placed'), url: PageUrl, placed: Ids, orphaned: Ids }),
  /** The notes manager (extension pages only). */
  v.strictObject({ type: v.literal('notes/all') }),
  v.strictObject({ type: v.literal('notes/edit'), id: NoteId, text: NoteText, baseUpdatedAt: Base }),
  v.strictObject({ type: v.literal('notes/delete'), id: NoteId }),
  v.strictObject({ type: v.literal('notes/restore'), note: NoteSchema }),
  /** Writes validated notes from an imported file, all or nothing. */
  v.strictObject({ type: v.literal('notes/import'), notes: v.pipe(v.array(NoteSchema), v.maxLength(100_000)) }),
  /** Where the reader met claims: recorded by pages, read by the card, managed in the options. */
  v.strictObject({ type: v.literal('history/seen'), url: PageUrl, title: Title, claimIds: v.pipe(v.array(ClaimId), v.maxLength(500)) }),
  v.strictObject({ type: v.literal('history/list'), claimId: ClaimId }),
  /** For the card: on how many other pages, and when, without saying which. */
  v.strictObject({ type: v.literal('history/summary'), claimId: ClaimId, url: PageUrl }),
  v.strictObject({ type: v.literal('history/settings') }),
  v.strictObject({ type: v.literal('history/set'), enabled: v.boolean() }),
  v.strictObject({ type: v.literal('history/clear') }),
  /** The card's "Where?": Gloss's own page with the claim's history (a page cannot open it). */
  v.strictObject({ type: v.literal('options/open'), claimId: v.optional(ClaimId) }),
  /**
   * From the small script every page gets: start the rest of Gloss in the sender's tab. `always`
   * when the reader asked for something only the rest does; `if-notes` when a note may have been
   * added to this page elsewhere, started only if the reader has passage notes there.
   */
  v.strictObject({ type: v.literal('page/start'), url: PageUrl, when: v.picklist(['always', 'if-notes']) }),
  /** From the rest of Gloss in a page: inject the card's code into the sender's tab (lazy-card.ts). */
  v.strictObject({ type: v.literal('page/card') }),
  /**
   * From the small script every page gets: some of the page's text, block by block. The
   * background runs the prefilter on it (so no page carries the prefilter's table or pays for
   * its work) and starts the rest of Gloss in the sender's tab if a known claim may be there,
   * or, with `notes`, if the reader keeps passage notes on this page. Nothing is kept.
   */
  v.strictObject({ type: v.literal('page/read'), url: PageUrl, blocks: PageText, notes: v.boolean() }),
  /** Claim packs (options page): list, import a file as picked, switch, delete and undo, export. */
  v.strictObject({ type: v.literal('packs/list') }),
  v.strictObject({ type: v.literal('packs/import'), fileName: v.pipe(v.string(), v.maxLength(300)), text: v.pipe(v.string(), v.maxLength(MAX_PACK_BYTES)) }),
  v.strictObject({ type: v.literal('packs/set-enabled'), id: PackId, enabled: v.boolean() }),
  v.strictObject({ type: v.literal('packs/delete'), id: PackId }),
  v.strictObject({ type: v.literal('packs/undelete'), id: PackId }),
  v.strictObject({ type: v.literal('packs/export'), id: PackId }),
  /** From a page: how many pack claims are on (none: the page sends no sentences). */
  v.strictObject({ type: v.literal('packs/active') }),
  /** From a page: which pack claims its sentences make (matched in the background, where the packs are). */
  /** A page's blocks of text, split into sentences and matched against the bundled claims in the background (off the page's main thread). */
  v.strictObject({ type: v.literal('claims/match'), url: PageUrl, blocks: PageText }),
  /**
   * From the rest of Gloss in a page: whether some of these blocks may make a known claim (the
   * scout's test, `page/read`, without starting anything). Asked of the background, where the
   * prefilter is, so that no page carries its table or builds its lookups.
   */
  v.strictObject({ type: v.literal('page/topic'), url: PageUrl, blocks: PageText }),
  v.strictObject({ type: v.literal('packs/match'), url: PageUrl, sentences: PageText }),
  /** How many distinct claims the sender's page shows (the toolbar badge). */
  v.strictObject({ type: v.literal('page/found'), count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)) }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

export const PageRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('page/status') }),
  /** Scroll to the claim's first highlight and open its card (from the popup's list). */
  v.strictObject({ type: v.literal('page/show-claim'), claimId: ClaimId }),
  /** Start a note on the reader's current selection (context menu, keyboard command). */
  v.strictObject({ type: v.literal('page/add-note') }),
  /** Move an orphaned note onto the reader's current selection. */
  v.strictObject({ type: v.literal('page/reattach'), id: NoteId }),
]);
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;

export const EventSchema = v.variant('type', [
  v.strictObject({ type: v.literal('site/changed'), host: Host, enabled: v.boolean() }),
  /** Dismissals or hidden claims changed: pages re-read theirs. */
  v.strictObject({ type: v.literal('suppressed/changed') }),
  v.strictObject({ type: v.literal('pause/changed'), paused: v.boolean() }),
  v.strictObject({ type: v.literal('look/changed'), look: v.picklist(HIGHLIGHT_LOOKS) }),
  /** A pack was imported, switched or deleted: pages scan again. */
  v.strictObject({ type: v.literal('packs/changed') }),
  /** The reader changed where Gloss may read: pages of sites no longer covered stop. */
  v.strictObject({ type: v.literal('access/changed'), everywhere: v.boolean(), sites: v.pipe(v.array(Host), v.maxLength(10_000)) }),
  /**
   * Notes changed elsewhere (another tab, the manager, an import): open editors re-read, and the
   * tabs of `passagesOn` place their passage notes again (null: none changed; absent: any page).
   */
  v.strictObject({ type: v.literal('notes/changed'), passagesOn: v.optional(v.nullable(PageUrl)) }),
]);
export type GlossEvent = v.InferOutput<typeof EventSchema>;

/** What crosses the boundary instead of a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
