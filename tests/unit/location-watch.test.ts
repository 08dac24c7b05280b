/** Address changes without a load (pushState), with and without the Navigation API. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '@/lib/page/location-watch';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('watchLocation', () => {
  it("follows the Navigation API's entry changes, until stopped", () => {
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const stop = new AbortController();
    const listener = vi.fn();
    watchLocation(listener, stop.signal);
    navigation.dispatchEvent(new Event('navigate'));
    expect(listener).not.toHaveBeenCalled();
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(listener).toHaveBeenCalledTimes(1);
    stop.abort();
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('without it, compares the address once a second, until stopped', () => {
    vi.stubGlobal('navigation', undefined);
    vi.useFakeTimers();
    const stop = new AbortController();
    const listener = vi.fn();
    watchLocation(listener, stop.signal);
    vi.advanceTimersByTime(1000);
    expect(listener).not.toHaveBeenCalled();
    history.pushState(null, '', '/next-article');
    vi.advanceTimersByTime(1000);
    expect(listener).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3000);
    expect(listener).toHaveBeenCalledTimes(1);
    stop.abort();
    history.pushState(null, '', '/third-article');
    vi.advanceTimersByTime(3000);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
