/**
 * The rest of Gloss starts a task after it is injected (entrypoints/gloss.ts), but publishes its handle at
 * once, since the scout reads it as soon as the injection returns.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishDeferredStart, publishRunningGloss, runningGloss, type RunningGloss } from '@/lib/page/handoff';

afterEach(() => publishRunningGloss(undefined));

const fakeGloss = (): RunningGloss => ({
  onEvent: vi.fn(async () => {}),
  onPageRequest: vi.fn(async () => ({ active: true }) as never),
});

describe('the deferred start', () => {
  it('publishes a handle before the start, and a message sent then reaches the started Gloss', async () => {
    let release!: () => void;
    const later = new Promise<void>((resolve) => (release = resolve));
    const gloss = fakeGloss();
    const start = vi.fn(() => gloss);
    publishDeferredStart(later, start);
    const handle = runningGloss();
    expect(handle).toBeDefined();
    const reply = handle!.onPageRequest({ type: 'page/status' } as never);
    void handle!.onEvent({ type: 'notes/changed' } as never);
    expect(start).not.toHaveBeenCalled();
    release();
    expect(await reply).toEqual({ active: true });
    expect(start).toHaveBeenCalledTimes(1);
    expect(gloss.onEvent).toHaveBeenCalledTimes(1);
  });

  it('answers nothing when the start declines (the content script was stopped meanwhile)', async () => {
    publishDeferredStart(Promise.resolve(), () => undefined);
    expect(await runningGloss()!.onPageRequest({ type: 'page/status' } as never)).toBeNull();
  });
});
