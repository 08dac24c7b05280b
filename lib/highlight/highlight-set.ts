/**
 * All of Gloss's highlights on a page, applied from findings and removed together.
 * Removal runs in reverse order of application, so every split text node is joined back to the
 * node it came from and the page's DOM is exactly as before.
 */
import type { Finding } from '../page/find-claims';
import { forEachInFrames, newFramePace } from '../util/cooperate';
import { HIGHLIGHT_TAG, highlightRange, removeHighlight, type Highlight } from './highlight';
import { viewportFirst } from './viewport-order';
import { TabStop } from './roving';

export interface AppliedHighlight {
  finding: Finding;
  claimIds: string[];
  highlight: Highlight;
}

/** How a highlight presents itself to assistive technology, e.g. "Claim: …, show context". */
export type Labeller = (claimIds: string[]) => string;
/** The verdict class of the sentence's best claim, shown by the highlight's style (highlight.css). */
export type Classifier = (claimIds: string[]) => string | undefined;

/** How the highlights look: an underline only (a wash on hover or focus), or a wash as well. */
export type Look = 'subtle' | 'full';
/** On every highlight element while the look is subtle (highlight.css). */
const SUBTLE = 'data-gloss-subtle';
/**
 * On a block's second and later highlighted sentences: in the subtle look they show no mark until
 * the reader points into their paragraph or moves focus there, so a claim-heavy paragraph carries
 * one underline at rest, not a wall of them (highlight.css).
 */
const QUIET = 'data-gloss-quiet';

/** Runs a piece of DOM work; the page watcher passes one that hides our own mutations from it. */
export type MutationRunner = <T>(work: () => T) => T;

export class HighlightSet {
  #applied: AppliedHighlight[] = [];
  #byElement = new WeakMap<Element, AppliedHighlight>();
  #mutate: MutationRunner;
  /** The one Tab stop among the highlights (roving.ts). */
  readonly tabStop = new TabStop();
  /** Shared by every pass: a long page is drawn in parts, at one pace. */
  readonly #pace = newFramePace();
  #look: Look = 'subtle';

  constructor(mutate: MutationRunner = (work) => work()) {
    this.#mutate = mutate;
  }

  /**
   * Wraps each finding's sentence. A sentence making several claims is one highlight, best match
   * first. `tone` says whether the text sits on a light or dark background. Those near the viewport
   * go first unless `viewportFirst` is false (it reads layout before writing).
   */
  async apply(
    findings: Finding[],
    label: Labeller,
    tone: 'light' | 'dark' = 'light',
    signal?: AbortSignal,
    classify?: Classifier,
    { viewportFirst: nearFirst = true } = {},
  ): Promise<void> {
    const marked = new Set(this.#applied.map((a) => a.finding.block.element));
    // Wrapping is DOM work: done inside animation frames, a frame's worth at a time, so the page
    // lays itself out once per frame and never blocks; the reader's part of the page comes first.
    await forEachInFrames(
      nearFirst ? viewportFirst(findings) : findings,
      (finding) => {
        const claimIds = finding.matches.map((m) => m.claimId);
        const verdict = classify?.(claimIds);
        const quiet = marked.has(finding.block.element);
        marked.add(finding.block.element);
        const highlight = highlightRange(finding.block, finding.start, finding.end, (el, part) => {
          el.setAttribute('data-claim-id', claimIds[0]);
          el.setAttribute('data-claim-ids', claimIds.join(' '));
          if (tone === 'dark') el.setAttribute('data-gloss-tone', 'dark');
          if (verdict) el.setAttribute('data-gloss-verdict', verdict);
          if (this.#look === 'subtle') el.setAttribute(SUBTLE, '');
          if (quiet) el.setAttribute(QUIET, '');
          if (part === 0) {
            this.tabStop.added(el);
            el.setAttribute('role', 'button');
            el.setAttribute('aria-haspopup', 'dialog');
            el.setAttribute('aria-label', label(claimIds));
          } else {
            // The rest of a sentence split by inline markup: focusable for the contract, but one
            // Tab stop per sentence is enough.
            el.tabIndex = -1;
            el.setAttribute('data-gloss-part', String(part));
          }
        });
        const applied = { finding, claimIds, highlight };
        this.#applied.push(applied);
        for (const el of highlight.elements) this.#byElement.set(el, applied);
      },
      signal,
      (frame) => this.#mutate(frame),
      this.#pace,
    );
    this.#mutate(() => this.tabStop.settle(document));
  }

  /** Changes the look of the highlights drawn and to come (one attribute per element). */
  setLook(look: Look): void {
    if (look === this.#look) return;
    this.#look = look;
    this.#mutate(() => {
      for (const { highlight } of this.#applied) for (const el of highlight.elements) el.toggleAttribute(SUBTLE, look === 'subtle');
    });
  }

  /** Removes every highlight; the DOM is restored exactly. */
  clear(): void {
    this.#mutate(() => {
      for (const applied of this.#applied.reverse()) removeHighlight(applied.highlight);
    });
    this.#applied = [];
    this.#byElement = new WeakMap();
  }

  /**
   * Removes the highlights in these blocks (all of a block's, newest first: highlights of one
   * block share split text nodes, so a block is restored whole or not at all), and forgets
   * highlights the page itself has removed from the document.
   */
  removeInBlocks(blocks: ReadonlySet<Element>): void {
    const keep: AppliedHighlight[] = [];
    this.#mutate(() => {
      for (const applied of [...this.#applied].reverse()) {
        if (!applied.highlight.elements[0]?.isConnected) continue;
        if (blocks.has(applied.finding.block.element)) removeHighlight(applied.highlight);
        else keep.unshift(applied);
      }
    });
    this.#applied = keep;
    this.#mutate(() => this.tabStop.settle(document));
  }

  /**
   * The highlight an event target belongs to, if it is still on the page. A hover timer may fire
   * after a rescan took its highlight away: the element it holds then belongs to nothing.
   */
  find(target: EventTarget | null): AppliedHighlight | undefined {
    const el = target instanceof Element ? target.closest(HIGHLIGHT_TAG) : null;
    const applied = el ? this.#byElement.get(el) : undefined;
    return applied?.highlight.elements[0]?.isConnected ? applied : undefined;
  }

  get all(): readonly AppliedHighlight[] {
    return this.#applied;
  }
}
