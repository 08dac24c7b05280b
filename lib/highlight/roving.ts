/**
 * One Tab stop for all of a page's highlights (a roving tabindex): a page with 32 highlighted
 * sentences should not cost a keyboard reader 32 presses of Tab to get past them. The first
 * highlight in the page's order is the stop until the reader focuses another one; arrow keys move
 * between highlights (interactions.ts), and the one they land on becomes the stop.
 */
import { HIGHLIGHT_TAG } from './highlight';

/** A sentence's first element: the one that takes focus (the rest of a split sentence does not). */
export const SENTENCE_START = `${HIGHLIGHT_TAG}:not([data-gloss-part])`;

export class TabStop {
  #current: HTMLElement | null = null;
  /** The reader chose the stop (focused a highlight): the page's order no longer decides it. */
  #chosen = false;

  /** A new sentence start: focusable by script and arrow keys; the stop only if there is none. */
  added(el: HTMLElement): void {
    el.tabIndex = -1;
    if (!this.#current?.isConnected) this.#set(el);
  }

  /** After highlighting or removing: the stop is the page's first highlight, unless the reader chose one that is still there. */
  settle(doc: Document): void {
    if (this.#chosen && this.#current?.isConnected) return;
    this.#chosen = false;
    const first = doc.querySelector<HTMLElement>(SENTENCE_START);
    if (first) this.#set(first);
    else this.#current = null;
  }

  /** The reader focused this sentence start. */
  focused(el: HTMLElement): void {
    this.#chosen = true;
    this.#set(el);
  }

  /** The sentence start `step` places from `from` in the page's order (clamped), or the first or last. */
  static neighbour(doc: Document, from: Element, step: number | 'first' | 'last'): HTMLElement | null {
    const all = [...doc.querySelectorAll<HTMLElement>(SENTENCE_START)];
    if (all.length === 0) return null;
    if (step === 'first') return all[0];
    if (step === 'last') return all[all.length - 1];
    const at = all.indexOf(from as HTMLElement);
    return all[Math.min(all.length - 1, Math.max(0, at + step))] ?? null;
  }

  #set(el: HTMLElement): void {
    if (this.#current && this.#current !== el && this.#current.isConnected) this.#current.tabIndex = -1;
    el.tabIndex = 0;
    this.#current = el;
  }
}
