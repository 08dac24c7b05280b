import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { glossDataset } from './build/vite-plugin';
import { noInnerHtml } from './build/no-inner-html';
import { noEnglishFallback } from './build/no-english-fallback';
import { ALL_SITES } from './lib/access/site-access';

export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Firefox needs a stable add-on id for IndexedDB to survive restarts and for signing. */
export const GECKO_ID = 'gloss@gloss-reader.org';

export default defineConfig({
  // GLOSS_OUT_DIR lets a benchmark or a second checkout build beside the tests' build.
  outDir: process.env.GLOSS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The sources archive for Firefox's review: what builds the add-on, not local scratch output.
    excludeSources: ['tmp/**', 'test-output/**', 'gloss-demo.png', 'coverage/**'],
  },
  // GLOSS_NO_MINIFY keeps function names readable in a profiler's samples (for measuring only).
  vite: () => ({ plugins: [noInnerHtml(), noEnglishFallback(), preact(), glossDataset()], build: process.env.GLOSS_NO_MINIFY ? { minify: false } : {} }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: to register the content script at run time, so it runs only where the reader
    // granted host access. activeTab: the popup may read the current tab's address when the
    // reader opens it, to offer "Allow Gloss on this site". IndexedDB needs no permission.
    // contextMenus: the "Add note" item on a text selection.
    permissions: ['scripting', 'activeTab', 'contextMenus'],
    // All host access is optional, asked for on first run: every site, or only chosen ones. Access
    // granted at install could never be given back, and "only sites I choose" must mean no access
    // to any other site.
    ...(manifestVersion === 3 ? { optional_host_permissions: [ALL_SITES] } : { optional_permissions: [ALL_SITES] }),
    action: { default_title: 'Gloss' },
    commands: {
      'toggle-site': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_commandToggleSite__' },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandAddNote__' },
    },
    // Extension pages run only our own bundled scripts: no inline or remote code, no plugins,
    // no <base> tricks, and they cannot be framed by a web page.
    content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : (EXTENSION_PAGES_CSP as unknown as { extension_pages: string }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
