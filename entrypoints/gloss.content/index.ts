/**
 * The rest of Gloss on a page: matcher, highlights, card and notes. Never registered for pages:
 * the background injects it into a tab whose scout found the page on topic, or holding the
 * reader's notes (lib/extension/content-script.ts). It takes over the page from the scout.
 */
import { loadClaimIndex, prefilter } from 'virtual:gloss/claim-index';
import { publishRunningGloss, runningGloss } from '@/lib/page/handoff';
import '../content/highlight.css';
import { startGloss } from '../content/gloss-page';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // Injected twice (two quick requests, or a reload of the extension): the first one stays.
    if (runningGloss()) return;
    const running = startGloss({
      prefilter,
      loadIndex: loadClaimIndex,
      listenForLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      signal: ctx.signal,
    });
    publishRunningGloss(running);
    ctx.signal.addEventListener('abort', () => publishRunningGloss(undefined));
  },
});
