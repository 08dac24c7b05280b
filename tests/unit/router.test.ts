import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { createPackIndex } from '@/lib/packs/pack-index';
import { createRequestRouter } from '@/lib/messages/router';
import { openDatabase, type Database } from '@/lib/store/db';
import { syncDataset } from '@/lib/store/dataset';
import { NOTE_MAX_LENGTH } from '@/lib/messages/protocol';
import type { Claim } from '@/lib/data/schema';
import type { GlossEvent } from '@/lib/messages/protocol';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createMatcher } from '@/lib/match/matcher';

const claim = { id: 'known-claim', title: 'A claim', statement: 'A statement.', verdict: { label: 'accurate', reason: 'Because.' } } as Claim;
let route: ReturnType<typeof createRequestRouter>;
let broadcast: Mock<(event: GlossEvent) => Promise<void>>;
let log: Mock<(message: string) => void>;
let n = 0;
const matcher = createMatcher(
  compileClaimIndex([{ id: 'troops-targets', match: { all: [['foreign troops'], ['legitimate target']], paraphrases: ['x', 'y'] } }]),
);
let startInTab: Mock<(tabId: number) => Promise<void>>;
let loadCardInTab: Mock<(tabId: number) => Promise<void>>;

beforeEach(async () => {
  const db: Promise<Database> = openDatabase(`router-${n++}`).then(async (opened) => {
    await syncDataset(opened, [claim], 'v1');
    return opened;
  });
  broadcast = vi.fn(async () => {});
  log = vi.fn();
  startInTab = vi.fn(async () => {});
  loadCardInTab = vi.fn(async () => {});
  // A stand-in for the claim gate: the real one is tested in claim-gate.test.ts.
  const mentionsClaim = (text: string) => text.includes('known claim');
  route = createRequestRouter(
    createHandlers({
      db: () => db,
      broadcast,
      setBadge: async () => {},
      startInTab,
      loadCardInTab,
      openOptions: async () => {},
      mentionsClaim,
      bundledMatcher: () => matcher,
      packs: createPackIndex(() => db),
    }),
    log,
  );
});

describe('request router', () => {
  it('serves claims by id, skipping unknown ones', async () => {
    expect(await route({ type: 'claims/get', ids: ['known-claim', 'unknown'] })).toEqual({ ok: true, value: [claim] });
  });

  it("lists every claim as a line for Gloss's own pages, not for a web page", async () => {
    expect(await route({ type: 'claims/all' })).toMatchObject({
      ok: true,
      value: [{ id: 'known-claim', title: 'A claim', statement: 'A statement.', verdict: 'accurate' }],
    });
    expect(await route({ type: 'claims/all' }, { kind: 'content-script', url: 'https://news.example/a' })).toMatchObject({ ok: false });
  });

  it("matches a page's text while a request that waits on pages is under way (no deadlock)", async () => {
    // site/set turns Gloss on; its broadcast waits for the page, which rescans: its text is matched.
    const page = { kind: 'content-script', url: 'https://news.example/a', tabId: 3 } as const;
    const rescan = () => route({ type: 'claims/match', url: 'https://news.example/a', blocks: ['Foreign troops would be a legitimate target.'] }, page);
    broadcast.mockImplementation(async () => void expect(await rescan()).toMatchObject({ ok: true }));
    expect(await route({ type: 'site/set', host: 'news.example', enabled: true })).toMatchObject({ ok: true });
    expect(broadcast).toHaveBeenCalledTimes(1);
  });

  it("splits a page's blocks into sentences and matches them against the bundled claims, for that page's own site only", async () => {
    const blocks = ['The weather was mild.  Foreign troops would be a legitimate target.', 'Nothing here.'];
    const page = { kind: 'content-script', url: 'https://news.example/a', tabId: 3 } as const;
    const answer = await route({ type: 'claims/match', url: 'https://news.example/b', blocks }, page);
    expect(answer).toMatchObject({
      ok: true,
      value: [
        [
          { start: 0, end: 21, matches: [] },
          { start: 23, end: blocks[0].length, matches: [{ claimId: 'troops-targets', firm: true }] },
        ],
        [{ start: 0, end: 13, matches: [] }],
      ],
    });
    expect(await route({ type: 'claims/match', url: 'https://other.example/b', blocks }, page)).toMatchObject({ ok: false });
    // A long page's batch, matched in parts: every block answered, in order.
    const many = Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? blocks[0] : `Paragraph ${i} says nothing. `.repeat(40)));
    const long = await route({ type: 'claims/match', url: 'https://news.example/b', blocks: many }, page);
    const answered = (long as { value: { matches: unknown[] }[][] }).value;
    expect(answered).toHaveLength(many.length);
    expect(answered.map((sentences) => sentences.some((s) => s.matches.length > 0))).toEqual(many.map((text) => text === blocks[0]));
    // Within the protocol's limits only: a block longer than a block may be is refused.
    expect(await route({ type: 'claims/match', url: 'https://news.example/b', blocks: ['x'.repeat(70_000)] }, page)).toMatchObject({ ok: false });
  });

  it('round-trips a note', async () => {
    const saved = await route({ type: 'note/save', claimId: 'known-claim', text: 'mine', baseUpdatedAt: null, url: 'https://news.example/a', title: 'A' });
    expect(saved).toMatchObject({ ok: true, value: { note: { claimId: 'known-claim', text: 'mine', url: 'https://news.example/a' }, conflictCopy: null } });
    expect(await route({ type: 'note/get', claimId: 'known-claim' })).toMatchObject({ ok: true, value: { text: 'mine' } });
    expect(await route({ type: 'note/delete', claimId: 'known-claim' })).toEqual({ ok: true, value: null });
    expect(await route({ type: 'note/get', claimId: 'known-claim' })).toEqual({ ok: true, value: null });
  });

  it('stores a site switch and tells the open pages', async () => {
    expect(await route({ type: 'site/set', host: 'example.com', enabled: false })).toEqual({ ok: true, value: { host: 'example.com', enabled: false } });
    expect(broadcast).toHaveBeenCalledWith({ type: 'site/changed', host: 'example.com', enabled: false });
    expect(await route({ type: 'site/get', host: 'example.com' })).toEqual({
      ok: true,
      value: { host: 'example.com', enabled: false, paused: false, look: 'subtle' },
    });
    expect(await route({ type: 'sites/list' })).toMatchObject({ ok: true, value: { disabled: [{ host: 'example.com' }], pausedUntil: null } });
  });

  it('pauses everywhere until a time or until resumed, and tells the pages', async () => {
    const inAnHour = Date.now() + 3_600_000;
    expect(await route({ type: 'pause/set', until: inAnHour })).toEqual({ ok: true, value: { pausedUntil: inAnHour } });
    expect(broadcast).toHaveBeenCalledWith({ type: 'pause/changed', paused: true });
    expect(await route({ type: 'site/get', host: 'example.com' })).toMatchObject({ ok: true, value: { enabled: true, paused: true } });
    expect(await route({ type: 'pause/set', until: null })).toEqual({ ok: true, value: { pausedUntil: null } });
    expect(broadcast).toHaveBeenLastCalledWith({ type: 'pause/changed', paused: false });
    // A pause whose time has passed is no pause.
    await route({ type: 'pause/set', until: Date.now() - 1 });
    expect(await route({ type: 'site/get', host: 'example.com' })).toMatchObject({ ok: true, value: { paused: false } });
  });

  it('stores how highlights look (subtle by default), tells the pages, and rejects an unknown look', async () => {
    expect(await route({ type: 'sites/list' })).toMatchObject({ ok: true, value: { look: 'subtle' } });
    expect(await route({ type: 'look/set', look: 'off' })).toEqual({ ok: true, value: { look: 'off' } });
    expect(broadcast).toHaveBeenCalledWith({ type: 'look/changed', look: 'off' });
    expect(await route({ type: 'site/get', host: 'example.com' })).toMatchObject({ ok: true, value: { look: 'off' } });
    expect(await route({ type: 'look/set', look: 'loud' })).toMatchObject({ ok: false });
    expect(await route({ type: 'sites/list' })).toMatchObject({ ok: true, value: { look: 'off' } });
  });

  it('dismisses a claim on one page and hides one everywhere, undoably, telling the pages', async () => {
    const url = 'https://news.example/a';
    await route({ type: 'dismissal/set', url, claimId: 'known-claim', dismissed: true });
    await route({ type: 'hidden/set', claimId: 'other-claim', hidden: true });
    expect(await route({ type: 'suppressed/get', url })).toEqual({ ok: true, value: { dismissed: ['known-claim'], hidden: ['other-claim'] } });
    expect(await route({ type: 'suppressed/get', url: 'https://news.example/b' })).toEqual({ ok: true, value: { dismissed: [], hidden: ['other-claim'] } });
    await route({ type: 'dismissal/set', url, claimId: 'known-claim', dismissed: false });
    await route({ type: 'hidden/set', claimId: 'other-claim', hidden: false });
    expect(await route({ type: 'suppressed/get', url })).toEqual({ ok: true, value: { dismissed: [], hidden: [] } });
    expect(broadcast).toHaveBeenCalledWith({ type: 'suppressed/changed' });
  });

  it('refuses, and logs, what the sender may not ask', async () => {
    const page = { kind: 'content-script' as const, url: 'https://news.example/a' };
    expect(await route({ type: 'site/set', host: 'news.example', enabled: false }, page)).toMatchObject({ ok: false });
    expect(await route({ type: 'site/get', host: 'bank.example' }, page)).toMatchObject({ ok: false });
    expect(await route({ type: 'sites/list' }, page)).toMatchObject({ ok: false });
    expect(await route({ type: 'pause/set', until: null }, page)).toMatchObject({ ok: false });
    expect(await route({ type: 'look/set', look: 'off' }, page)).toMatchObject({ ok: false });
    expect(log).toHaveBeenCalledTimes(5);
    expect(broadcast).not.toHaveBeenCalled();
  });

  it.each([
    ['a page address that is not http(s)', { type: 'suppressed/get', url: 'javascript:alert(1)' }],
    ['an unknown type', { type: 'notes/export-all' }],
    ['a missing field', { type: 'note/save', claimId: 'known-claim', text: 'x' }],
    ['an extra field', { type: 'note/get', claimId: 'known-claim', url: 'https://x' }],
    ['a wrong type of field', { type: 'site/set', host: 'example.com', enabled: 'no' }],
    ['a malformed id', { type: 'note/get', claimId: '<script>' }],
    ['an oversized note', { type: 'note/save', claimId: 'known-claim', text: 'x'.repeat(NOTE_MAX_LENGTH + 1), baseUpdatedAt: null, url: null, title: '' }],
    ['not an object', 'hello'],
    ['null', null],
  ])('rejects and logs %s', async (_name, message) => {
    const result = await route(message);
    expect(result.ok).toBe(false);
    expect(log).toHaveBeenCalledOnce();
  });

  describe('page/read: a page hands its text, the background decides whether the rest of Gloss starts', () => {
    const url = 'https://news.example/a';
    const page = { kind: 'content-script' as const, url, tabId: 7 };
    const read = (blocks: string[], notes: boolean) => route({ type: 'page/read', url, blocks, notes }, page);

    it('starts it in the sender’s tab when a block may mention a claim', async () => {
      expect(await read(['A recipe.', 'Here is a known claim.'], false)).toEqual({ ok: true, value: { started: true } });
      expect(startInTab).toHaveBeenCalledWith(7);
    });

    it('leaves an off-topic page alone, unless asked to look for the reader’s notes and there are some', async () => {
      expect(await read(['A recipe.'], true)).toEqual({ ok: true, value: { started: false } });
      const quote = { type: 'TextQuoteSelector', exact: 'recipe', prefix: 'A ', suffix: '.' };
      const position = { type: 'TextPositionSelector', start: 2, end: 8 };
      const saved = await route({ type: 'passage/save', id: 'n1', url, title: 'A', quote, position, text: 'mine', baseUpdatedAt: null }, page);
      expect(saved.ok).toBe(true);
      expect(await read(['A recipe.'], false)).toEqual({ ok: true, value: { started: false } });
      expect(startInTab).not.toHaveBeenCalled();
      expect(await read(['A recipe.'], true)).toEqual({ ok: true, value: { started: true } });
      expect(startInTab).toHaveBeenCalledOnce();
    });

    it('refuses text for another site’s address, and more text than a batch may hold', async () => {
      expect(await route({ type: 'page/read', url: 'https://bank.example/', blocks: ['a known claim'], notes: true }, page)).toMatchObject({ ok: false });
      expect(
        await read(
          Array.from({ length: 3 }, () => 'x'.repeat(60_000)),
          false,
        ),
      ).toMatchObject({ ok: false });
      expect(startInTab).not.toHaveBeenCalled();
    });
  });

  it('page/topic: tells the rest of Gloss whether its text may make a claim, starting nothing, for its own site only', async () => {
    const url = 'https://news.example/a';
    const page = { kind: 'content-script' as const, url, tabId: 7 };
    const topic = (blocks: string[], at = url) => route({ type: 'page/topic', url: at, blocks }, page);
    expect(await topic(['A recipe.', 'Here is a known claim.'])).toEqual({ ok: true, value: { onTopic: true } });
    expect(await topic(['A recipe.'])).toEqual({ ok: true, value: { onTopic: false } });
    expect(await topic(['A known claim.'], 'https://bank.example/')).toMatchObject({ ok: false });
    expect(await topic(Array.from({ length: 3 }, () => 'x'.repeat(60_000)))).toMatchObject({ ok: false });
    expect(startInTab).not.toHaveBeenCalled();
  });

  it('page/card: injects the card’s code into the sender’s tab, and only for a page', async () => {
    expect(await route({ type: 'page/card' }, { kind: 'content-script', url: 'https://news.example/a', tabId: 7 })).toEqual({
      ok: true,
      value: { loaded: true },
    });
    expect(loadCardInTab).toHaveBeenCalledWith(7);
    expect(await route({ type: 'page/card' }, { kind: 'extension-page' })).toEqual({ ok: true, value: { loaded: false } });
    expect(loadCardInTab).toHaveBeenCalledOnce();
  });
});
