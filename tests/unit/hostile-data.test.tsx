/**
 * Hostile data is inert: markup, script URLs, CSS, bidi controls, huge and malformed strings and
 * prototype-pollution keys in claim data, notes, messages and page text never execute, never
 * become links other than http(s), and never stop the UI from rendering.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ClaimCard } from '@/components/ClaimCard';
import type { CardApi } from '@/components/card-api';
import { ClaimSchema, type Claim } from '@/lib/data/schema';
import { validateDataset } from '@/lib/data/validate';
import { HighlightSet } from '@/lib/highlight/highlight-set';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher } from '@/lib/match/matcher';
import { RequestSchema } from '@/lib/messages/protocol';
import { findClaims } from '@/lib/page/find-claims';
import { expectInert, PAYLOADS } from './hostile-corpus';

const source = { publisher: 'P', title: 'T', date: '2025-09-05', url: 'https://news.example/a' };
const baseClaim: Claim = {
  id: 'hostile',
  title: 'A claim',
  statement: 'A statement.',
  verdict: { label: 'opinion', reason: 'A reason.' },
  asOf: '2025-09-13',
  context: [
    { text: 'One.', source },
    { text: 'Two.', source },
  ],
  perspectives: [
    { viewpoint: 'nato', speaker: 'S', summary: 'View.', source },
    { viewpoint: 'us-administration', speaker: 'S', summary: 'View.', source },
    { viewpoint: 'russian-government', speaker: 'S', summary: 'View.', source },
  ],
  sinceThen: [{ date: '2025-11-24', text: 'Later.', source: { ...source, date: '2025-11-24' } }],
  match: { all: [['a'], ['b']], paraphrases: ['a b', 'b a'] },
  related: [],
};

/** The same payload in every field the card shows. */
function claimWith(payload: string): Claim {
  const src = { ...source, publisher: payload, title: payload };
  return {
    ...baseClaim,
    title: payload,
    statement: payload,
    verdict: { label: 'misleading', reason: payload },
    context: baseClaim.context.map(() => ({ text: payload, source: src })),
    perspectives: baseClaim.perspectives.map((p) => ({ ...p, speaker: payload, summary: payload, source: src })),
    sinceThen: baseClaim.sinceThen.map((item) => ({ ...item, text: payload, source: { ...src, date: item.date } })),
  };
}

function api(claim: Claim, noteText: string): CardApi {
  return {
    loadClaims: async () => [claim],
    loadNote: async () => ({ id: `claim:${claim.id}`, kind: 'claim', claimId: claim.id, text: noteText, url: null, title: '', createdAt: 1, updatedAt: 1 }),
    saveNote: async (id, text) => ({
      note: { id: `claim:${id}`, kind: 'claim', claimId: id, text, url: null, title: '', createdAt: 1, updatedAt: 2 },
      conflictCopy: null,
    }),
    deleteNote: async () => {},
    setDismissed: async () => {},
    setHidden: async () => {},
  };
}

describe('hostile data', () => {
  it(`has a corpus of at least 20 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(PAYLOADS.map((p) => [p.length > 60 ? `${p.slice(0, 40)}… (${p.length} chars)` : p, p]))(
    'renders as inert text in every field of the card and in the note: %s',
    async (_name, payload) => {
      const claim = claimWith(payload);
      const { container, unmount } = render(
        <ClaimCard
          sentence={{
            text: payload,
            matches: [{ claimId: 'hostile', score: 0.9, relation: 'asserts', firm: true, spans: [{ start: 0, end: Math.min(5, payload.length) }] }],
          }}
          api={api(claim, payload)}
          onClose={() => {}}
        />,
      );
      await waitFor(() => expect(container.querySelector('h2')?.textContent).toBe(payload));
      const box = (await screen.findByLabelText('Your note')) as HTMLTextAreaElement;
      await waitFor(() => expect(box.value).toBe(payload));
      expect(container.querySelector('.statement')!.textContent).toBe(payload);
      expect(container.querySelector('.since-then li')!.textContent).toContain(payload.length > 1000 ? payload.slice(0, 1000) : payload);
      expectInert(container);
      unmount();
    },
  );

  it('the schema refuses script, data and plain-http URLs in sources', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'http://news.example/a', 'https://', 'vbscript:x']) {
      const claim = { ...baseClaim, context: baseClaim.context.map((c) => ({ ...c, source: { ...source, url } })) };
      expect(v.safeParse(ClaimSchema, claim).success, url).toBe(false);
    }
  });

  it('prototype-pollution keys in a dataset file or a message are rejected and pollute nothing', () => {
    const file = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(baseClaim).slice(1)}`);
    expect(validateDataset([{ path: 'data/claims/hostile.json', json: file }]).ok).toBe(false);
    const message = JSON.parse('{"type": "note/get", "claimId": "a", "__proto__": {"polluted": true}}');
    expect(v.safeParse(RequestSchema, message).success).toBe(false);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('notes over the size limit are refused at the door', () => {
    expect(v.safeParse(RequestSchema, { type: 'note/save', claimId: 'a', text: 'x'.repeat(1_000_000) }).success).toBe(false);
  });

  it('hostile page text is scanned, highlighted and restored without executing or changing it', async () => {
    const matcher = createMatcher(compileClaimIndex([{ id: 'troops', match: { all: [['foreign troops'], ['legitimate target']], paraphrases: ['a', 'b'] } }]));
    const article = document.createElement('article');
    for (const payload of PAYLOADS) {
      const p = document.createElement('p');
      p.textContent = `${payload.slice(0, 5000)} Foreign troops would be a legitimate target. ${payload.slice(0, 5000)}`;
      article.append(p);
    }
    document.body.replaceChildren(article);
    const html = article.innerHTML;
    const set = new HighlightSet();
    await set.apply(await findClaims(article, matcher), () => 'label');
    expect(article.querySelectorAll('gloss-claim:not([data-gloss-part])').length).toBeGreaterThanOrEqual(PAYLOADS.length - 2);
    expectInert(article);
    set.clear();
    expect(article.innerHTML).toBe(html);
  });
});
