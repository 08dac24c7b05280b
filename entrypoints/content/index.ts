/**
 * The content script: wires the pipeline to the page and owns its lifecycle.
 *
 * On every page it only runs the prefilter (a few substring checks on the article's text). Only
 * a page that may mention a known claim builds the matcher, asks whether the site is on, scans
 * in slices, and highlights.
 */
import { loadClaimIndex, prefilter } from 'virtual:gloss/claim-index';
import { browser } from 'wxt/browser';
import './highlight.css';
import { startGloss } from './gloss-page';

export default defineContentScript({
  // Registered by the background (lib/extension/content-script.ts) rather than the manifest, so
  // the reader's granted host access, not the install, decides where it runs.
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    startGloss({
      prefilter,
      loadIndex: loadClaimIndex,
      listenForLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      browser,
      signal: ctx.signal,
    });
  },
});
