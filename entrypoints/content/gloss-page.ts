/** Gloss on one page: scan, highlight, card, and the site switch. */
import type { browser as browserApi } from 'wxt/browser';
import * as v from 'valibot';
import { HighlightSet } from '@/lib/anchor/highlight-set';
import type { ClaimIndex } from '@/lib/match/claim-index';
import { createMatcher, mayMentionClaims, type Matcher } from '@/lib/match/matcher';
import { request } from '@/lib/messages/client';
import { EventSchema, PageRequestSchema } from '@/lib/messages/protocol';
import type { PageStatus } from '@/lib/messages/responses';
import { findClaims } from '@/lib/page/find-claims';
import { siteKey } from '@/lib/page/site-key';
import { findArticleRoot } from '@/lib/text/extract';
import type { Claim } from '@/lib/data/schema';
import type { CardApi } from '@/components/card-api';
import { t } from '@/components/strings';
import { CardHost } from './card-host';
import { wireInteractions } from './interactions';

interface Options {
  index: ClaimIndex;
  browser: typeof browserApi;
  signal: AbortSignal;
}

const cardApi: CardApi = {
  loadClaims: (ids) => request({ type: 'claims/get', ids }),
  loadNote: (claimId) => request({ type: 'note/get', claimId }),
  saveNote: (claimId, text) => request({ type: 'note/save', claimId, text }),
  deleteNote: (claimId) => request({ type: 'note/delete', claimId }).then(() => undefined),
};

export function startGloss({ index, browser, signal }: Options): void {
  const host = siteKey(location.href);
  const highlights = new HighlightSet();
  const card = new CardHost(cardApi);
  const claims = new Map<string, Claim>();
  let matcher: Matcher | undefined;
  let enabled: boolean | undefined;
  /** Aborts the scan under way when the site is switched off mid-scan. */
  let scan: AbortController | undefined;

  const root = findArticleRoot(document);
  const onTopic = !!root && mayMentionClaims(index, root.textContent ?? '');

  async function highlightPage(): Promise<void> {
    if (!root) return;
    scan?.abort();
    const thisScan = (scan = new AbortController());
    const signals = AbortSignal.any([signal, thisScan.signal]);
    matcher ??= createMatcher(index);
    const findings = await findClaims(root, matcher, signals);
    if (signals.aborted || findings.length === 0) return;
    const ids = [...new Set(findings.flatMap((f) => f.matches.map((m) => m.claimId)))].filter((id) => !claims.has(id));
    if (ids.length) for (const claim of await request({ type: 'claims/get', ids })) claims.set(claim.id, claim);
    if (signals.aborted) return;
    highlights.apply(findings, (claimIds) => t.highlightLabel(claims.get(claimIds[0])?.title ?? claimIds[0]));
  }

  function removeHighlights(): void {
    scan?.abort();
    card.close({ restoreFocus: false });
    highlights.clear();
  }

  async function setEnabled(next: boolean): Promise<void> {
    if (next === enabled) return;
    enabled = next;
    if (next && onTopic) await highlightPage();
    if (!next) removeHighlights();
  }

  function status(): PageStatus {
    const counts = highlights.counts();
    return {
      host,
      enabled: enabled ?? true,
      claims: [...counts].map(([id, count]) => {
        const claim = claims.get(id);
        return { id, title: claim?.title ?? id, verdict: claim?.verdict.label ?? '', count };
      }),
    };
  }

  const onMessage = (message: unknown): Promise<PageStatus> | undefined => {
    if (v.is(EventSchema, message)) {
      if (message.host === host) void setEnabled(message.enabled);
      return undefined;
    }
    if (v.is(PageRequestSchema, message)) {
      return (enabled === undefined ? request({ type: 'site/get', host }).then((s) => (enabled ??= s.enabled)) : Promise.resolve()).then(status);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    removeHighlights();
  });

  if (!onTopic) return;
  wireInteractions(highlights, card, signal);
  void request({ type: 'site/get', host }).then((s) => setEnabled(s.enabled));
}
