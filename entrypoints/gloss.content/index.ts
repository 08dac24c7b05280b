/**
 * The rest of Gloss on a page: scans, highlights, card and notes. Never registered for pages:
 * the background injects it into a tab whose scout found the page on topic, or holding the
 * reader's notes (lib/extension/content-script.ts). It takes over the page from the scout.
 */
import { publishDeferredStart, publishRunningGloss, runningGloss } from '@/lib/page/handoff';
import { yieldToPage } from '@/lib/util/cooperate';
import { beginWork } from '@/lib/page/activity';
import '../content/highlight.css';
import { startGloss } from '../content/gloss-page';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // Injected twice (two quick requests, or a reload of the extension): the first one stays.
    if (runningGloss()) return;
    // Started in a task of its own: evaluating this script is already the longest task Gloss
    // gives an on-topic page (compiling and running its top level), and the start's setup
    // would add to it.
    // Busy from here until the start has begun its own work, so that no "idle" shows between
    // the scout's part and this one (lib/page/activity.ts).
    const endInjection = beginWork();
    publishDeferredStart(yieldToPage(), () => {
      try {
        return ctx.signal.aborted
          ? undefined
          : startGloss({
              listenForLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
              signal: ctx.signal,
            });
      } finally {
        endInjection();
      }
    });
    ctx.signal.addEventListener('abort', () => publishRunningGloss(undefined));
  },
});
