/**
 * What a large pack costs in Chromium with the built Gloss, side by side in one browser: the
 * same pages loaded with no pack, then after importing each pack from the options page as a
 * reader would. Import time (file chosen → report shown), IndexedDB growth, time to the op-ed's
 * first highlight, and Gloss's main-thread time and longest task on an off-topic page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tests/browser/harness/chromium';
import { side, type ChromiumLoad } from '../bench-page/chromium';
import type { BenchServer } from '../bench-page/server';
import type { BenchPack } from './shared-packs';

export interface PackState {
  label: string;
  importMs: number | null;
  /** Growth of the extension's storage use (bytes) across the import. */
  storedBytes: number | null;
  opEd: ChromiumLoad[];
  offTopic: ChromiumLoad[];
  /**
   * With a pack: the off-topic page loaded again right after each `offTopic` load, with this pack
   * switched off, so that each pair differs only in the pack (this machine's load drifts by more
   * than the 3 ms being measured between columns measured minutes apart).
   */
  offTopicPackOff: ChromiumLoad[];
}

const usage = (options: Page) => options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

async function importPack(context: BrowserContext, extensionId: string, pack: BenchPack): Promise<{ importMs: number; storedBytes: number }> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('.packs .pack-list');
  const before = await usage(options);
  const started = Date.now();
  await options.setInputFiles('.packs input[type="file"]', { name: pack.fileName, mimeType: 'application/json', buffer: Buffer.from(pack.text) });
  await options.waitForSelector('.packs .import-report', { timeout: 300_000 });
  const importMs = Date.now() - started;
  const report = await options.textContent('.packs .import-report');
  if (!report?.startsWith('Imported')) throw new Error(`${pack.name}: ${report}`);
  const storedBytes = (await usage(options)) - before;
  await options.close();
  return { importMs, storedBytes };
}

/**
 * Runs `script` in a fresh options page (where `chrome.runtime` reaches the background) and gives
 * back its result. A string, not a function: tsx wraps named functions in a helper the page lacks.
 */
async function inOptionsPage(context: BrowserContext, extensionId: string, script: string): Promise<unknown> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const result = await options.evaluate(script);
  await options.close();
  return result;
}

/** Switches every pack, or those named, on or off. */
async function switchPacks(context: BrowserContext, extensionId: string, enabled: boolean, only?: string[]): Promise<void> {
  await inOptionsPage(
    context,
    extensionId,
    `(async () => {
      const only = ${JSON.stringify(only ?? null)};
      const list = await chrome.runtime.sendMessage({ type: 'packs/list' });
      const ids = list.value.map((pack) => pack.id).filter((id) => !only || only.includes(id));
      for (const id of ids) await chrome.runtime.sendMessage({ type: 'packs/set-enabled', id, enabled: ${enabled} });
    })()`,
  );
}

/** The ids of the packs that are on. */
async function packsOn(context: BrowserContext, extensionId: string): Promise<string[]> {
  return (await inOptionsPage(
    context,
    extensionId,
    `(async () => {
      const list = await chrome.runtime.sendMessage({ type: 'packs/list' });
      return list.value.filter((pack) => pack.enabled).map((pack) => pack.id);
    })()`,
  )) as string[];
}

/** Off-topic loads (or pairs, with a pack) per run: a short load, and a small difference to see. */
const OFF_TOPIC_LOADS_PER_RUN = 2;

export async function measureInBrowser(buildDir: string, packs: BenchPack[], server: BenchServer, runs: number): Promise<PackState[]> {
  const browser = await launchChromium({ extensionDir: buildDir });
  const context = browser.context();
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  const gloss = side(context, `chrome-extension://${browser.extensionId}/`, async () => {});
  const states: PackState[] = [];
  const loadAll = async (label: string, imported: { importMs: number; storedBytes: number } | null) => {
    const state: PackState = {
      label,
      importMs: imported?.importMs ?? null,
      storedBytes: imported?.storedBytes ?? null,
      opEd: [],
      offTopic: [],
      offTopicPackOff: [],
    };
    const pack = imported ? await packsOn(context, browser.extensionId) : [];
    // Traced from events alone, as bench:page traces unrelated pages: the sampling profiler slows
    // the cold code it logs by a few ms, at random, and the difference measured here is 3 ms.
    const offTopic = () => gloss.load(server.url('cooking.html'), { idleTimeoutMs: 8_000, sampling: false });
    for (let r = 0; r < runs; r++) {
      state.opEd.push(await gloss.load(server.url('op-ed.html'), { idleTimeoutMs: 15_000 }));
      for (let pair = 0; pair < OFF_TOPIC_LOADS_PER_RUN; pair++) {
        state.offTopic.push(await offTopic());
        if (!pack.length) continue;
        await switchPacks(context, browser.extensionId, false, pack);
        state.offTopicPackOff.push(await offTopic());
        await switchPacks(context, browser.extensionId, true, pack);
      }
    }
    states.push(state);
  };
  try {
    await loadAll('no pack', null);
    for (const pack of packs) {
      await switchPacks(context, browser.extensionId, false);
      await loadAll(pack.name, await importPack(context, browser.extensionId, pack));
    }
    // The first column again at the end, every pack off: what drift the browser's own state adds.
    await switchPacks(context, browser.extensionId, false);
    await loadAll('no pack, again', null);
  } finally {
    await browser.close();
  }
  return states;
}
