import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { NotesManager, PAGE_SIZE, type NotesApi } from '@/components/NotesManager';
import { parseAnnotations } from '@/lib/notes/web-annotation';
import type { Note, PassageNote } from '@/lib/store/types';

function passage(i: number, extra: Partial<PassageNote> = {}): PassageNote {
  return {
    id: `n${i}`,
    kind: 'passage',
    url: `https://site${i % 7}.example/article-${i % 50}`,
    title: `Article ${i % 50}`,
    quote: { type: 'TextQuoteSelector', exact: `passage number ${i} about the talks`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 10 },
    text: `note ${i}: ${i % 10 === 0 ? 'ceasefire' : 'sanctions'} thoughts`,
    createdAt: i,
    updatedAt: i,
    orphaned: i % 100 === 0,
    ...extra,
  };
}

function fakeApi(initial: Note[]) {
  let notes = [...initial].sort((a, b) => b.updatedAt - a.updatedAt);
  const api: NotesApi = {
    all: async () => notes,
    claimTitles: async (ids) => new Map(ids.map((id) => [id, `Title of ${id}`])),
    edit: async (id, text) => {
      notes = notes.map((n) => (n.id === id ? { ...n, text, updatedAt: n.updatedAt + 1 } : n));
      return { note: notes.find((n) => n.id === id)!, conflictCopy: null };
    },
    remove: async (id) => {
      const gone = notes.find((n) => n.id === id) ?? null;
      notes = notes.filter((n) => n.id !== id);
      return gone;
    },
    restore: async (note) => void (notes = [note, ...notes]),
    importFile: async (text) => {
      const parsed = await parseAnnotations(text);
      return parsed.ok ? { ok: true, added: parsed.notes.length, updated: 0, unchanged: 0 } : parsed;
    },
    exportJsonLd: () => {},
    exportMarkdown: () => {},
  };
  return { api, current: () => notes };
}

const count = () => document.querySelector<HTMLElement>('[data-count]')?.dataset.count;

describe('NotesManager', () => {
  it('lists newest first, searches the text and the quote, filters orphans and sites', async () => {
    render(<NotesManager api={fakeApi(Array.from({ length: 300 }, (_, i) => passage(i))).api} />);
    await waitFor(() => expect(count()).toBe('300'));
    expect(document.querySelectorAll('.notes-list > li')).toHaveLength(PAGE_SIZE);
    expect(document.querySelector('.notes-list > li')!.getAttribute('data-note-id')).toBe('n299');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'ceasefire' } });
    await waitFor(() => expect(count()).toBe('30'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'passage number 123' } });
    await waitFor(() => expect(count()).toBe('1'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'orphaned' } });
    await waitFor(() => expect(count()).toBe('3'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'site3.example' } });
    await waitFor(() => expect(count()).toBe('43'));
  });

  it('deletes with undo, and edits in place', async () => {
    const { api, current } = fakeApi([passage(1), passage(2)]);
    render(<NotesManager api={api} />);
    await waitFor(() => expect(count()).toBe('2'));
    fireEvent.click(screen.getByRole('button', { name: /Delete note “note 2/ }));
    await waitFor(() => expect(count()).toBe('1'));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(count()).toBe('2'));
    expect(
      current()
        .map((n) => n.id)
        .sort(),
    ).toEqual(['n1', 'n2']);
    fireEvent.click(screen.getAllByRole('button', { name: 'Edit' })[0]);
    const box = (await screen.findByRole('textbox')) as HTMLTextAreaElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.input(box, { target: { value: 'rewritten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(current().find((n) => n.id === 'n2')?.text).toBe('rewritten'));
  });

  it('shows an import report that names each problem, and notes as text', async () => {
    const hostile = passage(1, { text: '<img src=x onerror=alert(1)>', title: '<script>alert(2)</script>' });
    render(<NotesManager api={fakeApi([hostile]).api} />);
    await waitFor(() => expect(count()).toBe('1'));
    expect(document.querySelector('.notes-list img, .notes-list script')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    const file = new File(
      ['[{"type":"Annotation","id":"a1","bodyValue":"x","target":{"source":"ftp://x","selector":{"type":"TextQuoteSelector","exact":"q"}}}]'],
      'bad.json',
    );
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported: bad.json has 1 problem. Fix it and try again.');
    expect(alert.textContent).toContain('Annotation 1 (a1), field “target.source”: not an http(s) address');
  });

  // Functional: one page of 10,000 notes rendered, and a search over all of them. The times are
  // logged; bounds on them belong to `npm run bench:notes`. The waits are long because testing
  // library's default (1 s) is itself a time limit on a shared machine.
  it('renders one page of 10,000 notes and searches them all (times logged)', { timeout: 60_000 }, async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => passage(i));
    let started = performance.now();
    render(<NotesManager api={fakeApi(many).api} />);
    await waitFor(() => expect(count()).toBe('10000'), { timeout: 20_000 });
    const firstRender = performance.now() - started;
    started = performance.now();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'ceasefire thoughts' } });
    await waitFor(() => expect(count()).toBe('1000'), { timeout: 20_000 });
    const search = performance.now() - started;
    console.log(`[notes manager, happy-dom] 10,000 notes: first render ${firstRender.toFixed(0)} ms, search ${search.toFixed(0)} ms`);
    expect(document.querySelectorAll('.notes-list > li')).toHaveLength(PAGE_SIZE);
  });
});
