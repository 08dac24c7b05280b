/**
 * The scout: the only part of Gloss every allowed page gets. It reads the page's text once and
 * hands it to the background, which runs the prefilter there (no page carries its table or
 * pays for its work) and injects the rest of Gloss (matcher, highlights, card, notes) only if a
 * known claim may be on the page, or the reader keeps notes on it. An off-topic page costs one
 * walk over its text, one message, and, on article-like pages only, a watch for late content.
 */
import { liteRequest, onRuntimeMessage } from '@/lib/messages/lite-runtime';
import type { GlossEvent, PageRequest } from '@/lib/messages/protocol';
import type { PageStatus } from '@/lib/messages/responses';
import { runningGloss } from '@/lib/page/handoff';
import { beginWork, busyWhile, clearActivity } from '@/lib/page/activity';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import { siteKey } from '@/lib/page/site-key';
import { someBatchPasses } from '@/lib/page/text-batches';
import { watchForLateText } from './scout-watch';
import { EVENT_TYPES, PAGE_REQUEST_TYPES } from '@/lib/messages/forwarded-types';

export interface ScoutOptions {
  listenForLocationChange(listener: () => void): void;
  signal: AbortSignal;
}

const PAGE_REQUESTS = new Set<string>(PAGE_REQUEST_TYPES);
const EVENTS = new Set<string>(EVENT_TYPES);
const typeOf = (message: unknown) => (typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined);

/** Whether the background started the rest of Gloss; a failed request is logged and means no. */
function askToStart(request: Promise<{ started: boolean }>, failure: string): Promise<boolean> {
  return request
    .then(({ started }) => started)
    .catch((error: unknown) => {
      console.warn(`[gloss] ${failure}`, error);
      return false;
    });
}

export function startScout({ listenForLocationChange, signal }: ScoutOptions): void {
  const endStartup = beginWork();
  const pageUrl = () => normalizePageUrl(location.href);
  let starting: Promise<boolean> | undefined;
  let stopWatching: (() => void) | undefined;

  /** Has the background inject the rest of Gloss; once per page, whatever asks first. */
  function startFullGloss(when: 'always' | 'if-notes'): Promise<boolean> {
    if (runningGloss()) return Promise.resolve(true);
    if (starting && when === 'if-notes') return starting;
    const attempt = askToStart(liteRequest({ type: 'page/start', url: pageUrl(), when }), 'could not start on this page').then((started) => {
      if (started) stopWatching?.();
      else if (starting === attempt) starting = undefined;
      return started;
    });
    if (when === 'always' || !starting) starting = attempt;
    return attempt;
  }

  /**
   * Whether the background started the rest of Gloss for `blocks` of this page's text; with
   * `notes`, also where the reader keeps notes on it.
   */
  async function handOver(blocks: string[], notes: boolean): Promise<boolean> {
    if (runningGloss()) return true;
    const started = await askToStart(liteRequest({ type: 'page/read', url: pageUrl(), blocks, notes }), 'could not hand this page to the background');
    if (started) stopWatching?.();
    return started;
  }

  /** Hands the page's text over in batches; the last one also asks about the reader's notes. */
  async function checkPage(): Promise<boolean> {
    const body = document.body;
    if (!body || signal.aborted) return false;
    return someBatchPasses([body], handOver, signal);
  }

  function watchLateText(): void {
    stopWatching?.();
    stopWatching = watchForLateText({ handOver: (blocks) => handOver(blocks, false), signal });
  }

  async function onNavigation(): Promise<void> {
    if (runningGloss() || !(await checkPage())) watchLateText();
  }

  /** The popup's status on a page Gloss has not started on: the site's switch, no claims. */
  async function quietStatus(): Promise<PageStatus> {
    const host = siteKey(location.href);
    const site = await liteRequest({ type: 'site/get', host });
    return { host, url: pageUrl(), enabled: site.enabled, paused: site.paused, claims: [], dismissed: [], hidden: [], notesPlaced: 0, orphans: [] };
  }

  async function onPageRequest(request: PageRequest): Promise<PageStatus | null> {
    let running = runningGloss();
    if (!running && request.type === 'page/status') return quietStatus();
    if (!running && (await startFullGloss('always'))) running = runningGloss();
    return running ? running.onPageRequest(request) : quietStatus();
  }

  async function onEvent(event: GlossEvent): Promise<void> {
    const running = runningGloss();
    if (running) return running.onEvent(event);
    // A note added to this page elsewhere (another tab, an import): the rest of Gloss shows it.
    if (event.type === 'notes/changed' && (event.passagesOn === undefined || event.passagesOn === pageUrl())) await startFullGloss('if-notes');
  }

  // The full script validates what it is handed; here the type is enough to route it.
  const stopListening = onRuntimeMessage((message) => {
    const type = typeOf(message);
    if (typeof type !== 'string') return undefined;
    if (PAGE_REQUESTS.has(type)) return busyWhile(() => onPageRequest(message as PageRequest));
    if (EVENTS.has(type)) return busyWhile(() => onEvent(message as GlossEvent).then(() => null));
    return undefined;
  });

  const checkLocation = (() => {
    let lastUrl = location.href;
    return () => {
      if (location.href === lastUrl || runningGloss()) return;
      lastUrl = location.href;
      void busyWhile(onNavigation);
    };
  })();
  window.addEventListener('popstate', checkLocation, { signal });
  window.addEventListener('hashchange', checkLocation, { signal });
  listenForLocationChange(checkLocation);

  signal.addEventListener('abort', () => {
    stopListening();
    stopWatching?.();
    clearActivity();
  });

  void checkPage()
    .then((started) => {
      if (!started) watchLateText();
    })
    .finally(endStartup);
}
