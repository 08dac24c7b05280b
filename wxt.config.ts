import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { glossDataset } from './lib/data/vite-plugin';

/** Firefox needs a stable add-on id for IndexedDB to survive restarts and for signing. */
export const GECKO_ID = 'gloss@gloss-reader.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), glossDataset()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No permissions: the content script's match patterns give it the pages, IndexedDB needs none,
    // and the popup talks to the tab's content script instead of reading the tab's URL.
    permissions: [],
    action: { default_title: 'Gloss' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
