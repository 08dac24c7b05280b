import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { glossDataset } from './lib/data/vite-plugin';

export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Firefox needs a stable add-on id for IndexedDB to survive restarts and for signing. */
export const GECKO_ID = 'gloss@gloss-reader.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The sources archive for Firefox's review: what builds the add-on, not local scratch output.
    excludeSources: ['tmp/**', 'test-output/**', 'gloss-demo.png', 'coverage/**'],
  },
  vite: () => ({ plugins: [preact(), glossDataset()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No permissions: the content script's match patterns give it the pages, IndexedDB needs none,
    // and the popup talks to the tab's content script instead of reading the tab's URL.
    permissions: [],
    action: { default_title: 'Gloss' },
    commands: {
      'toggle-site': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_commandToggleSite__' },
    },
    // Extension pages run only our own bundled scripts: no inline or remote code, no plugins,
    // no <base> tricks, and they cannot be framed by a web page.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: EXTENSION_PAGES_CSP }
        : (EXTENSION_PAGES_CSP as unknown as { extension_pages: string }),
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
