/**
 * The card's code arrives on demand (entrypoints/content/lazy-card.ts): fetched once, an open made
 * while it loads is shown when it arrives unless closed first, and a failed load is asked again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyCard, publishCardFactory, type PageCard } from '@/entrypoints/content/lazy-card';
import type { CardApi } from '@/components/card-api';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__glossCardFactory;
  document.body.replaceChildren();
});

/** A stand-in for CardHost that records what it was asked. */
function fakeCard(): PageCard & { opened: HTMLElement[] } {
  let anchor: HTMLElement | null = null;
  const card = {
    opened: [] as HTMLElement[],
    pinned: false,
    get isOpen() {
      return anchor !== null;
    },
    get anchor() {
      return anchor;
    },
    onClosed: () => {},
    contains: () => false,
    open(at: HTMLElement) {
      anchor = at;
      card.opened.push(at);
    },
    close() {
      anchor = null;
      card.onClosed();
    },
  };
  return card;
}

const api = {} as CardApi;
const subject = { text: 'A sentence.', matches: [] };

function anchorInPage(): HTMLElement {
  const el = document.createElement('gloss-claim');
  document.body.append(el);
  return el;
}

/** A card whose code "arrives" when the test calls `arrive`, as the background's injection would. */
function lazyCardWithControlledLoad() {
  const real = fakeCard();
  let arrive!: () => void;
  const loadCode = vi.fn(
    () =>
      new Promise<void>((resolve) => {
        arrive = () => {
          publishCardFactory(() => real);
          resolve();
        };
      }),
  );
  return { card: new LazyCard(api, loadCode), real, loadCode, arrive: () => arrive() };
}

describe('the card loaded on demand', () => {
  it('shows an open made while the code loads, once it arrives, and fetches the code only once', async () => {
    const { card, real, loadCode, arrive } = lazyCardWithControlledLoad();
    const anchor = anchorInPage();
    card.open(anchor, subject, { focus: false });
    expect(card.isOpen).toBe(true);
    expect(card.anchor).toBe(anchor);
    const again = card.preload();
    arrive();
    expect(await again).toBe(real);
    expect(real.opened).toEqual([anchor]);
    expect(loadCode).toHaveBeenCalledOnce();
    card.open(anchor, subject, { focus: true });
    expect(real.opened).toHaveLength(2);
  });

  it('forgets an open closed before the code arrived, and says it closed', async () => {
    const { card, real, arrive } = lazyCardWithControlledLoad();
    const closed = vi.fn();
    card.onClosed = closed;
    card.open(anchorInPage(), subject, { focus: false });
    card.close({ restoreFocus: false });
    expect(card.isOpen).toBe(false);
    expect(closed).toHaveBeenCalledOnce();
    arrive();
    await card.preload();
    expect(real.opened).toEqual([]);
    // The real card's closing reaches the page's handler too.
    card.open(anchorInPage(), subject, { focus: false });
    card.close({ restoreFocus: false });
    expect(closed).toHaveBeenCalledTimes(2);
  });

  it('asks again after a failed load, and reports the failure', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const real = fakeCard();
    const loadCode = vi
      .fn()
      .mockRejectedValueOnce(new Error('no tab'))
      .mockImplementationOnce(async () => publishCardFactory(() => real));
    const card = new LazyCard(api, loadCode);
    expect(await card.preload()).toBeNull();
    expect(error).toHaveBeenCalledOnce();
    expect(await card.preload()).toBe(real);
    expect(loadCode).toHaveBeenCalledTimes(2);
  });
});
