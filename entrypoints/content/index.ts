/**
 * The content script every allowed page gets: the scout (see scout.ts). It carries the
 * prefilter's table and nothing else of the dataset; the rest of Gloss is injected into the
 * tab by the background only when the page may mention a known claim, or holds the reader's
 * notes (entrypoints/gloss.content).
 */
import { prefilter } from 'virtual:gloss/claim-index';
import { testPrefilter } from '@/lib/match/prefilter';
import { startScout } from './scout';

export default defineContentScript({
  // Registered by the background (lib/extension/content-script.ts) rather than the manifest, so
  // the reader's granted host access, not the install, decides where it runs.
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    startScout({
      mayMention: (text) => testPrefilter(prefilter, text),
      listenForLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      signal: ctx.signal,
    });
  },
});
