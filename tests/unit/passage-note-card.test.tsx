/** The card of a passage note says it is about the passage, not about a claim. */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { PassageNoteCard } from '@/components/PassageNoteCard';
import type { NoteStore } from '@/components/NoteEditor';

const store: NoteStore = { load: async () => null, save: async () => ({ ok: true, note: null }) as never, remove: async () => {} };

describe('PassageNoteCard', () => {
  it('quotes the passage and invites a note on the passage, not on a claim', async () => {
    render(<PassageNoteCard quote="The talks stalled in Geneva." store={store} onClose={() => {}} />);
    const field = (await screen.findByLabelText('Your note')) as HTMLTextAreaElement;
    expect(field.placeholder).toMatch(/this passage/);
    expect(field.placeholder).not.toMatch(/claim/);
    expect(screen.getByText('The talks stalled in Geneva.')).toBeTruthy();
  });
});
