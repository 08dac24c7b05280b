/**
 * The claims on this page: whole-page and incremental scans (matched in the background),
 * the reader's suppressions, and the highlights drawn from what remains. Whether to show them
 * at all is the page state's call; this part only does what it is told.
 */
import { HighlightSet } from '@/lib/highlight/highlight-set';
import { request } from '@/lib/messages/client';
import type { PageStatus } from '@/lib/messages/responses';
import { findClaims, findClaimsStepwise, type Finding, type MatchBlocksElsewhere } from '@/lib/page/find-claims';
import { createPackMatching, type PackMatching } from './pack-matching';
import { pageClaims, visibleFindings } from '@/lib/page/page-claims';
import { backgroundTone, type Tone } from '@/lib/page/page-tone';
import type { ShownClaim } from '@/lib/packs/shown-claim';
import { isPackClaimId } from '@/lib/packs/pack-ids';
import type { Suppressed } from '@/lib/store/suppressions';
import { DEFAULT_LOOK, type HighlightLook } from '@/lib/store/highlight-look';
import type { PageCard } from './lazy-card';
import { wireInteractions } from './interactions';
import { highlightLabels } from './highlight-labels';
import { createAnnouncer } from './announcer';
import type { Sightings } from './sightings';
import { createScanDrawing } from './scan-drawing';

export interface ClaimHighlightsDeps {
  card: PageCard;
  sightings: Sightings;
  quiet: <T>(work: () => T) => T;
  pageUrl: () => string;
  signal: AbortSignal;
}

export class ClaimHighlights {
  readonly highlights: HighlightSet;
  readonly claims = new Map<string, ShownClaim>();
  /** Every finding of the last scan, before the reader's suppressions are applied. */
  #findings: Finding[] = [];
  #suppressed: Suppressed = { dismissed: [], hidden: [] };
  /** The bundled claims are matched in the background, off the page's main thread. */
  readonly #matcher: MatchBlocksElsewhere;
  readonly packs: PackMatching;
  #scan: AbortController | undefined;
  /** Aborts a highlighting pass still under way when a newer one starts or highlights go. */
  #applying: AbortController | undefined;
  /** The background under the last scan's first highlight (page-tone.ts). */
  #tone: Tone | undefined;
  /** The reader's choice: `off` draws nothing, and the popup lists the claims instead. */
  #look: HighlightLook = DEFAULT_LOOK;

  constructor(private readonly deps: ClaimHighlightsDeps) {
    this.highlights = new HighlightSet(deps.quiet);
    this.packs = createPackMatching(deps.pageUrl);
    this.#matcher = (blocks) => request({ type: 'claims/match', url: deps.pageUrl(), blocks });
    // At once, not on the first highlight: Esc and a press outside close any card, a passage
    // note's too, also on a page with no claim at all.
    wireInteractions(this.highlights, deps.card, deps.signal, createAnnouncer(deps.quiet, deps.signal));
  }

  get hasFindings(): boolean {
    return this.#findings.length > 0;
  }

  /** Scans everything under `root` and shows what it finds, replacing the last scan's highlights. */
  async scanWhole(root: Element): Promise<void> {
    this.#scan?.abort();
    const thisScan = (this.#scan = new AbortController());
    const signal = AbortSignal.any([this.deps.signal, thisScan.signal]);
    // The reader's suppressions are read once a scan has findings, not before each part: the page
    // would wait a round trip between parts. A change meanwhile is read again (refreshSuppressed).
    let suppressedRead: Promise<void> | undefined;
    const drawing = createScanDrawing(
      {
        prepare: (found) => Promise.all([this.#loadClaimsOf(found), found.length ? (suppressedRead ??= this.refreshSuppressed()) : suppressedRead]),
        draw: async (found, fresh) => {
          this.#findings = found;
          if (fresh === 'all') return this.redraw();
          // Beside those drawn; a redraw meanwhile (suppressions changed) stops it.
          await this.#draw(this.#visible(fresh), AbortSignal.any([signal, ...(this.#applying ? [this.#applying.signal] : [])]), { beside: true });
        },
      },
      signal,
    );
    // On a long page, what is near the viewport is drawn first, then each part as it is matched.
    const { findings: found, more } = await findClaimsStepwise(root, this.#matcher, signal, await this.packs.elsewhere(), drawing.early);
    if (signal.aborted) return;
    await drawing.show(found);
    // Then the reader's packs: new findings are drawn; ones already drawn carry their new matches.
    const { findings, changed } = await more();
    if (!signal.aborted && changed.length) await drawing.show(findings);
  }

  /** Rescans changed blocks: their old highlights go, their new findings are added. */
  async rescanBlocks(blocks: Element[], touched: ReadonlySet<Element>): Promise<void> {
    const { card, signal } = this.deps;
    // The page removed the sentence the card was open on: the card goes with it.
    if (card.anchor && !card.anchor.isConnected) card.close({ restoreFocus: false });
    this.highlights.removeInBlocks(touched);
    this.#findings = this.#findings.filter((f) => f.block.element.isConnected && !touched.has(f.block.element));
    const elsewhere = await this.packs.elsewhere();
    const found: Finding[] = [];
    for (const block of blocks) if (block.isConnected) found.push(...(await findClaims(block, this.#matcher, signal, elsewhere)));
    await this.#loadClaimsOf(found);
    if (found.length && this.#findings.length === 0) this.#suppressed = await this.#readSuppressed();
    this.#findings.push(...found);
    await this.#draw(this.#visible(found), signal);
  }

  /** The blocks among these that hold a finding of the last scan. */
  blocksWithFindings(blocks: Element[]): Set<Element> {
    return new Set(this.#findings.map((f) => f.block.element).filter((el) => blocks.some((b) => b.contains(el))));
  }

  /** Draws every finding again (after suppressions changed). */
  async redraw(): Promise<void> {
    this.#applying?.abort();
    const thisPass = (this.#applying = new AbortController());
    this.deps.card.close({ restoreFocus: false });
    this.highlights.clear();
    await this.#draw(this.#visible(this.#findings), AbortSignal.any([this.deps.signal, thisPass.signal]));
  }

  /** Restyles the highlights, or draws them again when they go off or come back. */
  async setLook(look: HighlightLook): Promise<void> {
    const was = this.#look;
    this.#look = look;
    if (look !== 'off') this.highlights.setLook(look);
    if ((was === 'off') !== (look === 'off') && this.#findings.length > 0) await this.redraw();
  }

  /** Packs were imported, switched or deleted: ask again; their claims load afresh. */
  packsChanged(): void {
    this.packs.changed();
    for (const id of this.claims.keys()) if (isPackClaimId(id)) this.claims.delete(id);
  }

  async refreshSuppressed(): Promise<void> {
    this.#suppressed = await this.#readSuppressed();
  }

  /** Takes every highlight down and forgets the scan; the DOM is as before. */
  removeAll(): void {
    this.#scan?.abort();
    this.#applying?.abort();
    this.deps.card.close({ restoreFocus: false });
    const had = this.highlights.all.length > 0 || this.#findings.length > 0;
    this.highlights.clear();
    this.#findings = [];
    if (had) this.deps.sightings.report([]);
  }

  /** Scrolls to the claim's first highlight and opens its card; with highlights off, draws that one sentence first. */
  async show(claimId: string): Promise<void> {
    const drawn = () => this.highlights.all.find((a) => a.claimIds.includes(claimId));
    if (!drawn() && this.#look === 'off') {
      const finding = this.#visible(this.#findings).find((f) => f.matches.some((m) => m.claimId === claimId));
      if (finding) await this.#apply([finding], this.deps.signal);
    }
    const applied = drawn();
    if (!applied) return;
    const anchor = applied.highlight.elements[0];
    // Smooth only when someone can see it: a hidden tab (Firefox) drops a smooth scroll altogether.
    const instant = matchMedia('(prefers-reduced-motion: reduce)').matches || document.visibilityState === 'hidden';
    anchor.scrollIntoView({ block: 'center', behavior: instant ? 'auto' : 'smooth' });
    this.deps.card.open(anchor, { text: applied.finding.sentence, matches: applied.finding.matches }, { focus: true });
  }

  /** The popup's view of the claims: shown ones with counts, suppressed ones for undo. */
  status(): Pick<PageStatus, 'claims' | 'dismissed' | 'hidden'> {
    return pageClaims(this.#findings, this.#suppressed, (id) => this.claims.get(id));
  }

  #visible(list: Finding[]): Finding[] {
    return visibleFindings(list, this.#suppressed);
  }

  /** With `beside`, the findings are a later part of a scan whose first part is drawn (see #apply). */
  async #draw(visible: Finding[], pass: AbortSignal, { beside = false } = {}): Promise<void> {
    // Reported before drawing: a long page takes a while to draw, and the reader has met them.
    this.deps.sightings.report(this.#visible(this.#findings).flatMap((f) => f.matches.map((m) => m.claimId)));
    if (this.#look !== 'off') await this.#apply(visible, pass, beside);
  }

  async #apply(visible: Finding[], pass: AbortSignal, beside = false): Promise<void> {
    // A long page's later part keeps the first's tone, and its own order (it follows the first
    // screen): reading style or layout between frames that wrote would force a layout at once.
    if (!beside || !this.#tone) this.#tone = visible.length ? backgroundTone(visible[0].block.element) : 'light';
    const { label, classify } = highlightLabels(this.claims);
    await this.highlights.apply(visible, label, this.#tone, pass, classify, { viewportFirst: !beside });
  }

  async #loadClaimsOf(found: Finding[]): Promise<void> {
    const ids = [...new Set(found.flatMap((f) => f.matches.map((m) => m.claimId)))].filter((id) => !this.claims.has(id));
    if (ids.length) for (const claim of await request({ type: 'claims/get', ids })) this.claims.set(claim.id, claim);
  }

  #readSuppressed(): Promise<Suppressed> {
    return request({ type: 'suppressed/get', url: this.deps.pageUrl() });
  }
}
