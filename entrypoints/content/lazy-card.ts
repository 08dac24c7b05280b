/**
 * The card as the rest of Gloss sees it, with its code loaded on demand. The card's code (Preact,
 * floating-ui, the card's components and styles: about 40% of what highlighting a page needs) is
 * a script of its own, `card.js`, that the background injects into the tab when asked
 * (`page/card`). Evaluating it then is a task of its own, so the injection that highlights a
 * page, Gloss's longest task there, does not compile the card too.
 *
 * The code is fetched once the first highlighting pass is done (`preload`), or at the first
 * `open` if that comes sooner; an `open` made meanwhile is kept and shown when the code arrives,
 * unless `close` came in between.
 */
import type { CardApi } from '@/components/card-api';
import { busyWhile } from '@/lib/page/activity';
import type { CardSubject } from './card-host';

/** What the page's parts use of the card (implemented by CardHost). */
export interface PageCard {
  /** A pinned card stays open when the pointer leaves or the reader clicks elsewhere. */
  readonly pinned: boolean;
  readonly isOpen: boolean;
  readonly anchor: HTMLElement | null;
  /** Called after the card closes. */
  onClosed: () => void;
  contains(node: EventTarget | null): boolean;
  open(anchor: HTMLElement, subject: CardSubject, options: { focus: boolean }): void;
  close(options: { restoreFocus: boolean }): void;
}

export type CardFactory = (api: CardApi) => PageCard;

// In the content scripts' isolated world, shared by gloss.js and card.js; never the page's.
const KEY = '__glossCardFactory';
const scope = () => globalThis as unknown as Record<string, CardFactory | undefined>;

/** Called by card.js when it is evaluated. */
export function publishCardFactory(factory: CardFactory): void {
  scope()[KEY] = factory;
}

interface PendingOpen {
  anchor: HTMLElement;
  subject: CardSubject;
  focus: boolean;
}

export class LazyCard implements PageCard {
  #real: PageCard | null = null;
  #loading: Promise<PageCard | null> | null = null;
  #pending: PendingOpen | null = null;
  onClosed: () => void = () => {};

  /** `loadCode` asks the background to inject card.js; it resolves once that ran. */
  constructor(
    private readonly api: CardApi,
    private readonly loadCode: () => Promise<void>,
  ) {}

  get pinned(): boolean {
    return this.#real?.pinned ?? false;
  }

  get isOpen(): boolean {
    return this.#pending !== null || (this.#real?.isOpen ?? false);
  }

  get anchor(): HTMLElement | null {
    return this.#pending?.anchor ?? this.#real?.anchor ?? null;
  }

  contains(node: EventTarget | null): boolean {
    return this.#real?.contains(node) ?? false;
  }

  /** Fetches the card's code now, if not yet fetched; resolves to the card (null if it failed). */
  preload(): Promise<PageCard | null> {
    this.#loading ??= busyWhile(() => this.#load()).then((real) => {
      if (!real) this.#loading = null; // failed: the next call asks again
      return real;
    });
    return this.#loading;
  }

  open(anchor: HTMLElement, subject: CardSubject, { focus }: { focus: boolean }): void {
    if (this.#real) {
      this.#real.open(anchor, subject, { focus });
      return;
    }
    this.#pending = { anchor, subject, focus };
    void this.preload().then((real) => {
      const pending = this.#pending;
      this.#pending = null;
      if (real && pending?.anchor.isConnected) real.open(pending.anchor, pending.subject, { focus: pending.focus });
    });
  }

  close(options: { restoreFocus: boolean }): void {
    if (this.#pending) {
      this.#pending = null;
      this.onClosed();
      return;
    }
    this.#real?.close(options);
  }

  async #load(): Promise<PageCard | null> {
    try {
      if (!scope()[KEY]) await this.loadCode();
      const create = scope()[KEY];
      if (!create) throw new Error('card.js did not publish the card');
      const real = create(this.api);
      real.onClosed = () => this.onClosed();
      this.#real = real;
      return real;
    } catch (error) {
      // Highlights stay useful without a card.
      console.error('[gloss] the card could not be loaded', error);
      return null;
    }
  }
}
