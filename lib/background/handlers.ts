/**
 * The background's request handlers: the dataset and the store behind the protocol. Kept free of
 * extension APIs (the broadcast is passed in), so the whole router is tested in Node.
 */
import type { Handlers } from '../messages/router';
import type { Database } from '../store/db';
import { claimLines, getClaims } from '../store/dataset';
import { passageNotesFor } from '../store/notes';
import { createNoteHandlers } from './note-handlers';
import { createPackHandlers } from './pack-handlers';
import type { PackIndex } from '../packs/pack-index';
import type { Matcher } from '../match/matcher';
import { matchBlockTexts } from '../match/block-sentences';
import { createTurns } from './turns';
import { isPackClaimId } from '../packs/pack-ids';
import { shownPackClaim } from '../packs/shown-claim';
import { getPackClaims, packClaimLines } from '../store/packs';
import { disabledSites, isSiteEnabled, setSiteEnabled } from '../store/sites';
import { pausedUntil, setPausedUntil } from '../store/pause';
import { highlightLook, setHighlightLook } from '../store/highlight-look';
import { setDismissed, setHidden, suppressedOn } from '../store/suppressions';
import type { GlossEvent } from '../messages/protocol';
import type { Sender } from '../messages/sender-policy';

export interface HandlerDeps {
  /** Opened, with the bundled dataset loaded, on first use and then shared. */
  db: () => Promise<Database>;
  /** Sends an event to every open page (each decides whether it concerns it). */
  broadcast(event: GlossEvent): Promise<void>;
  /** Shows how many claims a tab's page has on the toolbar button. */
  setBadge(tabId: number, count: number): Promise<void>;
  /** Injects the rest of Gloss (everything but the per-page scout) into a tab's top frame. */
  startInTab(tabId: number): Promise<void>;
  /** Injects the card's code into a tab's top frame, where the rest of Gloss runs. */
  loadCardInTab(tabId: number): Promise<void>;
  /** Opens the options page, at a claim's history when given one. */
  openOptions(claimId?: string): Promise<void>;
  /** Does this block of a page's text make a known claim? (see claim-gate.ts) */
  mentionsClaim(text: string): boolean;
  /** The bundled claims' matcher, made on first use and shared with `mentionsClaim`. */
  bundledMatcher(): Matcher;
  /** The matcher over the reader's claim packs that are on (pack-index.ts). */
  packs: PackIndex;
}

/**
 * Text matched per turn: about 10 ms of matching here. A message reaching the background takes
 * several of its tasks (the channel is opened, then the message delivered), each of which waits
 * for the turn under way: with a whole batch per turn (40–180 ms), the page's other questions
 * reached the background only after all of a long page's batches had been matched.
 */
const MATCH_TURN_CHARS = 20_000;

/** `texts` in consecutive parts of about `chars` characters (a longer text is a part alone). */
function inParts(texts: readonly string[], chars: number): string[][] {
  const parts: string[][] = [];
  let size = chars;
  for (const text of texts) {
    if (size + text.length > chars) parts.push([]);
    size = parts.at(-1)!.length === 0 ? text.length : size + text.length;
    parts.at(-1)!.push(text);
  }
  return parts;
}

export function createHandlers({
  db,
  broadcast,
  setBadge,
  startInTab,
  loadCardInTab,
  openOptions,
  mentionsClaim,
  bundledMatcher,
  packs,
}: HandlerDeps): Handlers {
  /**
   * Starts the rest of Gloss in a content script's tab when it is `wanted`, or, with
   * `orIfNotes`, where the reader keeps passage notes: an off-topic page pays for the rest of
   * Gloss only then.
   */
  async function startInSendersTab(
    sender: Sender | undefined,
    url: string,
    { wanted, orIfNotes }: { wanted(): boolean | Promise<boolean>; orIfNotes: boolean },
  ) {
    if (sender?.kind !== 'content-script' || sender.tabId === undefined) return { started: false };
    if (!(await wanted()) && !(orIfNotes && (await passageNotesFor(await db(), url)).length > 0)) return { started: false };
    await startInTab(sender.tabId);
    return { started: true };
  }

  /** Whether some of a page's blocks make a known claim: the bundled claims', or a pack's that is on. */
  const mayMakeClaims = async (blocks: string[]) => blocks.some(mentionsClaim) || (await packs.mentionedIn(blocks));
  const matching = createTurns();

  return {
    ...createNoteHandlers(db, broadcast),
    ...createPackHandlers(db, broadcast, packs),
    // The reads a page's drawing waits on go before the next turn of matching (turns.ts). Reads of
    // the store only: a request that waits on pages (a broadcast, an injection) may be waiting for
    // a page that is itself waiting for its text to be matched.
    'claims/get': ({ ids }) =>
      matching.meanwhile(async () => {
        const database = await db();
        const fromPacks = new Map((await getPackClaims(database, ids.filter(isPackClaimId))).map((found) => [found.claim.id, shownPackClaim(found)]));
        const bundled = new Map(
          (
            await getClaims(
              database,
              ids.filter((id) => !isPackClaimId(id)),
            )
          ).map((c) => [c.id, c]),
        );
        return ids.flatMap((id) => bundled.get(id) ?? fromPacks.get(id) ?? []);
      }),
    // Here, not in the page: splitting and matching a long page takes a second or more of
    // script, which would otherwise be the page's main thread's (it reads the next blocks meanwhile).
    // In short turns (turns.ts), so that other requests are not kept waiting for all of it.
    'claims/match': async ({ blocks }) => {
      const turns = inParts(blocks, MATCH_TURN_CHARS).map((part) => matching.take(() => matchBlockTexts(bundledMatcher(), part)));
      return (await Promise.all(turns)).flat();
    },
    'claims/all': async () => {
      const database = await db();
      return [...(await claimLines(database)), ...(await packClaimLines(database))];
    },
    'site/get': async ({ host }) => {
      const database = await db();
      return { host, enabled: await isSiteEnabled(database, host), paused: (await pausedUntil(database)) !== null, look: await highlightLook(database) };
    },
    'site/set': async ({ host, enabled }) => {
      await setSiteEnabled(await db(), host, enabled);
      await broadcast({ type: 'site/changed', host, enabled });
      return { host, enabled };
    },
    'suppressed/get': ({ url }) => matching.meanwhile(async () => suppressedOn(await db(), url)),
    'dismissal/set': async ({ url, claimId, dismissed }) => {
      await setDismissed(await db(), url, claimId, dismissed);
      await broadcast({ type: 'suppressed/changed' });
      return null;
    },
    'sites/list': async () => {
      const database = await db();
      return { disabled: await disabledSites(database), pausedUntil: await pausedUntil(database), look: await highlightLook(database) };
    },
    'look/set': async ({ look }) => {
      await setHighlightLook(await db(), look);
      await broadcast({ type: 'look/changed', look });
      return { look };
    },
    'pause/set': async ({ until }) => {
      const database = await db();
      await setPausedUntil(database, until);
      const now = await pausedUntil(database);
      await broadcast({ type: 'pause/changed', paused: now !== null });
      return { pausedUntil: now };
    },
    'options/open': async ({ claimId }) => {
      await openOptions(claimId);
      return null;
    },
    'page/found': async ({ count }, sender) => {
      if (sender?.kind === 'content-script' && sender.tabId !== undefined) await setBadge(sender.tabId, count);
      return null;
    },
    'page/card': async (_, sender) => {
      if (sender?.kind !== 'content-script' || sender.tabId === undefined) return { loaded: false };
      await loadCardInTab(sender.tabId);
      return { loaded: true };
    },
    'page/start': async ({ url, when }, sender) => startInSendersTab(sender, url, { wanted: () => when === 'always', orIfNotes: true }),
    'page/read': async ({ url, blocks, notes }, sender) => startInSendersTab(sender, url, { wanted: () => mayMakeClaims(blocks), orIfNotes: notes }),
    'page/topic': async ({ blocks }) => ({ onTopic: await mayMakeClaims(blocks) }),
    'hidden/set': async ({ claimId, hidden }) => {
      await setHidden(await db(), claimId, hidden);
      await broadcast({ type: 'suppressed/changed' });
      return null;
    },
  };
}
