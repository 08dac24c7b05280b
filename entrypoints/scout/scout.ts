/**
 * The scout: the only part of Gloss an allowed page gets until it is known to matter. The
 * background injects it once the page has loaded (lib/extension/page-pull.ts). It reads the
 * page's first batch of text and gives it back as the injection's result, touching no extension
 * API: on a page that turns out off topic, the browser never builds the extension's bindings for
 * the page's world, nor carries a message (together about half of what a scout that told its
 * background by message cost a page). The background runs the claim gate on that text, then
 * either starts the rest of Gloss and has the scout listen for the popup's and the background's
 * messages, or tells it the page is quiet: it then watches article-like pages for late text.
 *
 * The scout also listens when the background or the popup needs the page (a note added from the
 * context menu, a claim shown from the popup): then it reads and asks for itself, by message.
 */
import { request } from '@/lib/messages/client';
import { onRuntimeMessage } from '@/lib/messages/page-listener';
import type { GlossEvent, PageRequest } from '@/lib/messages/protocol';
import type { PageStatus } from '@/lib/messages/responses';
import { runningGloss } from '@/lib/page/handoff';
import { beginWork, busyWhile } from '@/lib/page/activity';
import { normalizePageUrl } from '@/lib/page/normalize-url';
import { quietPageStatus } from '@/lib/page/quiet-status';
import type { PulledText } from '@/lib/page/pulled-text';
import { siteKey } from '@/lib/page/site-key';
import { someBatchPasses } from '@/lib/page/text-batches';
import { watchForLateText } from './scout-watch';
import { EVENT_TYPES, PAGE_REQUEST_TYPES } from '@/lib/messages/forwarded-types';

/** What the background's injections call (entrypoints/scout/index.ts, scout-listen, scout-quiet). */
export interface Scout {
  /** The page's first batch of text, for the background to decide on; null if already read. */
  read(): Promise<PulledText | null>;
  /** The background's decision on the last read: the rest of Gloss does not start. */
  quiet(): void;
  /** From now on messages reach this page; what no decision covered, the scout asks itself. */
  listen(): true;
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

export function createScout(signal: AbortSignal = new AbortController().signal): Scout {
  const pageUrl = () => normalizePageUrl(location.href);
  /** The address last read: the background asks again at each of a tab's updates. */
  let lastRead: string | undefined;
  /**
   * Gloss is busy on the page from a read until the decision on it (activity.ts): set exactly
   * while a read awaits its decision.
   */
  let endRead: (() => void) | undefined;
  /** Whether the last read left text unread (a page longer than one batch). */
  let more = false;
  let listening = false;
  let starting: Promise<boolean> | undefined;
  let stopWatching: (() => void) | undefined;

  /** Has the background inject the rest of Gloss; once per page, whatever asks first. */
  function startFullGloss(when: 'always' | 'if-notes'): Promise<boolean> {
    if (runningGloss()) return Promise.resolve(true);
    if (starting && when === 'if-notes') return starting;
    const attempt = askToStart(request({ type: 'page/start', url: pageUrl(), when }), 'could not start on this page').then((started) => {
      if (started) stopWatching?.();
      else if (starting === attempt) starting = undefined;
      return started;
    });
    if (when === 'always' || !starting) starting = attempt;
    return attempt;
  }

  /**
   * Whether the background started the rest of Gloss for `blocks` of this page's text; with
   * `notes`, also where the reader keeps notes on it. Once it has, the page is listened to.
   */
  async function handOver(blocks: string[], notes: boolean): Promise<boolean> {
    if (runningGloss()) return true;
    const started = await askToStart(request({ type: 'page/read', url: pageUrl(), blocks, notes }), 'could not hand this page to the background');
    if (started) {
      stopWatching?.();
      listen();
    }
    return started;
  }

  function watchLateText(): void {
    stopWatching?.();
    stopWatching = watchForLateText({ handOver: (blocks) => handOver(blocks, false), signal });
  }

  /** Reads the whole page and asks about it by message, batch by batch; watches if none passes. */
  async function readForItself(): Promise<void> {
    const body = document.body;
    if (!body || signal.aborted) return;
    if (!(await someBatchPasses([body], handOver, signal))) watchLateText();
  }

  /** The popup's status on a page Gloss has not started on: the site's switch, no claims. */
  async function quietStatus(): Promise<PageStatus> {
    return quietPageStatus(location.href, await request({ type: 'site/get', host: siteKey(location.href) }));
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

  function onMessage(message: unknown): Promise<unknown> | undefined {
    const type = typeOf(message);
    if (typeof type !== 'string') return undefined;
    // The full script validates what it is handed; here the type is enough to route it.
    if (PAGE_REQUESTS.has(type)) return busyWhile(() => onPageRequest(message as PageRequest));
    if (EVENTS.has(type)) return busyWhile(() => onEvent(message as GlossEvent).then(() => null));
    return undefined;
  }

  function finishRead(): void {
    endRead?.();
    endRead = undefined;
  }

  function listen(): true {
    if (!listening) {
      listening = true;
      const stopListening = onRuntimeMessage(onMessage);
      signal.addEventListener('abort', stopListening);
    }
    // A read left undecided (by the popup, reaching the page; or quiet on a long page): the scout
    // asks about the page itself, by message.
    if (endRead && !runningGloss()) void busyWhile(readForItself);
    finishRead();
    return true;
  }

  return {
    async read() {
      const body = document.body;
      const url = pageUrl();
      if (runningGloss() || !body || url === lastRead || signal.aborted) return null;
      lastRead = url;
      stopWatching?.();
      finishRead();
      endRead = beginWork();
      let first: string[] = [];
      await someBatchPasses([body], async (blocks, last) => {
        [first, more] = [blocks, !last];
        return true;
      });
      return { url, blocks: first, more };
    },
    quiet() {
      if (!endRead) return;
      // A page longer than one batch: the rest of its text is handed over by message.
      if (more) listen();
      else {
        watchLateText();
        finishRead();
      }
    },
    listen,
  };
}
