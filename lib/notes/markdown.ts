/**
 * Notes as Markdown, grouped by page (newest page first), for reading and pasting elsewhere.
 * Claim notes come under their claim's title. Page text and titles are escaped so that they read
 * as written rather than as Markdown.
 */
import type { Note } from '../store/types';

export function toMarkdown(notes: Note[], claimTitles: ReadonlyMap<string, string>, generated = new Date()): string {
  const out = [`# Gloss notes`, '', `Exported ${generated.toISOString().slice(0, 10)}: ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}.`, ''];
  const byPage = new Map<string, Note[]>();
  for (const note of [...notes].sort((a, b) => b.updatedAt - a.updatedAt)) {
    const key = note.kind === 'claim' ? `claim:${note.claimId}` : note.url;
    byPage.set(key, [...(byPage.get(key) ?? []), note]);
  }
  for (const [key, group] of byPage) {
    const first = group[0];
    if (first.kind === 'claim') out.push(`## Claim: ${escapeInline(claimTitles.get(first.claimId) ?? first.claimId)}`);
    else out.push(`## [${escapeInline(first.title || first.url)}](<${first.url.replace(/>/g, '%3E')}>)`);
    out.push('');
    for (const note of group) {
      if (note.kind === 'passage') out.push(...note.quote.exact.split('\n').map((line) => `> ${escapeInline(line)}`), '');
      if (note.kind === 'claim' && note.url) out.push(`Written on <${note.url.replace(/>/g, '%3E')}>`, '');
      out.push(
        note.text.trim(),
        '',
        `*${new Date(note.updatedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC${note.conflictOf ? ', a copy kept from a conflicting edit' : ''}${note.kind === 'passage' && note.orphaned ? ', not found on the page at the last visit' : ''}*`,
        '',
      );
    }
    if (key) out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Backslash-escapes the characters that would start Markdown or HTML in running text. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}
