/**
 * The one `<gloss-card>` on a page: a shadow-root host placed next to a highlight with
 * floating-ui, following scroll and resize. Only one card is open at a time.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import cardCss from '@/components/card.css?inline';
import { ClaimCard } from '@/components/ClaimCard';
import { PassageNoteCard } from '@/components/PassageNoteCard';
import type { CardApi } from '@/components/card-api';
import type { NoteStore } from '@/components/NoteEditor';
import type { SentenceMatch } from '@/lib/match/matcher';
import { CARD_TAG } from '@/lib/dom/names';
import { createShadowHost } from './shadow-host';

/** What the card is opened on: a highlighted sentence and what it matched, or a passage note. */
export type CardSubject = { text: string; matches: SentenceMatch[] } | { noteId: string; quote: string; store: NoteStore };

export { CARD_TAG };

export class CardHost {
  #host: HTMLElement | null = null;
  #mount: HTMLElement | null = null;
  #anchor: HTMLElement | null = null;
  #stopFollowing: (() => void) | null = null;
  #subject: CardSubject | null = null;
  #pinned = false;
  /** Called after the card closes (the page may have deferred work until then). */
  onClosed: () => void = () => {};

  constructor(private readonly api: CardApi) {}

  /** A pinned card stays open when the pointer leaves or the reader clicks elsewhere. */
  get pinned(): boolean {
    return this.#pinned;
  }

  get isOpen(): boolean {
    return this.#anchor !== null;
  }

  get anchor(): HTMLElement | null {
    return this.#anchor;
  }

  /** True for the host and anything in its shadow tree. */
  contains(node: EventTarget | null): boolean {
    return !!this.#host && node instanceof Node && (node === this.#host || this.#host.contains(node));
  }

  /** Opens (or moves) the card to `anchor`; with `focus`, focus goes into the card. */
  open(anchor: HTMLElement, subject: CardSubject, { focus }: { focus: boolean }): void {
    if (this.#anchor && this.#anchor !== anchor) this.#releaseAnchor(this.#anchor);
    const { host, mount } = this.#ensureHost();
    if (this.#anchor !== anchor) this.#pinned = false;
    this.#anchor = anchor;
    this.#subject = subject;
    anchor.setAttribute('data-gloss-active', '');
    anchor.setAttribute('aria-expanded', 'true');
    this.#render();
    this.#stopFollowing?.();
    this.#stopFollowing = autoUpdate(anchor, host, () => void this.#place(anchor, host));
    // preventScroll: the card is fixed, and a focus-scroll would cut short a smooth scroll to the highlight.
    if (focus) (mount.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  /** Closes the card; with `restoreFocus`, focus returns to the highlight it was opened from. */
  close({ restoreFocus }: { restoreFocus: boolean }): void {
    const anchor = this.#anchor;
    if (!anchor) return;
    this.#stopFollowing?.();
    this.#stopFollowing = null;
    if (this.#mount) render(null, this.#mount);
    this.#host?.remove();
    this.#host = null;
    this.#mount = null;
    this.#anchor = null;
    this.#subject = null;
    this.#pinned = false;
    this.#releaseAnchor(anchor);
    if (restoreFocus && anchor.isConnected) anchor.focus();
    this.onClosed();
  }

  #releaseAnchor(anchor: HTMLElement): void {
    anchor.removeAttribute('data-gloss-active');
    anchor.removeAttribute('aria-expanded');
  }

  #render(): void {
    if (!this.#mount || !this.#subject) return;
    if ('store' in this.#subject) {
      render(
        <PassageNoteCard
          key={this.#subject.noteId}
          quote={this.#subject.quote}
          store={this.#subject.store}
          onClose={() => this.close({ restoreFocus: true })}
        />,
        this.#mount,
      );
      return;
    }
    render(
      <ClaimCard
        sentence={this.#subject}
        api={this.api}
        pinned={this.#pinned}
        onTogglePin={() => {
          this.#pinned = !this.#pinned;
          this.#render();
        }}
        onClose={() => this.close({ restoreFocus: true })}
      />,
      this.#mount,
    );
  }

  #ensureHost(): { host: HTMLElement; mount: HTMLElement } {
    if (this.#host && this.#mount) return { host: this.#host, mount: this.#mount };
    const mount = document.createElement('div');
    const { host, shadow } = createShadowHost(CARD_TAG, cardCss, [mount]);
    shadow.addEventListener('keydown', (e) => keepTabInside(e as KeyboardEvent, shadow));
    this.#host = host;
    this.#mount = mount;
    return { host, mount };
  }

  async #place(anchor: HTMLElement, host: HTMLElement): Promise<void> {
    // A page that sets CSS `zoom` on <html> would zoom our host too, while floating-ui measures
    // the highlight in viewport pixels and the card in its own CSS pixels. The host undoes the
    // page's zoom (card.css), so both are viewport pixels and the card keeps its normal size.
    const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
    host.style.setProperty('--gloss-unzoom', String(1 / zoom));
    const { x, y } = await computePosition(visibleLineOf(anchor), host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Never taller than the room left on the chosen side: the card scrolls inside instead.
        size({ padding: 8, apply: ({ availableHeight }) => host.style.setProperty('--gloss-max-height', `${Math.max(160, Math.floor(availableHeight))}px`) }),
      ],
    });
    if (this.#host !== host) return;
    host.style.setProperty('--gloss-x', `${Math.round(x)}px`);
    host.style.setProperty('--gloss-y', `${Math.round(y)}px`);
  }
}

const FOCUSABLE = 'button:not([disabled]), a[href], textarea:not([disabled]), summary, [tabindex="0"]';

/**
 * Tab and Shift+Tab cycle through the card while it is open: the host sits at the end of the
 * document, so leaving it would drop focus into the browser's toolbar. Esc leaves the card.
 */
function keepTabInside(e: KeyboardEvent, root: ShadowRoot): void {
  if (e.key !== 'Tab') return;
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (items.length === 0) return;
  const first = items[0];
  const last = items[items.length - 1];
  const active = root.activeElement;
  if (e.shiftKey && (active === first || !items.includes(active as HTMLElement))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !items.includes(active as HTMLElement))) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * What the card is placed against: the highlight's box when it is all on screen; otherwise its
 * first line that is. A sentence on a phone can be taller than the screen, and against its whole
 * box the card would go below it, off screen. Off screen altogether, the whole box.
 */
function visibleLineOf(anchor: HTMLElement): { getBoundingClientRect(): DOMRect; contextElement: Element } {
  return {
    contextElement: anchor,
    getBoundingClientRect: () => {
      const box = anchor.getBoundingClientRect();
      // The whole sentence when it is on screen, so the card does not cover what is being read.
      if (box.top >= 0 && box.bottom <= innerHeight) return box;
      const lines = [...anchor.getClientRects()];
      return lines.find((r) => r.bottom > 0 && r.top < innerHeight && r.height > 0) ?? box;
    },
  };
}
