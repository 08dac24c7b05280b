/**
 * How the reader opens and closes the card: hover (with an intent delay), click or tap,
 * focus + Enter/Space; Esc and a press outside close it. Listeners sit on the window in the
 * capture phase so a page that stops propagation cannot swallow them, and go away with `signal`.
 */
import type { HighlightSet } from '@/lib/highlight/highlight-set';
import type { PageCard } from './lazy-card';
import { beginWork } from '@/lib/page/activity';
import { SENTENCE_START, TabStop } from '@/lib/highlight/roving';
import { t } from '@/lib/i18n/strings';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;

/**
 * A hover-intent timer that counts as Gloss's work while it is pending (see activity.ts): a card
 * about to open or close is something left to do, so "idle" also means "no card is on its way".
 */
function intentTimer(): { start(run: () => void, ms: number): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done: (() => void) | undefined;
  const cancel = () => {
    clearTimeout(timer);
    done?.();
    done = undefined;
  };
  return {
    start(run, ms) {
      // The new work begins before the old ends: no idle moment in between.
      const end = beginWork();
      cancel();
      done = end;
      timer = setTimeout(() => {
        try {
          run();
        } finally {
          end();
        }
      }, ms);
    },
    cancel,
  };
}

/** Keys that move focus between highlighted sentences, and where to. */
const MOVES: Record<string, number | 'first' | 'last'> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: 'first', End: 'last' };

export function wireInteractions(highlights: HighlightSet, card: PageCard, signal: AbortSignal, announce: (text: string) => void = () => {}): void {
  const openTimer = intentTimer();
  const closeTimer = intentTimer();
  /** Opened by click, tap or keyboard: stays until closed on purpose, not on pointer-out. */
  let sticky = false;

  const cancelTimers = () => {
    openTimer.cancel();
    closeTimer.cancel();
  };

  const open = (target: EventTarget | null, how: 'hover' | 'press' | 'keyboard') => {
    const applied = highlights.find(target);
    if (!applied) return;
    cancelTimers();
    sticky = how !== 'hover';
    const anchor = applied.highlight.elements[0];
    card.open(anchor, { text: applied.finding.sentence, matches: applied.finding.matches }, { focus: how === 'keyboard' });
  };

  const listen = <K extends keyof WindowEventMap>(type: K, handler: (e: WindowEventMap[K]) => void) =>
    window.addEventListener(type, handler, { capture: true, signal });

  listen('pointerover', (e) => {
    if (card.contains(e.target)) {
      closeTimer.cancel();
      return;
    }
    if (e.pointerType !== 'mouse' || !highlights.find(e.target)) return;
    closeTimer.cancel();
    openTimer.start(() => open(e.target, 'hover'), HOVER_OPEN_MS);
  });

  listen('pointerout', (e) => {
    if (e.pointerType !== 'mouse') return;
    const leaving = highlights.find(e.target) || card.contains(e.target);
    const entering = highlights.find(e.relatedTarget) || card.contains(e.relatedTarget);
    if (!leaving || entering) return;
    openTimer.cancel();
    if (card.isOpen && !sticky && !card.pinned) closeTimer.start(() => card.close({ restoreFocus: false }), HOVER_CLOSE_MS);
  });

  listen('click', (e) => {
    // A link inside a highlighted sentence is still a link.
    if (e.target instanceof Element && e.target.closest('a[href]')) return;
    if (highlights.find(e.target)) open(e.target, 'press');
  });

  listen('keydown', (e) => {
    if (e.key === 'Escape' && card.isOpen) {
      e.stopPropagation();
      card.close({ restoreFocus: true });
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && highlights.find(e.target) && !card.contains(e.target)) {
      e.preventDefault();
      open(e.target, 'keyboard');
      return;
    }
    // On a highlighted sentence, arrows, Home and End move between highlights (one Tab stop).
    const move = MOVES[e.key];
    if (move === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !(e.target instanceof Element) || !e.target.matches(SENTENCE_START)) return;
    const next = TabStop.neighbour(document, e.target, move);
    if (!next || next === e.target) return;
    e.preventDefault();
    next.focus();
  });

  // Whichever highlight has focus is the Tab stop; a screen reader hears where it is in the set.
  listen('focusin', (e) => {
    if (!(e.target instanceof HTMLElement) || !e.target.matches(SENTENCE_START)) return;
    highlights.tabStop.focused(e.target);
    const all = [...document.querySelectorAll(SENTENCE_START)];
    const position = t.highlightPosition(all.indexOf(e.target) + 1, all.length);
    const fromOutside = !(e.relatedTarget instanceof Element && e.relatedTarget.matches(SENTENCE_START));
    announce(fromOutside ? `${position} ${t.highlightMoveHint()}` : position);
  });

  listen('pointerdown', (e) => {
    if (!card.isOpen || card.pinned || card.contains(e.target) || highlights.find(e.target)) return;
    // Focus goes back to the highlight only if it was in the card; otherwise the click decides.
    card.close({ restoreFocus: card.contains(document.activeElement) });
  });

  signal.addEventListener('abort', () => {
    cancelTimers();
    card.close({ restoreFocus: false });
  });
}
