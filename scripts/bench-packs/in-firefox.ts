/**
 * The same comparison in Firefox, as far as WebDriver BiDi lets a benchmark see (no trace, so no
 * script time): import time from the options page, time to the op-ed's first highlight, and the
 * largest gap in a timer chain after DOMContentLoaded (the longest-task proxy of bench:page).
 */
import { launchFirefox } from '../../tests/browser/harness/firefox';
import { side, type FirefoxLoad } from '../bench-page/firefox';
import type { BenchServer } from '../bench-page/server';
import type { BenchPack } from './shared-packs';

export interface FirefoxPackState {
  label: string;
  importMs: number | null;
  opEd: FirefoxLoad[];
  offTopic: FirefoxLoad[];
}

export async function measureInFirefox(buildDir: string, packs: BenchPack[], server: BenchServer, runs: number): Promise<FirefoxPackState[]> {
  const browser = await launchFirefox({ extensionDir: buildDir });
  const gloss = side(
    true,
    async () => {
      const page = await browser.newPage();
      await page.setViewport(1280, 900);
      return { goto: (u) => page.goto(u), evaluate: (s) => page.evaluate(s as never), close: () => page.close() };
    },
    async () => {},
  );
  const states: FirefoxPackState[] = [];
  const loadAll = async (label: string, importMs: number | null) => {
    const state: FirefoxPackState = { label, importMs, opEd: [], offTopic: [] };
    for (let r = 0; r < runs; r++) {
      state.opEd.push(await gloss.load(server.url('op-ed.html'), { idleTimeoutMs: 15_000 }));
      state.offTopic.push(await gloss.load(server.url('cooking.html'), { idleTimeoutMs: 8_000 }));
    }
    states.push(state);
  };
  try {
    await loadAll('no pack', null);
    for (const pack of packs) {
      const options = await browser.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelector('.packs .pack-list'));
      // The earlier packs off, so each column measures one pack.
      await options.evaluate(
        `(async () => {
        const list = await browser.runtime.sendMessage({ type: 'packs/list' });
        for (const p of list.value) await browser.runtime.sendMessage({ type: 'packs/set-enabled', id: p.id, enabled: false });
      })()` as never,
      );
      const started = Date.now();
      await options.setInputFile('.packs input[type="file"]', pack.fileName, pack.text);
      await options.waitFor(() => document.querySelector('.packs .import-report'), undefined, 300_000);
      const importMs = Date.now() - started;
      await options.close();
      await loadAll(pack.name, importMs);
    }
  } finally {
    await browser.close();
  }
  return states;
}
