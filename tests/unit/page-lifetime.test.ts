/** A copy of Gloss stops when a newer copy starts on the same page (extension reloaded or updated). */
import { describe, expect, it } from 'vitest';
import { pageLifetime } from '@/lib/page/page-lifetime';

describe('pageLifetime', () => {
  it('lasts until a newer copy starts, and a copy never stops itself', () => {
    const older = pageLifetime();
    expect(older.aborted).toBe(false);
    const newer = pageLifetime();
    expect(older.aborted).toBe(true);
    expect(newer.aborted).toBe(false);
    const newest = pageLifetime();
    expect(newer.aborted).toBe(true);
    expect(newest.aborted).toBe(false);
  });

  it('copies on different documents leave each other alone', () => {
    const here = pageLifetime();
    const elsewhere = pageLifetime(document.implementation.createHTMLDocument('other'));
    expect(here.aborted).toBe(false);
    expect(elsewhere.aborted).toBe(false);
  });
});
