/** A passage note's marker explains itself to a pointer and to assistive technology, and never carries the note. */
import { describe, expect, it } from 'vitest';
import { createMarker } from '@/entrypoints/content/note-marker';

describe('the passage note marker', () => {
  it('has an accessible name and the same words as a tooltip, and is focusable', () => {
    const marker = createMarker('note-1');
    expect(marker.getAttribute('aria-label')).toMatch(/note on this passage/);
    expect(marker.title).toBe(marker.getAttribute('aria-label'));
    expect(marker.tabIndex).toBe(0);
    expect(marker.getAttribute('role')).toBe('button');
    expect(marker.textContent).toBe('');
  });
});
