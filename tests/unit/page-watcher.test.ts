/**
 * The page watcher does not see Gloss's own DOM work (`quiet`), and does not lose the page's own
 * changes that were still waiting to be delivered when Gloss's work started.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/entrypoints/content/page-watcher';

afterEach(() => {
  vi.useRealTimers();
});

/** Delivers pending mutation records (a microtask), then ends every settle timer. */
async function settle(): Promise<void> {
  await Promise.resolve();
  await vi.runAllTimersAsync();
}

describe('the page watcher', () => {
  it("ignores Gloss's own changes and keeps the page's changes made just before them", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = '<article><p id="a">One sentence.</p><p id="b">Two sentences.</p></article>';
    const changed = vi.fn();
    const stop = new AbortController();
    const watcher = watchPage({ onChangedBlocks: changed, onNavigation: () => {}, listenForLocationChange: () => {}, signal: stop.signal });
    const ours = () => watcher.quiet(() => document.getElementById('a')!.append(document.createElement('gloss-note')));

    ours();
    await settle();
    expect(changed).not.toHaveBeenCalled();

    // The page changes a paragraph, and Gloss writes before that change is delivered.
    document.getElementById('b')!.textContent = 'Two changed sentences.';
    ours();
    await settle();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed.mock.calls[0][0]).toEqual([document.getElementById('b')]);
    stop.abort();
  });
});
