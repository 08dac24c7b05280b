import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createMatcher } from '@/lib/match/matcher';
import { compileClaimIndex } from '@/lib/match/claim-index';
import { createHandlers } from '@/lib/background/handlers';
import { createPackIndex } from '@/lib/packs/pack-index';
import { createRequestRouter } from '@/lib/messages/router';
import { openDatabase, type Database } from '@/lib/store/db';
import type { GlossEvent, RequestType, Result } from '@/lib/messages/protocol';
import type { ResponseOf } from '@/lib/messages/responses';
import { matchable } from '@/lib/packs/matchable-claim';
import { createPackMatcher, DEFAULT_PACK_MATCHING } from '@/lib/packs/pack-matcher';
import { loadDatasetOrExit } from '@/build/load-node';
import { preparePack } from '@/lib/packs/prepare-pack';
import { packClaimId } from '@/lib/packs/pack-ids';

const fixture = (name: string) => readFileSync(`tests/fixtures/packs/${name}`, 'utf8');
const CONTENT = { kind: 'content-script', url: 'https://news.example/a', tabId: 7 } as const;

/** A small pack of distinct claims, in Gloss's minimal form. */
const pack = (version: string, claims: [string, string][]) =>
  JSON.stringify({ id: 'desk-claims', name: 'Desk claims', source: 'A news desk', version, claims: claims.map(([id, text]) => ({ id, text })) });
const V1: [string, string][] = [
  ['bucha', 'The killings of civilians in Bucha were staged by Ukraine for Western cameras.'],
  ['labs', 'The United States runs secret biological weapons laboratories in Ukraine.'],
  ['grain', 'Western sanctions caused the world food crisis by blocking Russian grain exports.'],
];

let db: Database;
let route: ReturnType<typeof createRequestRouter>;
let broadcast: Mock<(event: GlossEvent) => Promise<void>>;
let startInTab: Mock<(tabId: number) => Promise<void>>;
let index: ReturnType<typeof createPackIndex>;
let n = 0;

beforeEach(async () => {
  db = await openDatabase(`packs-${n++}`);
  broadcast = vi.fn(async () => {});
  startInTab = vi.fn(async () => {});
  index = createPackIndex(async () => db);
  const handlers = createHandlers({
    db: async () => db,
    broadcast,
    setBadge: async () => {},
    startInTab,
    loadCardInTab: async () => {},
    openOptions: async () => {},
    bundledMatcher: () => createMatcher(compileClaimIndex([])),
    mentionsClaim: () => false,
    packs: index,
  });
  route = createRequestRouter(handlers, () => {});
});

/** The value of a request that must succeed, typed as its response. */
function valueOf<T extends RequestType>(_type: T, result: Result<unknown>): ResponseOf[T] {
  if (!result.ok) throw new Error(result.error);
  return result.value as ResponseOf[T];
}

const importFile = async (fileName: string, text: string) => route({ type: 'packs/import', fileName, text });

describe('claim packs: import', () => {
  it('imports each ClaimReview fixture, names the pack from the file, and lists it', async () => {
    for (const name of ['claimreview-single.json', 'claimreview-graph.json', 'claimreview-feed.json', 'factcheck-api.json'])
      expect(await importFile(name, fixture(name))).toMatchObject({ ok: true, value: { ok: true, outcome: { status: 'added' } } });
    const listed = valueOf('packs/list', await route({ type: 'packs/list' }));
    expect(listed.map((p) => p.id)).toEqual(['claimreview-single', 'claimreview-graph', 'claimreview-feed', 'factcheck-api']);
    expect(listed[0]).toMatchObject({
      name: 'claimreview-single',
      source: 'Example Fact Desk',
      format: 'claimreview',
      count: 1,
      enabled: true,
    });
    expect(broadcast).toHaveBeenCalledWith({ type: 'packs/changed' });
  });

  it('refuses a bad file whole, naming item, field and reason, and leaves the store as it was', async () => {
    await importFile('desk.json', pack('1', V1));
    const before = await db.getAll('packClaims');
    const bad = await importFile('claimreview-bad.json', fixture('claimreview-bad.json'));
    expect(bad).toMatchObject({ ok: true, value: { ok: false } });
    const report = valueOf('packs/import', bad);
    const problems = report.ok ? [] : report.problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toEqual({ item: expect.any(Number), field: expect.any(String), message: expect.any(String) });
    // A newer version of a stored pack that fails keeps the stored one whole, too.
    const broken = JSON.parse(pack('2', V1));
    broken.claims[1].text = '';
    expect(await importFile('desk.json', JSON.stringify(broken))).toMatchObject({ ok: true, value: { ok: false, problems: [{ item: 2, field: 'text' }] } });
    expect(await importFile('x.json', '{ not json')).toMatchObject({ ok: true, value: { ok: false, problems: [{ item: null, field: '(file)' }] } });
    expect(await db.getAll('packClaims')).toEqual(before);
    expect((await db.getAll('packs')).map((p) => p.version)).toEqual(['1']);
  });

  it('adds nothing when the same file comes again', async () => {
    await importFile('desk.json', pack('1', V1));
    broadcast.mockClear();
    expect(await importFile('renamed.json', pack('1', V1))).toMatchObject({ ok: true, value: { ok: true, outcome: { status: 'unchanged', count: 3 } } });
    expect(await db.count('packClaims')).toBe(3);
    expect(broadcast).not.toHaveBeenCalled();
  });

  it("replaces a pack's claims with a newer version's, keeping notes on claims that survive", async () => {
    await importFile('desk.json', pack('1', V1));
    const bucha = packClaimId('desk-claims', 'bucha');
    const labs = packClaimId('desk-claims', 'labs');
    await route({ type: 'note/save', claimId: bucha, text: 'Compare with the satellite images.', baseUpdatedAt: null, url: null, title: '' });
    await route({ type: 'note/save', claimId: labs, text: 'Dropped later.', baseUpdatedAt: null, url: null, title: '' });
    await route({ type: 'packs/set-enabled', id: 'desk-claims', enabled: false });
    const v2 = await importFile('desk.json', pack('2', [V1[0], V1[2], ['nato', 'NATO soldiers are already fighting on the front line in Ukraine.']]));
    expect(v2).toMatchObject({ ok: true, value: { ok: true, outcome: { status: 'updated', count: 3, kept: 2, removed: 1 } } });
    expect((await db.getAll('packClaims')).map((c) => c.localId).sort()).toEqual(['bucha', 'grain', 'nato']);
    expect(await route({ type: 'note/get', claimId: bucha })).toMatchObject({ ok: true, value: { text: 'Compare with the satellite images.' } });
    // The switch is the reader's: a newer version does not turn a pack back on.
    expect((await db.get('packs', 'desk-claims'))?.enabled).toBe(false);
  });

  it('switches a pack off and on, deletes it, undoes the deletion, and exports the file as imported', async () => {
    const text = pack('1', V1);
    await importFile('desk.json', text);
    const sentence = 'Moscow again claimed the killings of civilians in Bucha were staged by Ukraine for the cameras.';
    const matched = async () => {
      const r = await route({ type: 'packs/match', url: CONTENT.url, sentences: [sentence] }, CONTENT);
      return valueOf('packs/match', r)[0].map((m) => m.claimId);
    };
    const bucha = packClaimId('desk-claims', 'bucha');
    expect(await matched()).toEqual([bucha]);
    await route({ type: 'packs/set-enabled', id: 'desk-claims', enabled: false });
    expect(await matched()).toEqual([]);
    await route({ type: 'packs/set-enabled', id: 'desk-claims', enabled: true });
    await route({ type: 'packs/delete', id: 'desk-claims' });
    expect(await matched()).toEqual([]);
    expect(await route({ type: 'packs/list' })).toEqual({ ok: true, value: [] });
    expect(await route({ type: 'claims/get', ids: [bucha] })).toEqual({ ok: true, value: [] });
    await route({ type: 'packs/undelete', id: 'desk-claims' });
    expect(await matched()).toEqual([bucha]);
    expect(await route({ type: 'packs/export', id: 'desk-claims' })).toEqual({ ok: true, value: { name: 'Desk claims', text } });
  });

  it('builds its index pack by pack: a change to one pack rebuilds that one alone, and every pack that is on is matched', async () => {
    const other = JSON.stringify({
      id: 'other-desk',
      name: 'Other desk',
      claims: [{ id: 'dam', text: 'Ukraine blew up the Kakhovka dam itself to flood the left bank of the Dnipro.' }],
    });
    await importFile('desk.json', pack('1', V1));
    await importFile('other.json', other);
    const match = async (sentence: string) =>
      valueOf('packs/match', await route({ type: 'packs/match', url: CONTENT.url, sentences: [sentence] }, CONTENT))[0].map((m) => m.claimId);
    const BUCHA = 'Moscow again claimed the killings of civilians in Bucha were staged by Ukraine for the cameras.';
    const DAM = 'Russian television insisted Ukraine blew up the Kakhovka dam itself to flood the left bank of the Dnipro.';
    expect(await match(BUCHA)).toEqual([packClaimId('desk-claims', 'bucha')]);
    expect(await match(DAM)).toEqual([packClaimId('other-desk', 'dam')]);
    expect(index.builds).toBe(2);
    // A newer version of one pack: that pack is built again, the other is reused.
    await importFile('desk.json', pack('2', [...V1, ['nato', 'NATO promised in 1990 never to expand an inch eastward.']]));
    expect(await match(DAM)).toEqual([packClaimId('other-desk', 'dam')]);
    expect(index.builds).toBe(3);
    // Switched off: dropped, nothing built; switched on again: built again.
    await route({ type: 'packs/set-enabled', id: 'other-desk', enabled: false });
    expect(await match(DAM)).toEqual([]);
    expect(await match(BUCHA)).toEqual([packClaimId('desk-claims', 'bucha')]);
    expect(index.builds).toBe(3);
    await route({ type: 'packs/set-enabled', id: 'other-desk', enabled: true });
    expect(await match(DAM)).toEqual([packClaimId('other-desk', 'dam')]);
    expect(index.builds).toBe(4);
    expect((await index.matcher()).size).toBe(5);
  });

  it("serves a pack claim's card with each fact-checker's own rating, name, date and link", async () => {
    await importFile('claimreview-single.json', fixture('claimreview-single.json'));
    const [stored] = await db.getAll('packClaims');
    const got = await route({ type: 'claims/get', ids: [stored.id] }, CONTENT);
    expect(got).toMatchObject({
      ok: true,
      value: [
        {
          id: stored.id,
          title: 'Any Western soldier sent to Ukraine would be a legitimate target for Russia.',
          pack: {
            packName: 'claimreview-single',
            claimant: 'Vladimir Putin',
            rating: 'misleading',
            reviews: [
              { publisher: 'Example Fact Desk', rating: 'Missing context', date: '2025-10-02', url: 'https://factcheck.example/2025/10/troops-targets' },
            ],
          },
        },
      ],
    });
    const all = valueOf('claims/all', await route({ type: 'claims/all' }));
    expect(all.find((l) => l.id === stored.id)).toMatchObject({ pack: 'claimreview-single' });
  });

  it('starts the rest of Gloss on a page whose text makes only a pack claim', async () => {
    const blocks = ['Sport results.', 'Officials insisted the United States runs secret biological weapons laboratories in Ukraine, without evidence.'];
    expect(await route({ type: 'page/read', url: CONTENT.url, blocks, notes: false }, CONTENT)).toEqual({ ok: true, value: { started: false } });
    await importFile('desk.json', pack('1', V1));
    expect(await route({ type: 'page/read', url: CONTENT.url, blocks, notes: false }, CONTENT)).toEqual({ ok: true, value: { started: true } });
    expect(startInTab).toHaveBeenCalledWith(7);
    // Text a page adds later is asked about the same way.
    expect(await route({ type: 'page/topic', url: CONTENT.url, blocks }, CONTENT)).toEqual({ ok: true, value: { onTopic: true } });
  });

  it('lets a page match only its own text and manage no pack', async () => {
    expect(await route({ type: 'packs/match', url: 'https://other.example/', sentences: ['x'] }, CONTENT)).toMatchObject({ ok: false });
    for (const request of [
      { type: 'packs/list' },
      { type: 'packs/import', fileName: 'a.json', text: pack('1', V1) },
      { type: 'packs/set-enabled', id: 'desk-claims', enabled: false },
      { type: 'packs/delete', id: 'desk-claims' },
      { type: 'packs/export', id: 'desk-claims' },
    ] as const)
      expect(await route(request, CONTENT)).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
  });
});

describe('pack matcher', () => {
  const prepared = preparePack('desk.json', pack('1', V1), 0);
  if (!prepared.ok) throw new Error('fixture pack must read');
  const matcher = createPackMatcher(prepared.claims);

  it('finds a claim reworded, reported or disputed, and says which', () => {
    const said = matcher.matchSentence('Russian officials said the United States runs secret biological laboratories in Ukraine.');
    expect(said.map((m) => m.claimId)).toEqual([packClaimId('desk-claims', 'labs')]);
    expect(said[0].spans.length).toBeGreaterThan(3);
    const denied = matcher.matchSentence('There is no evidence that Western sanctions caused the world food crisis by blocking Russian grain.');
    expect(denied.map((m) => m.claimId)).toEqual([packClaimId('desk-claims', 'grain')]);
    expect(denied[0].relation).toBe('disputes');
  });

  it("needs more than shared names: a sentence naming the claim's people says nothing of what they did", () => {
    const ardern = preparePack(
      'nz.json',
      JSON.stringify({ claims: [{ id: 'hijab', text: 'New Zealand Prime Minister Jacinda Ardern wore a hijab at the vigil.' }] }),
      0,
    );
    if (!ardern.ok) throw new Error('fixture pack must read');
    const m = createPackMatcher(ardern.claims);
    expect(m.matchSentence('Jacinda Ardern, Prime Minister of New Zealand, spoke at the vigil.')).toEqual([]);
    expect(m.matchSentence('Photos show New Zealand Prime Minister Jacinda Ardern wore a hijab at the vigil.')).toHaveLength(1);
  });

  /** A pack of the bundled claims' statements and one more claim, prepared as an import would. */
  function withDatasetStatements(claim: { id: string; text: string }) {
    const claims = [...loadDatasetOrExit().map((c) => ({ id: c.id, text: c.statement })), claim];
    const prepared = preparePack(`${claim.id}.json`, JSON.stringify({ claims }), 0);
    if (!prepared.ok) throw new Error('fixture pack must read');
    return prepared.claims;
  }

  it('needs a word of what the claim says of its subject: a sentence naming the same man and crime says nothing of what happened to him', () => {
    const roof = withDatasetStatements({ id: 'roof', text: 'Convicted Charleston church shooter Dylann Roof was raped in prison.' });
    const m = createPackMatcher(roof);
    // Shares the subject, the frame and enough rare words to pass every other rule.
    const trial = 'Stunning new details from the trial of convicted Charleston church shooter Dylann Roof emerged today.';
    expect(createPackMatcher(roof, { ...DEFAULT_PACK_MATCHING, predicate: 0 }).matchSentence(trial)).toHaveLength(1);
    expect(m.matchSentence(trial)).toEqual([]);
    // A pack imported before predicates were stored gets them from its text when its index is built.
    expect(createPackMatcher(matchable(roof.map(({ predicate: _, ...claim }) => claim))).matchSentence(trial)).toEqual([]);
    expect(m.matchSentence('Inmates say convicted church shooter Dylann Roof was raped in prison last year.')).toHaveLength(1);
  });

  it('reads a claim\'s acronym ("US") as shared only where the sentence writes it with a capital, not the pronoun "us"', () => {
    const m = createPackMatcher(
      withDatasetStatements({ id: 'fraud', text: 'Voter fraud in US elections: the known cases of double voting are just the tip of the iceberg.' }),
    );
    const pronoun = 'Honestly, what is known to us about the deep ocean is just the tip of a much larger iceberg.';
    expect(m.matchSentence(pronoun)).toEqual([]);
    // The same words with the acronym pass every rule: the capital alone made the difference.
    expect(m.matchSentence(pronoun.replace(' us ', ' US '))).toHaveLength(1);
    // A claim written in capitals has no acronyms: its words are shared however a sentence writes them.
    const shouted = preparePack('shouted.json', JSON.stringify({ claims: [{ id: 'loud', text: 'THE US ELECTIONS WERE RIGGED BY MAIL-IN VOTING' }] }), 0);
    if (!shouted.ok) throw new Error('fixture pack must read');
    expect(shouted.claims[0].names).toContain('us');
    expect(shouted.claims[0].names).not.toContain('US');
  });

  it('finds a restated claim whose words are all common in a large pack, and not a sentence of those words alone', async () => {
    const { generatedPack, generatedClaim } = await import('../browser/harness/generated-pack');
    const big = preparePack('ferry.json', generatedPack(2_000), 0);
    if (!big.ok) throw new Error('generated pack must read');
    const m = createPackMatcher(big.claims);
    expect(m.matchSentence(`The operator said that ${generatedClaim(638).replace(/^The/, 'the').replace(/\.$/, '')}, a record.`)).toHaveLength(1);
    expect(m.matchSentence('The ferry carried passengers during the storms, as it does every winter.')).toEqual([]);
  });

  it('leaves same-topic sentences that say something else, and short ones', () => {
    expect(matcher.matchSentence('Ukraine exported more grain through its Black Sea ports this autumn than a year earlier.')).toEqual([]);
    expect(matcher.matchSentence('Bucha was liberated in spring.')).toEqual([]);
    expect(matcher.matchSentence('Western sanctions on Russia are hurting European economies more than Russian exports.')).toEqual([]);
    expect(matcher.matchSentence('Staged by Ukraine.')).toEqual([]);
    expect(createPackMatcher([]).matchSentence(V1[0][1])).toEqual([]);
  });
});

describe('the documented pack schema', () => {
  it('is what the import checks with (run `npm run pack:schema` after changing the format)', async () => {
    const { packJsonSchema } = await import('@/lib/packs/pack-json-schema');
    expect(JSON.parse(readFileSync('docs/pack.schema.json', 'utf8'))).toEqual(packJsonSchema());
  });
});

describe('a page scan with packs on, in two steps', () => {
  it("gives the bundled claims' findings first, then every sentence's pack matches, in document order", async () => {
    const { findClaimsStepwise } = await import('@/lib/page/find-claims');
    const { createMatcher } = await import('@/lib/match/matcher');
    const { compileClaimIndex } = await import('@/lib/match/claim-index');
    const bundled = createMatcher(
      compileClaimIndex([{ id: 'troops', title: 'Troops', match: { all: [['troops'], ['kursk']], paraphrases: ['Troops in Kursk.', 'Soldiers at Kursk.'] } }]),
    );
    document.body.innerHTML = '<article><p>North Korean troops fought in Kursk.</p><p>The ferry was late again.</p><p>Nothing here.</p></article>';
    const asked: string[][] = [];
    const elsewhere = async (sentences: string[]) => {
      asked.push(sentences);
      return sentences.map((s) =>
        s.includes('ferry') || s.includes('Kursk') ? [{ claimId: 'pack-x-1', score: 0.9, spans: [], relation: 'asserts' as const, firm: true }] : [],
      );
    };
    const { findings, more } = await findClaimsStepwise(document.querySelector('article')!, bundled, undefined, elsewhere);
    expect(findings.map((f) => [f.sentence, f.matches.map((m) => m.claimId)])).toEqual([['North Korean troops fought in Kursk.', ['troops']]]);
    expect(asked).toEqual([]);
    const after = await more();
    expect(asked).toHaveLength(1);
    expect(after.findings.map((f) => [f.sentence, f.matches.map((m) => m.claimId)])).toEqual([
      ['North Korean troops fought in Kursk.', ['troops', 'pack-x-1']],
      ['The ferry was late again.', ['pack-x-1']],
    ]);
    // The finding drawn in the first step is the same object, now with the pack's match too.
    expect(after.changed).toEqual(after.findings);
    expect(after.findings[0]).toBe(findings[0]);
  });
});
