/**
 * Changes handed over once a page settles, or at the latest after the longest wait; Gloss shows
 * itself busy until the handler is done.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettledBatch } from '@/lib/page/settled-batch';
import { IDLE_ATTRIBUTE } from '@/lib/dom/names';

const idle = () => document.documentElement.hasAttribute(IDLE_ATTRIBUTE);

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => void vi.useRealTimers());

describe('createSettledBatch', () => {
  it('hands over everything once the page has been quiet for the settle time', () => {
    const flush = vi.fn();
    const batch = createSettledBatch<number>({ settleMs: 200, maxWaitMs: 1000, flush });
    batch.add([1]);
    vi.advanceTimersByTime(150);
    batch.add([2, 3]);
    vi.advanceTimersByTime(150);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60);
    expect(flush).toHaveBeenCalledExactlyOnceWith([1, 2, 3]);
  });

  it('does not wait past the longest wait on a page that never stops changing', () => {
    const flush = vi.fn();
    const batch = createSettledBatch<number>({ settleMs: 200, maxWaitMs: 1000, flush });
    for (let t = 0; t <= 1000; t += 100) {
      batch.add([t]);
      vi.advanceTimersByTime(100);
    }
    expect(flush).toHaveBeenCalledTimes(1);
    expect(flush.mock.calls[0][0]).toHaveLength(10);
    batch.clear(); // the last change is still waiting: not left busy for the next test
  });

  it('is busy while changes wait and while the handler works, and idle after; clear drops what waits', async () => {
    let finish = () => {};
    const flush = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const batch = createSettledBatch<number>({ settleMs: 200, maxWaitMs: 1000, flush });
    batch.add([1]);
    expect(idle()).toBe(false);
    vi.advanceTimersByTime(250);
    expect(flush).toHaveBeenCalledOnce();
    expect(idle()).toBe(false);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle()).toBe(true);

    batch.add([2]);
    expect(idle()).toBe(false);
    batch.clear();
    expect(idle()).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(flush).toHaveBeenCalledOnce();
  });
});
