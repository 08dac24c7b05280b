/**
 * Uncaught errors and console errors from Gloss's own scripts, collected from every page a test
 * opens (web pages with the content script, and the extension's pages), so that a test fails on
 * an error the reader would never see but that breaks Gloss (e.g. Firefox once threw on every
 * page at start-up while the highlights still appeared).
 *
 * What each driver delivers (checked with a build that throws on purpose):
 * - Chromium, playwright-core: `pageerror` and `console` on the page include the content
 *   script's isolated world, with chrome-extension:// in the stack or location.
 * - Firefox, puppeteer-core over BiDi: `pageerror` (log.entryAdded, type "javascript") and
 *   `console` include the content script's sandbox. Console calls and errors thrown from its own
 *   code carry moz-extension:// frames; an error thrown by a DOM binding it called (the
 *   requestIdleCallback bug) and an unhandled rejection carry no stack at all.
 * So an uncaught error counts as Gloss's when its stack names an extension script, when it has
 * no stack (on the test's own fixture pages, which throw nothing themselves), or when it
 * mentions "[gloss]"; a console message counts at error level when it comes from an extension
 * script or mentions "[gloss]". The page's own errors (stack frames on 127.0.0.1) and the
 * browser's (a missing favicon) do not.
 */

const EXTENSION_URL = /\b(chrome|moz)-extension:\/\//;

export interface ErrorLog {
  /** An uncaught exception or unhandled rejection in a page. */
  uncaught(pageUrl: string, message: string, stack: string | undefined): void;
  /** A console message at error level; `from` is the calling script's address ('' if unknown). */
  consoleError(pageUrl: string, text: string, from: string): void;
  /** Gloss's errors since the last call, each with the page it happened in. */
  take(): string[];
}

export function createErrorLog(): ErrorLog {
  let found: string[] = [];
  return {
    uncaught(pageUrl, message, stack) {
      // Both drivers give V8-style frames ("    at fn (url:line:col)") after the message.
      const frames = (stack ?? '')
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .join('\n');
      if (EXTENSION_URL.test(frames) || frames === '' || message.includes('[gloss]'))
        found.push(`uncaught in ${pageUrl}: ${message}${frames ? `\n${frames}` : ''}`);
    },
    consoleError(pageUrl, text, from) {
      if (EXTENSION_URL.test(from) || text.includes('[gloss]')) found.push(`console.error in ${pageUrl} (${from || 'unknown script'}): ${text}`);
    },
    take() {
      const taken = found;
      found = [];
      return taken;
    },
  };
}
