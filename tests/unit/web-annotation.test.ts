import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES, parseAnnotations, toAnnotationCollection } from '@/lib/notes/web-annotation';
import { toMarkdown } from '@/lib/notes/markdown';
import { NOTE_MAX_LENGTH } from '@/lib/notes/note-schema';
import type { Note } from '@/lib/store/types';

const notes: Note[] = [
  {
    id: '0b0a6c43-6f34-4a43-9a4b-5b8a9a0e1f21',
    kind: 'passage',
    url: 'https://news.example/op-ed?id=7',
    title: 'Peace talks, again',
    quote: { type: 'TextQuoteSelector', exact: 'foreign troops would be legitimate targets', prefix: 'warned that any ', suffix: ' by Moscow.' },
    position: { type: 'TextPositionSelector', start: 120, end: 162 },
    text: 'Check the transcript.\nSecond line with <b>markup</b> and "quotes".',
    createdAt: 1_764_000_000_123,
    updatedAt: 1_764_100_000_456,
    orphaned: false,
  },
  {
    id: 'claim:troops-targets',
    kind: 'claim',
    claimId: 'troops-targets',
    text: 'Compare the Kremlin readout.',
    url: 'https://news.example/op-ed?id=7',
    title: 'Peace talks, again',
    createdAt: 5,
    updatedAt: 6,
  },
  { id: 'claim:war-third-year', kind: 'claim', claimId: 'war-third-year', text: 'Written before v4', url: null, title: '', createdAt: 1, updatedAt: 2 },
  {
    id: '0b0a6c43-6f34-4a43-9a4b-5b8a9a0e1f21~1764000000999',
    kind: 'passage',
    url: 'https://news.example/op-ed?id=7',
    title: 'Peace talks, again',
    quote: { type: 'TextQuoteSelector', exact: 'legitimate targets', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 144, end: 162 },
    text: 'From the other tab',
    createdAt: 1_764_000_000_123,
    updatedAt: 1_764_000_000_999,
    orphaned: true,
    conflictOf: '0b0a6c43-6f34-4a43-9a4b-5b8a9a0e1f21',
  },
];

const exported = () => JSON.stringify(toAnnotationCollection(notes, new Date('2026-11-28T12:00:00Z')));

describe('export to W3C Web Annotation JSON-LD', () => {
  it('writes an AnnotationCollection with selectors, bodies and dates', () => {
    const collection = JSON.parse(exported());
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 4, first: { type: 'AnnotationPage' } });
    const [passage] = collection.first.items;
    expect(passage).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-11-24T16:00:00.123Z',
      body: { type: 'TextualBody', value: notes[0].text, format: 'text/plain' },
      target: { source: 'https://news.example/op-ed?id=7', selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector', start: 120, end: 162 }] },
    });
  });

  it('round-trips exactly: importing the export gives back identical notes', async () => {
    expect(await parseAnnotations(exported())).toEqual({ ok: true, notes });
  });

  it('writes Markdown grouped by page, with quotes, and page text escaped', () => {
    const md = toMarkdown(notes, new Map([['troops-targets', 'Foreign troops as targets']]), new Date('2026-11-28T12:00:00Z'));
    expect(md).toContain('## [Peace talks, again](<https://news.example/op-ed?id=7>)');
    expect(md).toContain('> foreign troops would be legitimate targets');
    expect(md).toContain('## Claim: Foreign troops as targets');
    expect(md).toContain('## Claim: war-third-year');
    expect(md).toContain('not found on the page at the last visit');
    expect(toMarkdown([{ ...notes[0], title: '# [x](javascript:alert(1))' }], new Map())).toContain('\\# \\[x\\]\\(javascript:alert\\(1\\)\\)');
  });
});

describe('import from other tools', () => {
  it('takes a Hypothesis-style annotation: bodyValue or TextualBody, extra selectors, no position', async () => {
    const hypothesis = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/AbC123',
      type: 'Annotation',
      created: '2025-09-14T08:00:00.000Z',
      modified: '2025-09-14T09:30:00.000Z',
      body: [
        { type: 'TextualBody', value: 'Not what the readout says.', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: 'ukraine' },
      ],
      target: {
        source: 'https://news.example/op-ed',
        selector: [
          { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[2]' } },
          { type: 'TextQuoteSelector', exact: 'legitimate targets', prefix: 'would be considered ' },
        ],
      },
    };
    const result = await parseAnnotations(JSON.stringify(hypothesis));
    expect(result.ok).toBe(true);
    const [note] = (result as { notes: Note[] }).notes;
    expect(note).toMatchObject({
      kind: 'passage',
      url: 'https://news.example/op-ed',
      text: 'Not what the readout says.\n\nukraine',
      quote: { exact: 'legitimate targets', prefix: 'would be considered ', suffix: '' },
    });
    expect(note.id).toMatch(/^import-[0-9a-f]{32}$/);
    expect(note.updatedAt).toBe(Date.parse('2025-09-14T09:30:00.000Z'));
    // The same annotation imported twice gets the same id, so the store keeps one.
    expect(((await parseAnnotations(JSON.stringify([hypothesis]))) as { notes: Note[] }).notes[0].id).toBe(note.id);
  });

  it('reads an empty collection as nothing to import', async () => {
    expect(await parseAnnotations(JSON.stringify({ type: 'AnnotationCollection', total: 0 }))).toEqual({ ok: true, notes: [] });
  });
});

describe('import validation: a bad file imports nothing and says where and why', () => {
  const good = () => JSON.parse(exported()) as { first: { items: Record<string, unknown>[] } };
  const withItem = (change: (item: Record<string, unknown>) => void, index = 0) => {
    const file = good();
    change(file.first.items[index]);
    return JSON.stringify(file);
  };

  it.each([
    ['bad JSON', '{"type": "AnnotationCollection", "first": ', { item: null, field: '(file)', message: /not JSON/ }],
    ['not annotations at all', JSON.stringify({ hello: 'world' }), { item: null, field: '(file)', message: /not a Web Annotation file/ }],
    ['a number', '42', { item: null, field: '(file)', message: /not a Web Annotation file/ }],
    ['a missing id', withItem((a) => delete a.id), { item: 1, field: 'id', message: /^missing$/ }],
    ['a wrong type', withItem((a) => (a.type = 'Bookmark')), { item: 1, field: 'type', message: /Annotation/ }],
    ['a body of the wrong type', withItem((a) => (a.body = { type: 'TextualBody', value: 42 }), 1), { item: 2, field: 'body', message: /TextualBody/ }],
    ['no text at all', withItem((a) => delete a.body), { item: 1, field: 'body', message: /no text/ }],
    [
      'a note over 20,000 characters',
      withItem((a) => ((a.body as { value: string }).value = 'x'.repeat(NOTE_MAX_LENGTH + 1))),
      { item: 1, field: 'body.value', message: /longer than 20000/ },
    ],
    [
      'a huge quote',
      withItem((a) => ((a.target as { selector: { exact: string }[] }).selector[0].exact = 'q'.repeat(100_000))),
      { item: 1, field: 'target.selector', message: /TextQuoteSelector/ },
    ],
    [
      'a javascript: page address',
      withItem((a) => ((a.target as { source: string }).source = 'javascript:alert(1)')),
      { item: 1, field: 'target.source', message: /not an http\(s\) address/ },
    ],
    ['a bad date', withItem((a) => (a.created = 'last Tuesday')), { item: 1, field: 'created', message: /ISO 8601/ }],
    ['a missing target', withItem((a) => delete a.target), { item: 1, field: 'target', message: /^missing$/ }],
    [
      'an empty quote',
      withItem((a) => ((a.target as { selector: { exact: string }[] }).selector[0].exact = '')),
      { item: 1, field: 'target.selector', message: /TextQuoteSelector/ },
    ],
    [
      'a malformed claim id',
      withItem((a) => ((a.target as { id: string }).id = 'urn:gloss:claim:<script>'), 1),
      { item: 2, field: 'claimId', message: /Invalid/ },
    ],
    ['the same annotation twice', JSON.stringify([good().first.items[0], good().first.items[0]]), { item: 2, field: 'id', message: /twice/ }],
  ])('%s', async (_name, file, expected) => {
    const result = await parseAnnotations(file);
    expect(result.ok).toBe(false);
    const problems = (result as { problems: { item: number | null; id?: string; field: string; message: string }[] }).problems;
    const summary = problems.map(({ item, field, message }) => ({ item, field, message }));
    expect(summary).toContainEqual({ ...expected, message: expect.stringMatching(expected.message) });
    // Item-level problems name the annotation, so the reader can find it in the file.
    if (expected.item !== null && String(expected.message) !== '/^missing$/') expect(problems[0].id).toMatch(/^urn:gloss:note:/);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const result = await parseAnnotations(' '.repeat(IMPORT_MAX_BYTES + 1));
    expect(result).toEqual({ ok: false, problems: [{ item: null, field: '(file)', message: 'larger than 50 MB' }] });
  });

  it('keeps script and markup in a note as text: what is imported is exactly what was written', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) ${7*7} \u202Egnp.exe';
    const result = await parseAnnotations(withItem((a) => ((a.body as { value: string }).value = payload)));
    expect(result.ok).toBe(true);
    expect((result as { notes: Note[] }).notes[0].text).toBe(payload);
  });
});
