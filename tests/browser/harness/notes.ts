/** Driving notes from tests: what the reader does, through the same messages Gloss's parts send. */
import type { TestBrowser, TestPage } from './driver';

type Api = {
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
  tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]> };
};

/** A request to the background from an extension page, as Gloss's own pages make it. */
export async function ask<T>(extensionPage: TestPage, message: object): Promise<T> {
  const result = await extensionPage.evaluate(async (m) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).runtime.sendMessage(m);
  }, message);
  if (!result.ok) throw new Error(result.error);
  return result.value as T;
}

/**
 * What the context menu item and Alt+Shift+N send to the tab (neither can be driven here), the way
 * the background sends it (`sendToPage` in lib/extension/page-pull.ts): a page where nothing
 * listens (off topic) first has its scout listen.
 */
export async function addNoteFromMenu(browser: TestBrowser, page: TestPage, message: object = { type: 'page/add-note' }): Promise<void> {
  const popup = await browser.openPopup(page);
  await popup.evaluate(async (m) => {
    const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    const tabId = Number(new URLSearchParams(location.search).get('tabId'));
    const inject = async (file: string) => (await api.scripting.executeScript({ target: { tabId }, files: [file] }))[0]?.result;
    try {
      await api.tabs.sendMessage(tabId, m);
    } catch {
      if ((await inject('/scout-listen.js')) !== true) {
        await inject('/scout.js');
        await inject('/scout-listen.js');
      }
      await api.tabs.sendMessage(tabId, m);
    }
  }, message);
  await popup.close();
  await page.bringToFront();
}

/** Selects the first occurrence of `text` in the page, as a reader dragging over it would. */
export const select = (page: TestPage, text: string) =>
  page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }
    throw new Error(`not on the page: ${wanted}`);
  }, text);
