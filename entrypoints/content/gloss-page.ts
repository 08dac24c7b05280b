/**
 * Gloss on one page, once the background found it on topic from the text the scout handed over
 * (or holding the reader's notes): wires the page's parts together and says when each runs:
 * - page state: site switch, pause, access and highlight look (page-state.ts);
 * - claim highlights: scans, matcher, suppressions (claim-highlights.ts);
 * - sightings and badge (sightings.ts), reported from findings as soon as a scan has them;
 * - passage notes, the card, and the page watcher for living pages. Messages arrive through the
 *   scout's listener, validated here (see the returned handlers).
 */
import * as v from 'valibot';
import { coversHost } from '@/lib/access/site-access';
import { EventSchema, PageRequestSchema, type GlossEvent, type PageRequest } from '@/lib/messages/protocol';
import type { PageStatus } from '@/lib/messages/responses';
import { beginWork, busyWhile, clearActivity } from '@/lib/page/activity';
import type { RunningGloss } from '@/lib/page/handoff';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import { siteKey } from '@/lib/page/site-key';
import { findArticleRoot } from '@/lib/text/extract';
import { request } from '@/lib/messages/client';
import { t } from '@/lib/i18n/strings';
import { ClaimHighlights } from './claim-highlights';
import { showNotice } from './notice';
import { createCard, createNoteListeners, createPassageNotes } from './page-parts';
import { createPageState } from './page-state';
import { watchPage } from './page-watcher';
import { createSightings } from './sightings';
import { createTopicQuestion } from './topic-question';

interface Options {
  listenForLocationChange(listener: () => void): void; // in-page navigation (pushState) that no event announces
  signal: AbortSignal;
}

export function startGloss({ listenForLocationChange, signal }: Options): RunningGloss {
  const endStartup = beginWork();
  const host = siteKey(location.href);
  const pageUrl = () => normalizePageUrl(location.href);
  const watcher = watchPage({ onChangedBlocks, onNavigation, listenForLocationChange, signal });
  const noteListeners = createNoteListeners();
  const card = createCard(pageUrl, noteListeners.subscribe);
  const passages = createPassageNotes({ card, pageUrl, quiet: watcher.quiet, subscribeNotes: noteListeners.subscribe, signal });
  const sightings = createSightings(pageUrl);
  const claims = new ClaimHighlights({ card, sightings, quiet: watcher.quiet, pageUrl, signal });
  let topicAtStart: Promise<boolean> | undefined; // as the start is finding it: not asked again at once
  const state = createPageState(
    host,
    async (active) => {
      if (!active) {
        topicAtStart = undefined;
        // Highlights first: a marker that split a text node inside one joins it once unwrapped.
        claims.removeAll();
        passages.clear();
        return;
      }
      void showPassageNotes();
      const onTopic = await (topicAtStart ?? refreshTopic());
      topicAtStart = undefined;
      if (onTopic) await scanPage();
    },
    (look) => void busyWhile(() => claims.setLook(look)),
  );
  let redrawOnClose = false; // suppressions changed while the card was open: applied when it closes, not under the reader
  let root: Element | null = null; // the article: found again on navigation and before a whole-page scan
  let fullScan: Promise<void> = Promise.resolve(); // the whole-page scan under way, if any; incremental rescans wait for it
  let updates = Promise.resolve(); // incremental updates run one after another, never interleaved
  let placing: Promise<void> | undefined;
  const mayMakeClaims = createTopicQuestion(pageUrl, signal);

  /**
   * Finds the article again and whether it may hold claims (with packs on, any page may). Both
   * questions go to the background together: each is a round trip of 5–40 ms here.
   */
  async function refreshTopic(): Promise<boolean> {
    const article = (root = findArticleRoot(document));
    if (!article) return false;
    const [packsOn, mentions] = await Promise.all([claims.packs.on(), mayMakeClaims([article])]);
    return packsOn || mentions;
  }

  function scanPage(): Promise<void> {
    const article = root;
    return (fullScan = article ? busyWhile(() => claims.scanWhole(article)) : Promise.resolve());
  }

  function onChangedBlocks(blocks: Element[], lostHighlights: boolean): void {
    // The page re-rendered text that held a note's marker: place the notes again.
    if (passages.disturbed && !card.isOpen) void showPassageNotes();
    const done = beginWork();
    updates = updates
      .then(() => rescanBlocks(blocks, lostHighlights))
      .catch((error) => console.warn('[gloss] rescan failed', error))
      .finally(done);
  }

  async function rescanBlocks(blocks: Element[], lostHighlights: boolean): Promise<void> {
    if (state.active === false) return;
    // A whole-page scan under way first: it may already hold these blocks, and must not be doubled.
    await fullScan;
    const touched = claims.blocksWithFindings(blocks);
    if (touched.size === 0 && !lostHighlights && !(await mayMakeClaims(blocks))) return;
    // First claims on a page that had none: reading the site's state scans the whole page if on.
    if (state.active === undefined) return state.load();
    await claims.rescanBlocks(blocks, touched);
  }

  /** A single-page app showed another article: start over as on a new page. */
  function onNavigation(): void {
    claims.removeAll();
    sightings.reset();
    passages.clear();
    if (state.active) void showPassageNotes();
    if (state.active) void busyWhile(async () => void ((await refreshTopic()) && (await scanPage())));
  }

  /** The page's passage notes, placed if Gloss is on here. Asked once per page load and change. */
  function showPassageNotes(): Promise<void> {
    placing ??= busyWhile(async () => {
      try {
        const notes = await request({ type: 'passage/list', url: pageUrl() });
        if (notes.length === 0 && passages.placedIds.length === 0 && passages.orphans.length === 0) return;
        if (state.active === undefined) await state.load();
        if (state.active) await passages.place(notes);
        else passages.clear();
      } catch (error) {
        console.warn('[gloss] passage notes not shown', error);
      } finally {
        placing = undefined;
      }
    });
    return placing;
  }

  async function refreshSuppressed(): Promise<void> {
    if (!claims.hasFindings) return;
    await claims.refreshSuppressed();
    if (card.isOpen) redrawOnClose = true;
    else await claims.redraw();
  }
  card.onClosed = () => {
    passages.discardDraft();
    if (!redrawOnClose) return;
    redrawOnClose = false;
    void busyWhile(() => claims.redraw());
  };

  function status(): PageStatus {
    const { placedIds, orphans } = passages;
    return { host, url: pageUrl(), enabled: state.siteEnabled ?? true, paused: state.paused, ...claims.status(), notesPlaced: placedIds.length, orphans };
  }

  async function onEvent(event: GlossEvent): Promise<void> {
    if (event.type === 'site/changed' && event.host === host) await state.update({ siteEnabled: event.enabled });
    if (event.type === 'pause/changed') await state.update({ paused: event.paused });
    if (event.type === 'look/changed') await busyWhile(() => claims.setLook(event.look));
    if (event.type === 'suppressed/changed') await refreshSuppressed();
    if (event.type === 'packs/changed') claims.packsChanged();
    if (event.type === 'packs/changed' && state.active) await ((await refreshTopic()) ? scanPage() : claims.removeAll());
    if (event.type === 'notes/changed') {
      noteListeners.notify();
      // Another tab may have added or moved a note on this page; not under an open editor.
      const thisPage = event.passagesOn === undefined || event.passagesOn === pageUrl();
      if (thisPage && state.active && !card.isOpen) await showPassageNotes();
    }
    // The script runs only where access was granted; if the reader takes it back, it stops here.
    if (event.type === 'access/changed') await state.update({ permitted: coversHost(event, host) });
  }

  async function onPageRequest(message: PageRequest): Promise<PageStatus | null> {
    if (message.type === 'page/show-claim') {
      await claims.show(message.claimId);
      return null;
    }
    if (state.active === undefined) await state.load();
    if ((message.type === 'page/add-note' || message.type === 'page/reattach') && state.active) {
      if (!passages.addFromSelection(message.type === 'page/reattach' ? message.id : undefined)) showNotice(t.selectFirst(), watcher.quiet, signal);
    }
    return status();
  }

  signal.addEventListener('abort', () => void (claims.removeAll(), clearActivity()));

  // Started in a task after the one that evaluated this script (see entrypoints/gloss.ts). The
  // site's state is read while the background answers whether the article is on topic, not after.
  topicAtStart = refreshTopic();
  const starting = Promise.all([topicAtStart, state.load()]);
  // Then the card's code (a task of its own), if the page has something to open a card on.
  void Promise.all([starting, showPassageNotes()])
    .then(() => void ((claims.hasFindings || passages.placedIds.length > 0) && card.preload()))
    .finally(endStartup);

  return {
    onEvent: async (event) => {
      if (v.is(EventSchema, event)) await busyWhile(() => onEvent(event));
    },
    onPageRequest: async (message) => (v.is(PageRequestSchema, message) ? busyWhile(() => onPageRequest(message)) : null),
  };
}
