/**
 * A claim pack is untrusted input: the hostile corpus, in every field a ClaimReview feed can
 * carry, goes through the same import as the options page's and comes out as inert text in the
 * card and in the claims browser; hostile addresses are refused or never become links.
 */
import { render, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ClaimCard } from '@/components/ClaimCard';
import { ClaimsBrowser } from '@/components/ClaimsBrowser';
import type { CardApi } from '@/components/card-api';
import { preparePack } from '@/lib/packs/prepare-pack';
import { shownPackClaim, type ShownClaim } from '@/lib/packs/shown-claim';
import { expectInert, PAYLOADS } from './hostile-corpus';

/** What the feed reader makes of a text field: white space collapsed and trimmed. */
const asRead = (text: string) => text.replace(/\s+/g, ' ').trim();

function hostileReview(payload: string) {
  return {
    '@type': 'ClaimReview',
    url: 'https://desk.example/check',
    datePublished: '2026-01-02',
    claimReviewed: `${payload.slice(0, 4000)} claim`,
    author: { '@type': 'Organization', name: payload.slice(0, 300) || 'x' },
    reviewRating: { alternateName: payload.slice(0, 300) },
    itemReviewed: { author: { name: payload.slice(0, 300) }, appearance: [payload, 'javascript:alert(1)', 'https://fine.example/a'] },
  };
}

/** The pack's one claim as the background serves it to a card. */
function imported(payload: string): ShownClaim {
  const prepared = preparePack('hostile.json', JSON.stringify(hostileReview(payload)), 0);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems[0]));
  const [claim] = prepared.claims;
  expect(claim.appearances.every((a) => a.startsWith('https://'))).toBe(true);
  return shownPackClaim({ claim, pack: prepared.pack });
}

const cardApi = (claim: ShownClaim): CardApi => ({
  loadClaims: async () => [claim],
  loadNote: async () => null,
  saveNote: async () => {
    throw new Error('not in this test');
  },
  deleteNote: async () => {},
  setDismissed: async () => {},
  setHidden: async () => {},
});

describe('hostile claim packs', () => {
  it.each(PAYLOADS.filter((p) => p.length < 10_000).map((p) => [p.length > 60 ? `${p.slice(0, 40)}…` : p, p]))(
    'imports and shows as inert text in the card and the claims browser: %s',
    async (_name, payload) => {
      const claim = imported(payload);
      const card = render(
        <ClaimCard
          sentence={{ text: payload, matches: [{ claimId: claim.id, score: 0.9, relation: 'asserts', firm: true, spans: [] }] }}
          api={cardApi(claim)}
          onClose={() => {}}
        />,
      );
      await waitFor(() => expect(card.container.querySelector('h2')?.textContent).toBe(asRead(`${payload} claim`)));
      expect(card.container.querySelector('.fact-checks a')?.getAttribute('href')).toBe('https://desk.example/check');
      expectInert(card.container);
      card.unmount();

      const line = { id: claim.id, title: claim.title, statement: '', verdict: claim.verdict.label, pack: payload, rating: claim.pack!.rating };
      const browser = render(<ClaimsBrowser api={{ lines: async () => [line], claim: async () => claim }} onWhere={() => {}} />);
      await waitFor(() => expect(browser.container.querySelector('.claim-lines button')?.textContent).toBe(claim.title));
      browser.container.querySelector<HTMLButtonElement>('.claim-lines button')!.click();
      await waitFor(() => expect(browser.container.querySelector('.claim-open h2')).not.toBeNull());
      expectInert(browser.container);
      browser.unmount();
    },
  );

  it('refuses a fact-check whose own address is not https, naming the item and field', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://desk.example/a']) {
      const prepared = preparePack('bad.json', JSON.stringify({ ...hostileReview('x'), url }), 0);
      expect(prepared).toMatchObject({ ok: false, problems: [{ item: 1, field: 'url' }] });
    }
  });
});
