/**
 * Leaves the English messages out of the extension's bundles. `lib/i18n/messages.ts` falls back
 * on them where there is no `browser.i18n` (Node, unit tests); in the extension the browser
 * always serves `_locales`, so the copy was dead weight: 24 kB of object literal, descriptions
 * included, in every script, compiled and built on every page Gloss runs on.
 */
import type { Plugin } from 'vite';

const ENGLISH = /[\\/]public[\\/]_locales[\\/]en[\\/]messages\.json$/;
const EMPTY = '\0gloss:no-english-fallback';

export function noEnglishFallback(): Plugin {
  return {
    name: 'gloss-no-english-fallback',
    enforce: 'pre',
    resolveId(source, importer) {
      return ENGLISH.test(source) && importer?.replace(/\\/g, '/').endsWith('/lib/i18n/messages.ts') ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export default {};' : null;
    },
  };
}
