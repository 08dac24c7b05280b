/**
 * Gloss on one page: scan, highlight, card, and the reader's controls (site switch, dismissed
 * and hidden claims). Owns the page's state; everything below it is stateless or per-highlight.
 */
import type { browser as browserApi } from 'wxt/browser';
import * as v from 'valibot';
import { HighlightSet } from '@/lib/anchor/highlight-set';
import type { ClaimIndex } from '@/lib/match/claim-index';
import type { PrefilterTerm } from '@/lib/match/prefilter';
import { createMatcher, mayMentionClaims, type Matcher } from '@/lib/match/matcher';
import { request } from '@/lib/messages/client';
import { EventSchema, PageRequestSchema, type GlossEvent, type PageRequest } from '@/lib/messages/protocol';
import type { PageStatus } from '@/lib/messages/responses';
import { findClaims, type Finding } from '@/lib/page/find-claims';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import { backgroundTone } from '@/lib/page/page-tone';
import { siteKey } from '@/lib/page/site-key';
import { coversHost } from '@/lib/access/site-access';
import { findArticleRoot } from '@/lib/text/extract';
import type { Claim } from '@/lib/data/schema';
import type { Suppressed } from '@/lib/store/suppressions';
import { t } from '@/components/strings';
import { CardHost } from './card-host';
import { wireInteractions } from './interactions';
import { watchPage } from './page-watcher';
import { PassageNotes } from './passage-notes';
import { showNotice } from './notice';
import { beginWork, busyWhile, clearActivity } from '@/lib/page/activity';

interface Options {
  /** Checked on every page; cheap. */
  prefilter: PrefilterTerm[];
  /** The full index, loaded only once the page passes the prefilter. */
  loadIndex: () => ClaimIndex;
  /** Subscribes to in-page navigation (pushState) that no event announces. */
  listenForLocationChange(listener: () => void): void;
  browser: typeof browserApi;
  signal: AbortSignal;
}

export function startGloss({ prefilter, loadIndex, listenForLocationChange, browser, signal }: Options): void {
  const endStartup = beginWork();
  const host = siteKey(location.href);
  const pageUrl = () => normalizePageUrl(location.href);
  const watcher = watchPage({ onChangedBlocks, onNavigation, listenForLocationChange, signal });
  const highlights = new HighlightSet(watcher.quiet);
  const claims = new Map<string, Claim>();
  /** Editors and markers that want to know when notes change elsewhere (another tab). */
  const noteListeners = new Set<() => void>();
  const subscribeNotes = (listener: () => void) => {
    noteListeners.add(listener);
    return () => void noteListeners.delete(listener);
  };
  const card = new CardHost({
    loadClaims: (ids) => request({ type: 'claims/get', ids }),
    loadNote: (claimId) => request({ type: 'note/get', claimId }),
    saveNote: (claimId, text, baseUpdatedAt) => request({ type: 'note/save', claimId, text, baseUpdatedAt, url: pageUrl(), title: document.title.slice(0, 1000) }),
    deleteNote: (claimId) => request({ type: 'note/delete', claimId }).then(() => undefined),
    subscribeNotes,
    historySummary: (claimId) => request({ type: 'history/summary', claimId, url: pageUrl() }),
    openHistory: (claimId) => request({ type: 'options/open', claimId }).then(() => undefined),
    setDismissed: (claimId, dismissed) => request({ type: 'dismissal/set', url: pageUrl(), claimId, dismissed }).then(() => undefined),
    setHidden: (claimId, hidden) => request({ type: 'hidden/set', claimId, hidden }).then(() => undefined),
  });
  const passages = new PassageNotes({
    card,
    pageUrl,
    quiet: watcher.quiet,
    save: (note, baseUpdatedAt) =>
      request({ type: 'passage/save', id: note.id, url: note.url, title: note.title.slice(0, 1000), quote: note.quote, position: note.position, text: note.text, baseUpdatedAt }),
    remove: (id, url) => request({ type: 'passage/delete', id, url }).then(() => undefined),
    reportPlacement: (url, placed, orphaned) => request({ type: 'passage/placed', url, placed, orphaned }).then(() => undefined),
    subscribe: subscribeNotes,
    signal,
  });
  let matcher: Matcher | undefined;
  /** The site's own setting, and the everywhere pause: Gloss runs when the first is on and the second off. */
  let siteEnabled: boolean | undefined;
  let paused = false;
  /** False once the reader takes back this site's host access (the script itself keeps running). */
  let permitted = true;
  /** Whether highlights are (to be) shown; undefined until the background has answered. */
  let active: boolean | undefined;
  /** Every finding of the last scan, before the reader's suppressions are applied. */
  let findings: Finding[] = [];
  let suppressed: Suppressed = { dismissed: [], hidden: [] };
  /** Suppressions changed while the card was open: applied when it closes, not under the reader. */
  let reapplyOnClose = false;
  let scan: AbortController | undefined;

  /** The article (found again on navigation and before a whole-page scan). */
  let root: Element | null = null;

  /** Findings without the suppressed claims; a sentence left with no claim is not highlighted. */
  function withoutSuppressed(list: Finding[]): Finding[] {
    const off = new Set([...suppressed.dismissed, ...suppressed.hidden]);
    return list.map((f) => ({ ...f, matches: f.matches.filter((m) => !off.has(m.claimId)) })).filter((f) => f.matches.length > 0);
  }

  /** Aborts a highlighting pass still under way when a newer one starts or highlights go. */
  let applying: AbortController | undefined;

  async function applyHighlights(): Promise<void> {
    applying?.abort();
    const thisPass = (applying = new AbortController());
    card.close({ restoreFocus: false });
    highlights.clear();
    await addHighlights(withoutSuppressed(findings), AbortSignal.any([signal, thisPass.signal]));
  }

  /** Highlights these findings, keeping the ones already on the page. */
  async function addHighlights(visible: Finding[], pass: AbortSignal = signal): Promise<void> {
    ensureInteractions();
    const tone = visible.length ? backgroundTone(visible[0].block.element) : 'light';
    await highlights.apply(visible, (ids) => t.highlightLabel(claims.get(ids[0])?.title ?? ids[0]), tone, pass);
    reportCount();
  }

  let interactionsWired = false;
  function ensureInteractions(): void {
    if (interactionsWired) return;
    interactionsWired = true;
    wireInteractions(highlights, card, signal);
  }

  /** Loads the claims of these findings that the page has not loaded yet. */
  async function loadClaimsOf(found: Finding[]): Promise<void> {
    const ids = [...new Set(found.flatMap((f) => f.matches.map((m) => m.claimId)))].filter((id) => !claims.has(id));
    if (ids.length) for (const claim of await request({ type: 'claims/get', ids })) claims.set(claim.id, claim);
  }

  /** Incremental updates run one after another, never interleaved. */
  let updates = Promise.resolve();

  function onChangedBlocks(blocks: Element[], lostHighlights: boolean): void {
    // The page re-rendered text that held a note's marker: place the notes again.
    if (passages.disturbed && !card.isOpen) void showPassageNotes();
    const done = beginWork();
    updates = updates
      .then(() => rescanBlocks(blocks, lostHighlights))
      .catch((error) => console.warn('[gloss] rescan failed', error))
      .finally(done);
  }

  /** Rescans only the blocks that changed: their old highlights go, their new findings are added. */
  async function rescanBlocks(blocks: Element[], lostHighlights: boolean): Promise<void> {
    if (active === false) return;
    // A whole-page scan under way first: it may already hold these blocks, and must not be doubled.
    await fullScan;
    const text = blocks.map((b) => b.textContent ?? '').join('\n');
    const touched = new Set(findings.map((f) => f.block.element).filter((el) => blocks.some((b) => b.contains(el))));
    if (touched.size === 0 && !lostHighlights && !mayMentionClaims({ prefilter }, text)) return;
    if (active === undefined) {
      // First claims on a page that had none: this reads the site's state and, if Gloss is on,
      // scans the whole page, these blocks included.
      await loadState();
      return;
    }
    // The page removed the sentence the card was open on: the card goes with it.
    if (card.anchor && !card.anchor.isConnected) card.close({ restoreFocus: false });
    highlights.removeInBlocks(touched);
    findings = findings.filter((f) => f.block.element.isConnected && !touched.has(f.block.element));
    matcher ??= createMatcher(loadIndex());
    const found: Finding[] = [];
    for (const block of blocks) if (block.isConnected) found.push(...(await findClaims(block, matcher, signal)));
    await loadClaimsOf(found);
    if (found.length && findings.length === 0) suppressed = await request({ type: 'suppressed/get', url: pageUrl() });
    findings.push(...found);
    await addHighlights(withoutSuppressed(found));
  }

  /** Finds the article again (it may have changed) and whether it may hold claims. */
  function refreshTopic(): boolean {
    root = findArticleRoot(document);
    return !!root && mayMentionClaims({ prefilter }, root.textContent ?? '');
  }

  /** A single-page app showed another article: start over as on a new page. */
  function onNavigation(): void {
    removeHighlights();
    sightingsReported = new Set();
    passages.clear();
    if (active) void showPassageNotes();
    if (active && refreshTopic()) void scanPage();
  }

  /** The toolbar badge: distinct claims highlighted on this page. */
  function reportCount(): void {
    report(request({ type: 'page/found', count: highlights.counts().size }));
    reportSightings();
  }

  /** A report to the background is work until answered: idle then means the badge and history are up to date. */
  function report(sent: Promise<unknown>): void {
    void sent.catch(() => {}).finally(beginWork());
  }

  /** "Where I met this claim": each claim once per page (the background skips it when off). */
  let sightingsReported = new Set<string>();
  function reportSightings(): void {
    const fresh = [...highlights.counts().keys()].filter((id) => !sightingsReported.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) sightingsReported.add(id);
    report(request({ type: 'history/seen', url: pageUrl(), title: document.title.slice(0, 1000), claimIds: fresh }));
  }

  /** The whole-page scan under way, if any; incremental rescans wait for it. */
  let fullScan: Promise<void> = Promise.resolve();

  function scanPage(): Promise<void> {
    fullScan = busyWhile(scanWholePage);
    return fullScan;
  }

  async function scanWholePage(): Promise<void> {
    if (!root) return;
    scan?.abort();
    const thisScan = (scan = new AbortController());
    const signals = AbortSignal.any([signal, thisScan.signal]);
    matcher ??= createMatcher(loadIndex());
    const found = await findClaims(root, matcher, signals);
    if (signals.aborted) return;
    const [, suppressedNow] = await Promise.all([loadClaimsOf(found), found.length ? request({ type: 'suppressed/get', url: pageUrl() }) : suppressed]);
    if (signals.aborted) return;
    findings = found;
    suppressed = suppressedNow;
    await applyHighlights();
  }

  function removeHighlights(): void {
    scan?.abort();
    applying?.abort();
    card.close({ restoreFocus: false });
    const had = highlights.all.length > 0;
    highlights.clear();
    findings = [];
    if (had) reportCount();
  }

  async function update(change: { siteEnabled?: boolean; paused?: boolean; permitted?: boolean }): Promise<void> {
    siteEnabled = change.siteEnabled ?? siteEnabled;
    paused = change.paused ?? paused;
    permitted = change.permitted ?? permitted;
    const next = permitted && siteEnabled !== false && !paused;
    if (next === active) return;
    active = next;
    if (next) void showPassageNotes();
    else passages.clear();
    if (next && refreshTopic()) await scanPage();
    if (!next) removeHighlights();
  }

  /** The page's passage notes, placed if Gloss is on here. Asked once per page load and change. */
  let placing: Promise<void> | undefined;
  function showPassageNotes(): Promise<void> {
    placing ??= busyWhile(async () => {
      try {
        const notes = await request({ type: 'passage/list', url: pageUrl() });
        if (notes.length === 0 && passages.placedIds.length === 0 && passages.orphans.length === 0) return;
        if (active === undefined) await loadState();
        if (active) await passages.place(notes);
        else passages.clear();
      } catch (error) {
        console.warn('[gloss] passage notes not shown', error);
      } finally {
        placing = undefined;
      }
    });
    return placing;
  }

  async function loadState(): Promise<void> {
    const state = await request({ type: 'site/get', host });
    await update({ siteEnabled: state.enabled, paused: state.paused });
  }

  async function refreshSuppressed(): Promise<void> {
    if (findings.length === 0) return;
    suppressed = await request({ type: 'suppressed/get', url: pageUrl() });
    if (card.isOpen) reapplyOnClose = true;
    else await applyHighlights();
  }
  card.onClosed = () => {
    passages.discardDraft();
    if (!reapplyOnClose) return;
    reapplyOnClose = false;
    void busyWhile(applyHighlights);
  };

  function status(): PageStatus {
    const titled = (id: string) => ({ id, title: claims.get(id)?.title ?? id });
    const onPage = new Set(findings.flatMap((f) => f.matches.map((m) => m.claimId)));
    return {
      host,
      url: pageUrl(),
      enabled: siteEnabled ?? true,
      paused,
      claims: [...highlights.counts()].map(([id, count]) => ({ ...titled(id), verdict: claims.get(id)?.verdict.label ?? '', count })),
      dismissed: suppressed.dismissed.filter((id) => onPage.has(id)).map(titled),
      hidden: suppressed.hidden.filter((id) => onPage.has(id)).map(titled),
      notesPlaced: passages.placedIds.length,
      orphans: passages.orphans,
    };
  }

  function showClaim(claimId: string): void {
    const applied = highlights.all.find((a) => a.claimIds.includes(claimId));
    if (!applied) return;
    const anchor = applied.highlight.elements[0];
    // Smooth only when someone can see it: a hidden tab (Firefox) drops a smooth scroll altogether.
    const instant = matchMedia('(prefers-reduced-motion: reduce)').matches || document.visibilityState === 'hidden';
    anchor.scrollIntoView({ block: 'center', behavior: instant ? 'auto' : 'smooth' });
    card.open(anchor, { text: applied.finding.sentence, matches: applied.finding.matches }, { focus: true });
  }

  function onEvent(event: GlossEvent): void {
    void busyWhile(() => handleEvent(event));
  }

  async function handleEvent(event: GlossEvent): Promise<void> {
    if (event.type === 'site/changed' && event.host === host) await update({ siteEnabled: event.enabled });
    if (event.type === 'pause/changed') await update({ paused: event.paused });
    if (event.type === 'suppressed/changed') await refreshSuppressed();
    if (event.type === 'notes/changed') {
      for (const listener of noteListeners) listener();
      // Another tab may have added or moved a note on this page; not under an open editor.
      const thisPage = event.passagesOn === undefined || event.passagesOn === pageUrl();
      if (thisPage && active && !card.isOpen) await showPassageNotes();
    }
    // The script runs only where access was granted; if the reader takes it back, it stops here.
    if (event.type === 'access/changed') await update({ permitted: coversHost(event, host) });
  }

  async function onPageRequest(message: PageRequest): Promise<PageStatus | null> {
    if (message.type === 'page/show-claim') {
      showClaim(message.claimId);
      return null;
    }
    if (message.type === 'page/add-note' || message.type === 'page/reattach') {
      if (active === undefined) await loadState();
      if (active && !passages.addFromSelection(message.type === 'page/reattach' ? message.id : undefined)) showNotice(t.selectFirst(), watcher.quiet, signal);
      return status();
    }
    if (siteEnabled === undefined) await loadState();
    return status();
  }

  const onMessage = (message: unknown): Promise<PageStatus | null> | undefined => {
    if (v.is(EventSchema, message)) onEvent(message);
    else if (v.is(PageRequestSchema, message)) return busyWhile(() => onPageRequest(message));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    removeHighlights();
    clearActivity();
  });

  // An off-topic page stops here: no matcher, and one message when the browser is idle, for the
  // reader's notes on this page. If claims arrive later (lazy content), the page watcher's rescan
  // asks for the site's state then.
  const starting = refreshTopic() ? loadState() : Promise.resolve();
  // Bound: Firefox throws "called on an object that does not implement interface Window" otherwise.
  const whenIdle = window.requestIdleCallback?.bind(window) ?? ((run: () => void) => setTimeout(run, 200));
  whenIdle(() => void Promise.all([starting, showPassageNotes()]).finally(endStartup), { timeout: 2000 });
}
