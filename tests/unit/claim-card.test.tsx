import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ClaimCard } from '@/components/ClaimCard';
import { ClaimDetails, isStale } from '@/components/ClaimDetails';
import type { CardApi } from '@/components/card-api';
import { formatDate } from '@/lib/i18n/dates';
import type { Claim } from '@/lib/data/schema';
import type { ClaimNote } from '@/lib/store/types';

const source = (publisher: string, url: string) => ({ publisher, title: `${publisher} article`, date: '2025-09-05', url });
const claim: Claim = {
  id: 'troops-targets',
  title: 'Foreign troops as targets',
  statement: 'Putin warned that foreign troops in Ukraine would be legitimate targets.',
  verdict: { label: 'missing-context', reason: 'He said it, but tied it to troops arriving during the fighting.' },
  asOf: '2025-09-13',
  context: [
    { text: 'He spoke at the Eastern Economic Forum.', source: source('TASS', 'https://tass.com/politics/2012993') },
    { text: 'The coalition plans deployment after a ceasefire.', source: source('Daily Sabah', 'https://www.dailysabah.com/x') },
  ],
  perspectives: [
    { viewpoint: 'russian-government', speaker: 'Kremlin', summary: 'Troops are a root cause.', source: source('TASS', 'https://tass.com/a') },
    { viewpoint: 'russian-government', speaker: 'Foreign Ministry', summary: 'No foreign contingents.', source: source('TASS', 'https://tass.com/d') },
    { viewpoint: 'european-governments', speaker: 'Élysée', summary: 'The force is not meant to fight Russia.', source: source('TASS', 'https://tass.com/b') },
    { viewpoint: 'ukrainian-government', speaker: 'Zelensky', summary: 'Presence on land, sea and air.', source: source('CNN', 'https://cnn.com/c') },
  ],
  match: { all: [['a'], ['b']], paraphrases: ['a b', 'b a'] },
  sinceThen: [],
  related: ['related-claim'],
};
const other: Claim = { ...claim, id: 'other-claim', title: 'Another claim in the sentence', related: [] };
const related: Claim = { ...claim, id: 'related-claim', title: 'A related claim', related: [] };
const SENTENCE = 'Putin said foreign troops would be legitimate targets.';
const sentence = (...ids: string[]) => ({
  text: SENTENCE,
  matches: ids.map((claimId, i) => ({
    claimId,
    score: 0.9 - i / 10,
    relation: 'reports' as const,
    firm: true,
    spans: [
      { start: 11, end: 25 },
      { start: 35, end: 53 },
    ],
  })),
});

function fakeApi(overrides: Partial<CardApi> = {}) {
  const notes = new Map<string, ClaimNote>();
  const suppressed = { dismissed: new Set<string>(), hidden: new Set<string>() };
  const api: CardApi = {
    loadClaims: async (ids) => [claim, other, related].filter((c) => ids.includes(c.id)),
    loadNote: async (id) => notes.get(id) ?? null,
    saveNote: async (id, text) => {
      const note: ClaimNote = { id: `claim:${id}`, kind: 'claim', claimId: id, text, url: null, title: '', createdAt: 1, updatedAt: 2 };
      notes.set(id, note);
      return { note, conflictCopy: null };
    },
    deleteNote: async (id) => void notes.delete(id),
    setDismissed: async (id, on) => void (on ? suppressed.dismissed.add(id) : suppressed.dismissed.delete(id)),
    setHidden: async (id, on) => void (on ? suppressed.hidden.add(id) : suppressed.hidden.delete(id)),
    ...overrides,
  };
  return { api, notes, suppressed };
}

describe('ClaimCard', () => {
  it('shows the claim, verdict, date, dated context with safe links, and perspectives grouped by side', async () => {
    render(<ClaimCard sentence={sentence('troops-targets')} api={fakeApi().api} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Foreign troops as targets' });
    expect(dialog.textContent).toContain('Missing context');
    // "Putin said …": the card says the sentence reports the claim, before the claim itself.
    expect(dialog.querySelector('.relation')?.textContent).toBe("This sentence reports this claim as someone's:");
    expect(dialog.textContent).toContain(`As of ${formatDate('2025-09-13')}`);
    const links = screen.getAllByRole('link');
    expect(links.length).toBe(6);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    // Two Russian-government perspectives under one heading.
    const russian = screen.getByRole('region', { name: 'Russian government' });
    expect(russian.querySelectorAll('.perspective')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'European governments' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Ukrainian government' })).toBeTruthy();
  });

  it('explains why the sentence matched, marking the matched words', async () => {
    render(<ClaimCard sentence={sentence('troops-targets')} api={fakeApi().api} onClose={() => {}} />);
    await screen.findByRole('dialog', { name: 'Foreign troops as targets' });
    expect([...document.querySelectorAll('.why mark')].map((m) => m.textContent)).toEqual(['foreign troops', 'legitimate targets']);
    expect(document.querySelector('.why blockquote')!.textContent).toBe(SENTENCE);
    expect(document.querySelector('.why')!.textContent).toContain('Match strength: strong');
  });

  it('gently notes context older than six months', () => {
    const now = Date.parse('2026-11-28T00:00:00Z');
    expect(isStale('2025-09-13', now)).toBe(true);
    expect(isStale('2026-10-01', now)).toBe(false);
  });

  it('shows later developments under "Since then", newest first, and counts staleness from the newest', () => {
    const later = {
      ...claim,
      sinceThen: [
        { date: '2025-11-24', text: 'Talks in Geneva.', source: { ...source('Reuters', 'https://reuters.com/g'), date: '2025-11-24' } },
        { date: '2026-01-06', text: 'A meeting in Paris.', source: { ...source('AP', 'https://apnews.com/p'), date: '2026-01-06' } },
      ],
    };
    const now = Date.parse('2026-05-01T00:00:00Z');
    const { container } = render(<ClaimDetails claim={later} titleId="t" now={now} />);
    expect(container.querySelector('.as-of')!.textContent).toContain(formatDate('2025-09-13'));
    const items = [...container.querySelectorAll('.since-then li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('A meeting in Paris.');
    expect(items[0]).toContain(formatDate('2026-01-06'));
    expect(items[1]).toContain('Talks in Geneva.');
    // 2026-01-06 is under six months before `now`: no stale notice, though asOf is older.
    expect(container.querySelector('.stale')).toBeNull();
    const { container: without } = render(<ClaimDetails claim={claim} titleId="u" now={now} />);
    expect(without.querySelector('.since-then')).toBeNull();
    expect(without.querySelector('.stale')).not.toBeNull();
    // One date line: the stale word sits on the "as of" line and repeats no date.
    expect(without.querySelector('.as-of .stale')).not.toBeNull();
    expect(without.querySelector('.stale')!.textContent).not.toMatch(/\d{4}/);
  });

  it('says whose verdict it is and which edition of the dataset, on a line without a calendar date', () => {
    const { container } = render(<ClaimDetails claim={claim} titleId="p" />);
    const line = container.querySelector('.provenance')!.textContent!;
    expect(line).toContain("Gloss's editors");
    // The edition is the newest entry of data/CHANGELOG.md, written as a version.
    const newest = /^## (\d{4})-(\d{2})-(\d{2})/m.exec(readFileSync('data/CHANGELOG.md', 'utf8'))!;
    expect(line).toContain(`${newest[1]}.${newest[2]}.${newest[3]}`);
  });

  it('renders markup in data as text', async () => {
    const hostile = { ...claim, statement: '<img src=x onerror="alert(1)">', related: [] };
    render(<ClaimCard sentence={sentence('troops-targets')} api={fakeApi({ loadClaims: async () => [hostile] }).api} onClose={() => {}} />);
    await screen.findByRole('dialog', { name: 'Foreign troops as targets' });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });

  it('adds, edits and deletes a note', async () => {
    const { api, notes } = fakeApi();
    render(<ClaimCard sentence={sentence('troops-targets')} api={api} onClose={() => {}} />);
    const box = (await screen.findByLabelText('Your note')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.input(box, { target: { value: 'Check the TASS transcript.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(notes.get('troops-targets')?.text).toBe('Check the TASS transcript.'));
    fireEvent.input(box, { target: { value: 'Check the Kremlin transcript.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(notes.get('troops-targets')?.text).toBe('Check the Kremlin transcript.'));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(notes.has('troops-targets')).toBe(false));
    expect(box.value).toBe('');
  });

  it('keeps the text and says so when saving fails', async () => {
    const { api } = fakeApi({ saveNote: async () => Promise.reject(new Error('disk full')) });
    render(<ClaimCard sentence={sentence('troops-targets')} api={api} onClose={() => {}} />);
    const box = (await screen.findByLabelText('Your note')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.input(box, { target: { value: 'precious words' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText(/Not saved: disk full/)).toBeTruthy();
    expect(box.value).toBe('precious words');
  });

  it('"Not this claim" and "Hide everywhere" can each be undone', async () => {
    const { api, suppressed } = fakeApi();
    render(<ClaimCard sentence={sentence('troops-targets')} api={api} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not this claim' }));
    await screen.findByText('Hidden on this page.');
    expect(suppressed.dismissed.has('troops-targets')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Hide this claim everywhere' });
    expect(suppressed.dismissed.size).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Hide this claim everywhere' }));
    await screen.findByText('Hidden on every page.');
    expect(suppressed.hidden.has('troops-targets')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Not this claim' });
    expect(suppressed.hidden.size).toBe(0);
  });

  it('a tentative match leads with "Possibly related" and shows no verdict chip', async () => {
    const tentative = { ...sentence('troops-targets'), matches: sentence('troops-targets').matches.map((m) => ({ ...m, firm: false })) };
    render(<ClaimCard sentence={tentative} api={fakeApi().api} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Foreign troops as targets' });
    expect(dialog.querySelector('.relation')?.textContent).toMatch(/^Possibly related/);
    expect(dialog.querySelector('.badge')).toBeNull();
    expect(dialog.querySelector('.reason')?.textContent).toContain('He said it');
  });

  it('"Not these claims" on a sentence with two claims dismisses both, and undo restores both', async () => {
    const { api, suppressed } = fakeApi();
    render(<ClaimCard sentence={sentence('troops-targets', 'other-claim')} api={api} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not these claims' }));
    await screen.findByText('Hidden on this page.');
    expect([...suppressed.dismissed].sort()).toEqual(['other-claim', 'troops-targets']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Not these claims' });
    expect(suppressed.dismissed.size).toBe(0);
  });

  it('switches to another claim of the sentence and to a related claim, pins, and closes', async () => {
    const onClose = vi.fn();
    const onTogglePin = vi.fn();
    render(<ClaimCard sentence={sentence('troops-targets', 'other-claim')} api={fakeApi().api} onClose={onClose} onTogglePin={onTogglePin} />);
    fireEvent.click(await screen.findByRole('button', { name: 'A related claim' }));
    expect(await screen.findByRole('dialog', { name: 'A related claim' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Another claim in the sentence' }));
    expect(await screen.findByRole('dialog', { name: 'Another claim in the sentence' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep open' }));
    expect(onTogglePin).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('the note editor', () => {
  it('says plainly when the disk is full, and keeps the text', async () => {
    const { api } = fakeApi({ saveNote: async () => Promise.reject(new Error('note/save failed: storage is full')) });
    render(<ClaimCard sentence={sentence('troops-targets')} api={api} onClose={() => {}} />);
    const box = (await screen.findByLabelText('Your note')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.input(box, { target: { value: 'words worth keeping' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText(/storage for Gloss is full/)).toBeTruthy();
    expect(box.value).toBe('words worth keeping');
  });

  it('saves by itself a moment after the reader stops typing', async () => {
    const { api, notes } = fakeApi();
    render(<ClaimCard sentence={sentence('troops-targets')} api={api} onClose={() => {}} />);
    const box = (await screen.findByLabelText('Your note')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.input(box, { target: { value: 'typed, never saved by hand' } });
    expect(notes.size).toBe(0);
    await waitFor(() => expect(notes.get('troops-targets')?.text).toBe('typed, never saved by hand'));
  });
});
