import { describe, expect, it } from 'vitest';
import { formatProblems, validateDataset } from '@/lib/data/validate';

const source = { publisher: 'TASS', title: 'A title', date: '2025-09-05', url: 'https://tass.com/politics/2012993' };
const good = {
  id: 'good-claim',
  title: 'A claim',
  statement: 'Something was said.',
  verdict: { label: 'opinion', reason: 'A view.' },
  asOf: '2025-09-13',
  context: [
    { text: 'Fact one.', source },
    { text: 'Fact two.', source },
  ],
  perspectives: [
    { viewpoint: 'russian-government', speaker: 'Kremlin', summary: 'View.', source },
    { viewpoint: 'ukrainian-government', speaker: 'Kyiv', summary: 'View.', source },
    { viewpoint: 'nato', speaker: 'NATO', summary: 'View.', source },
  ],
  match: { all: [['a'], ['b']], paraphrases: ['a b', 'b a'] },
  related: [],
};

describe('validateDataset', () => {
  it('keeps each item on the right side of the card’s date: cited by asOf, later developments after it', () => {
    const later = {
      date: '2025-11-24',
      text: 'Talks in Geneva.',
      source: { ...source, url: 'https://tass.com/politics/2030000', date: '2025-11-25', check: { on: '2026-12-04', outcome: 'confirmed', note: 'Says so.' } },
    };
    expect(validateDataset([{ path: 'data/claims/good-claim.json', json: { ...good, sinceThen: [later] } }])).toMatchObject({ ok: true });
    const bad = {
      ...good,
      context: [good.context[0], { text: 'Too new.', source: { ...source, date: '2025-12-08' } }],
      sinceThen: [
        { ...later, date: '2025-09-01' },
        { ...later, source: { ...later.source, date: '2025-11-01' } },
      ],
    };
    const result = validateDataset([{ path: 'data/claims/good-claim.json', json: bad }]);
    const text = formatProblems(result.ok ? [] : result.problems);
    expect(text).toContain("context.1.source.date: 2025-12-08 is after the card's asOf 2025-09-13");
    expect(text).toContain("sinceThen.0.date: 2025-09-01 is not after the card's asOf");
    expect(text).toContain('sinceThen.1.source.date: 2025-11-01 is before the development it reports (2025-11-24)');
    const unknownOutcome = {
      ...good,
      context: good.context.map((c) => ({ ...c, source: { ...source, check: { on: '2026-12-04', outcome: 'probably', note: 'x' } } })),
    };
    expect(validateDataset([{ path: 'data/claims/good-claim.json', json: unknownOutcome }]).ok).toBe(false);
  });

  it('holds one address to one page: the same publisher, title and date wherever it is cited', () => {
    const other = { ...good, id: 'other-claim', context: [good.context[0], { text: 'Again.', source: { ...source, date: '2025-09-06' } }] };
    const result = validateDataset([
      { path: 'data/claims/good-claim.json', json: good },
      { path: 'data/claims/other-claim.json', json: other },
    ]);
    expect(formatProblems(result.ok ? [] : result.problems)).toContain(`context.1.source: ${source.url} is cited by good-claim with another date`);
  });

  it('accepts a good claim', () => {
    expect(validateDataset([{ path: 'data/claims/good-claim.json', json: good }])).toMatchObject({ ok: true });
  });

  it('names the file, the claim id and the field of each problem', () => {
    const bad = {
      ...good,
      id: 'bad-claim',
      verdict: { label: 'probably-true', reason: 'x' },
      context: [{ text: 'Only one.', source: { ...source, url: 'http://insecure.example/x', date: '2025-13-45' } }],
    };
    const result = validateDataset([{ path: 'data/claims/bad-claim.json', json: bad }]);
    expect(result.ok).toBe(false);
    const text = formatProblems(result.ok ? [] : result.problems);
    expect(text).toContain('data/claims/bad-claim.json (bad-claim) verdict.label');
    expect(text).toContain('context.0.source.url: must be an https:// address');
    expect(text).toContain('context.0.source.date');
    expect(text).toContain('context: needs at least two context items');
  });

  it('requires three distinct viewpoints, unique ids, known related ids and matching file names', () => {
    const sameSide = { ...good, perspectives: good.perspectives.map((p) => ({ ...p, viewpoint: 'nato' })) };
    const result = validateDataset([
      { path: 'data/claims/good-claim.json', json: sameSide },
      { path: 'data/claims/other.json', json: { ...good, id: 'other-claim', related: ['missing-claim'] } },
    ]);
    const text = formatProblems(result.ok ? [] : result.problems);
    expect(text).toContain('at least three distinct viewpoints');
    expect(text).toContain('file must be named other-claim.json');
    expect(text).toContain('unknown claim id "missing-claim"');
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    const result = validateDataset([{ path: 'data/claims/good-claim.json', json: { ...good, verdcit: {} } }]);
    expect(result.ok).toBe(false);
  });
});
