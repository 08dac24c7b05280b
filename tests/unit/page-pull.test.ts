/**
 * The background's side of the scout (lib/extension/page-pull.ts): each allowed page read once
 * per address, the decision always told to the scout, and messages that reach a page where
 * nothing listened yet.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { pullPage, pullPagesAsTheyLoad, sendToPage } from '@/lib/extension/page-pull';

type Injection = { target: { tabId: number }; files: string[] };

/** Fakes `scripting.executeScript`: `results` answers each file; records what was injected. */
function fakeInjections(results: Record<string, unknown>) {
  const injected: string[] = [];
  const scripting = {
    executeScript: vi.fn(async ({ files }: Injection) => {
      injected.push(files[0]);
      return [{ frameId: 0, result: results[files[0]] }];
    }),
  };
  vi.spyOn(browser, 'scripting', 'get').mockReturnValue(scripting as never);
  return injected;
}

/** `tabs.sendMessage`, typed loosely: its declared reply is void. */
const sendMessageSpy = () => vi.spyOn(browser.tabs as unknown as { sendMessage(tabId: number, message: unknown): Promise<unknown> }, 'sendMessage');

const TEXT = { url: 'https://news.example/story', blocks: ['Some text.'], more: false };

afterEach(() => vi.restoreAllMocks());

describe('pullPage', () => {
  it('decides on the text the scout gives back, with the address the browser reports, and tells it', async () => {
    const injected = fakeInjections({ '/scout.js': TEXT });
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 3, url: 'https://news.example/story#top' } as never);
    const decide = vi.fn(async () => true);
    await pullPage(3, decide);
    expect(decide).toHaveBeenCalledWith(3, 'https://news.example/story#top', TEXT);
    expect(injected).toEqual(['/scout.js', '/scout-listen.js']);
  });

  it('tells the scout "quiet" when the page does not start Gloss, or the decision fails', async () => {
    const injected = fakeInjections({ '/scout.js': TEXT });
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 3, url: TEXT.url } as never);
    await pullPage(3, async () => false);
    await expect(pullPage(3, async () => Promise.reject(new Error('no database')))).rejects.toThrow('no database');
    expect(injected).toEqual(['/scout.js', '/scout-quiet.js', '/scout.js', '/scout-quiet.js']);
  });

  it('asks nothing when the scout had nothing new to read', async () => {
    const injected = fakeInjections({ '/scout.js': null });
    const decide = vi.fn(async () => true);
    await pullPage(3, decide);
    expect(decide).not.toHaveBeenCalled();
    expect(injected).toEqual(['/scout.js']);
  });
});

describe('pullPagesAsTheyLoad', () => {
  it('reads a page once it has a title or has loaded, once per address, and never a page Gloss may not read', async () => {
    const pulls: number[] = [];
    let update: ((tabId: number, change: object, tab: object) => void) | undefined;
    vi.spyOn(browser.tabs.onUpdated, 'addListener').mockImplementation(((l: typeof update) => (update = l)) as never);
    pullPagesAsTheyLoad(async (tabId) => void pulls.push(tabId));
    const story = { url: 'https://news.example/story', status: 'loading' };

    update!(1, { status: 'loading', url: story.url }, story);
    expect(pulls).toEqual([]);
    update!(1, { title: 'A story' }, story);
    update!(1, { status: 'complete' }, { ...story, status: 'complete' });
    expect(pulls).toEqual([1]);
    // A single-page app's next address, then a reload of it.
    update!(1, { url: `${story.url}-2` }, { url: `${story.url}-2`, status: 'complete' });
    update!(1, { status: 'loading' }, { url: `${story.url}-2`, status: 'loading' });
    update!(1, { status: 'complete' }, { url: `${story.url}-2`, status: 'complete' });
    expect(pulls).toEqual([1, 1, 1]);
    // No address: a site the reader did not grant. Another scheme: not a web page.
    update!(2, { status: 'complete' }, { status: 'complete' });
    update!(2, { status: 'complete' }, { url: 'chrome://settings', status: 'complete' });
    expect(pulls).toEqual([1, 1, 1]);
  });
});

describe('sendToPage', () => {
  it('sends at once where a script listens', async () => {
    const injected = fakeInjections({});
    sendMessageSpy().mockResolvedValue({ ok: 1 });
    expect(await sendToPage(4, { type: 'page/add-note' })).toEqual({ ok: 1 });
    expect(injected).toEqual([]);
  });

  it('where nothing listens, has the page read and its scout listen, then sends again', async () => {
    const injected = fakeInjections({ '/scout-listen.js': undefined });
    const send = sendMessageSpy().mockRejectedValueOnce(new Error('Receiving end does not exist.')).mockResolvedValueOnce('done');
    expect(await sendToPage(4, { type: 'page/add-note' })).toBe('done');
    expect(injected).toEqual(['/scout-listen.js', '/scout.js', '/scout-listen.js']);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('where a scout is there but not listening, only has it listen', async () => {
    const injected = fakeInjections({ '/scout-listen.js': true });
    sendMessageSpy().mockRejectedValueOnce(new Error('Receiving end does not exist.')).mockResolvedValueOnce('done');
    expect(await sendToPage(4, { type: 'page/add-note' })).toBe('done');
    expect(injected).toEqual(['/scout-listen.js']);
  });
});
