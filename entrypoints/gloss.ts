/**
 * The rest of Gloss on a page: scans, highlights, card and notes. Never registered for pages:
 * the background injects it into a tab whose scout found the page on topic, or holding the
 * reader's notes (lib/extension/content-script.ts). It takes over the page from the scout.
 *
 * An unlisted script rather than a WXT content script: WXT's content script context would bring
 * webextension-polyfill and announce each start to the page's own `message` listeners. This
 * script's life on the page and its watch on the address are small modules of its own.
 */
import { publishDeferredStart, publishRunningGloss, runningGloss } from '@/lib/page/handoff';
import { pageLifetime } from '@/lib/page/page-lifetime';
import { watchLocation } from '@/lib/page/location-watch';
import { yieldToPage } from '@/lib/util/cooperate';
import { beginWork } from '@/lib/page/activity';
import './content/highlight.css';
import { startGloss } from './content/gloss-page';

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests): the first one stays.
  if (runningGloss()) return;
  const signal = pageLifetime();
  // Started in a task of its own: evaluating this script is already the longest task Gloss
  // gives an on-topic page (compiling and running its top level), and the start's setup
  // would add to it.
  // Busy from here until the start has begun its own work, so that no "idle" shows between
  // the scout's part and this one (lib/page/activity.ts).
  const endInjection = beginWork();
  publishDeferredStart(yieldToPage(), () => {
    try {
      return signal.aborted ? undefined : startGloss({ listenForLocationChange: (listener) => watchLocation(listener, signal), signal });
    } finally {
      endInjection();
    }
  });
  signal.addEventListener('abort', () => publishRunningGloss(undefined));
});
