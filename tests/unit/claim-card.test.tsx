import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ClaimCard } from '@/components/ClaimCard';
import type { CardApi } from '@/components/card-api';
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
    { viewpoint: 'european-governments', speaker: 'Élysée', summary: 'The force is not meant to fight Russia.', source: source('TASS', 'https://tass.com/b') },
    { viewpoint: 'ukrainian-government', speaker: 'Zelensky', summary: 'Presence on land, sea and air.', source: source('CNN', 'https://cnn.com/c') },
  ],
  match: { all: [['a'], ['b']], paraphrases: ['a b', 'b a'] },
  related: [],
};
const other: Claim = { ...claim, id: 'other-claim', title: 'Another claim in the sentence' };

function fakeApi(overrides: Partial<CardApi> = {}): CardApi & { notes: Map<string, ClaimNote> } {
  const notes = new Map<string, ClaimNote>();
  return {
    notes,
    loadClaims: async (ids) => [claim, other].filter((c) => ids.includes(c.id)),
    loadNote: async (id) => notes.get(id) ?? null,
    saveNote: async (id, text) => {
      const note = { claimId: id, text, createdAt: 1, updatedAt: 2 };
      notes.set(id, note);
      return note;
    },
    deleteNote: async (id) => void notes.delete(id),
    ...overrides,
  };
}

describe('ClaimCard', () => {
  it('shows the claim, verdict, dated context with safe links, and perspectives as text', async () => {
    render(<ClaimCard claimIds={['troops-targets']} api={fakeApi()} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Foreign troops as targets' });
    expect(dialog.textContent).toContain('Missing context');
    expect(dialog.textContent).toContain('As of 13 Sept 2025');
    const links = screen.getAllByRole('link');
    expect(links.length).toBe(5);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    expect(screen.getByText('Russian government')).toBeTruthy();
    expect(screen.getByText('European governments')).toBeTruthy();
    expect(screen.getByText('Ukrainian government')).toBeTruthy();
  });

  it('renders markup in data as text', async () => {
    const hostile = { ...claim, statement: '<img src=x onerror="alert(1)">' };
    render(<ClaimCard claimIds={['troops-targets']} api={fakeApi({ loadClaims: async () => [hostile] })} onClose={() => {}} />);
    await screen.findByRole('dialog', { name: 'Foreign troops as targets' });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });

  it('adds, edits and deletes a note', async () => {
    const api = fakeApi();
    render(<ClaimCard claimIds={['troops-targets']} api={api} onClose={() => {}} />);
    const box = (await screen.findByLabelText('Your note')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.input(box, { target: { value: 'Check the TASS transcript.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(api.notes.get('troops-targets')?.text).toBe('Check the TASS transcript.'));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(api.notes.has('troops-targets')).toBe(false));
    expect(box.value).toBe('');
  });

  it('keeps the text and says so when saving fails', async () => {
    const api = fakeApi({ saveNote: async () => Promise.reject(new Error('disk full')) });
    render(<ClaimCard claimIds={['troops-targets']} api={api} onClose={() => {}} />);
    const box = (await screen.findByLabelText('Your note')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.input(box, { target: { value: 'precious words' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText(/Not saved: disk full/)).toBeTruthy();
    expect(box.value).toBe('precious words');
  });

  it('switches to another claim the same sentence makes, and closes', async () => {
    const onClose = vi.fn();
    render(<ClaimCard claimIds={['troops-targets', 'other-claim']} api={fakeApi()} onClose={onClose} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Another claim in the sentence' }));
    expect(await screen.findByRole('dialog', { name: 'Another claim in the sentence' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
