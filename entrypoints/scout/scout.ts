/**
 * The scout: the only part of Gloss every allowed page gets. It reads the page's text once,
 * asks the prefilter whether any known claim could be there, and only then has the background
 * inject the rest of Gloss (matcher, highlights, card, notes). An off-topic page costs one walk
 * over its text, one message at idle time (does the reader keep notes here?), and, on
 * article-like pages only, a watch for late content.
 */
import { liteRequest, onRuntimeMessage } from '@/lib/messages/lite-runtime';
import type { GlossEvent, PageRequest } from '@/lib/messages/protocol';
import type { PageStatus } from '@/lib/messages/responses';
import { runningGloss } from '@/lib/page/handoff';
import { beginWork, busyWhile, clearActivity } from '@/lib/page/activity';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import { siteKey } from '@/lib/page/site-key';
import { someBlockPasses } from '@/lib/page/blocks-pass';
import { watchForLateText } from './scout-watch';

export interface ScoutOptions {
  /** The prefilter: may `text` mention a known claim? */
  mayMention(text: string): boolean;
  listenForLocationChange(listener: () => void): void;
  signal: AbortSignal;
}

const PAGE_REQUESTS = new Set(['page/status', 'page/show-claim', 'page/add-note', 'page/reattach']);
const EVENTS = new Set(['site/changed', 'suppressed/changed', 'pause/changed', 'access/changed', 'notes/changed']);
const typeOf = (message: unknown) => (typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined);

export function startScout({ mayMention, listenForLocationChange, signal }: ScoutOptions): void {
  const endStartup = beginWork();
  const pageUrl = () => normalizePageUrl(location.href);
  let starting: Promise<boolean> | undefined;
  let stopWatching: (() => void) | undefined;

  /** Has the background inject the rest of Gloss; once per page, whatever asks first. */
  function startFullGloss(when: 'always' | 'if-notes'): Promise<boolean> {
    if (runningGloss()) return Promise.resolve(true);
    if (starting && when === 'if-notes') return starting;
    const attempt = liteRequest({ type: 'page/start', url: pageUrl(), when })
      .then(({ started }) => started)
      .catch((error: unknown) => {
        console.warn('[gloss] could not start on this page', error);
        return false;
      })
      .then((started) => {
        if (started) stopWatching?.();
        else if (starting === attempt) starting = undefined;
        return started;
      });
    if (when === 'always' || !starting) starting = attempt;
    return attempt;
  }

  async function checkPage(): Promise<boolean> {
    const body = document.body;
    if (!body || signal.aborted) return false;
    if (!(await someBlockPasses(body, mayMention, signal))) return false;
    return startFullGloss('always');
  }

  function watchLateText(): void {
    stopWatching?.();
    stopWatching = watchForLateText({ mayMention, onOnTopic: () => void startFullGloss('always'), signal });
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

  const onTopic = checkPage();
  // Off topic: once the browser is idle, one question (does the reader keep notes here?), and a
  // watch for claims that arrive later. Bound: Firefox throws on an unbound requestIdleCallback.
  const whenIdle = window.requestIdleCallback?.bind(window) ?? ((run: () => void) => setTimeout(run, 200));
  void onTopic
    .then(async (started) => {
      if (started) return;
      await new Promise<void>((resolve) => whenIdle(() => resolve(), { timeout: 2000 }));
      if (!(await startFullGloss('if-notes'))) watchLateText();
    })
    .finally(endStartup);
}
