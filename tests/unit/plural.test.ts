/** Counts in the reader's language: each language's plural forms (Intl.PluralRules), not English's two. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/lib/i18n/strings';

/** The browser's i18n in `lang` (the global `browser.i18n`, where pages' scripts find it): its messages, with $1, $2… filled in. */
function speak(lang: string) {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  const getMessage = (key: string, subs?: string[]) => (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '');
  vi.stubGlobal('browser', { runtime: {}, i18n: { getMessage } });
}

afterEach(() => vi.unstubAllGlobals());

describe('plural forms', () => {
  it('Ukrainian: one, few and many', () => {
    speak('uk');
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => t.notesCount(n, n))).toEqual([
      '1 нотатка',
      '2 нотатки',
      '5 нотаток',
      '11 нотаток',
      '21 нотатка',
      '22 нотатки',
      '25 нотаток',
    ]);
    expect(t.popupClaimsFound(3)).toBe('3 відомі твердження на цій сторінці');
  });

  it('Russian and Polish: the same three, by their own rules', () => {
    speak('ru');
    expect([1, 3, 12, 101].map((n) => t.popupClaimsFound(n))).toEqual([
      '1 известное утверждение на этой странице',
      '3 известных утверждения на этой странице',
      '12 известных утверждений на этой странице',
      '101 известное утверждение на этой странице',
    ]);
    speak('pl');
    // Polish: 1 alone is "one"; 22 is "few", but 21 and 12 are "many".
    expect([1, 21, 22, 12].map((n) => t.notesCount(n, n))).toEqual(['1 notatka', '21 notatek', '22 notatki', '12 notatek']);
  });

  it('English and German: one and other; the count can be any substitution', () => {
    speak('de');
    expect(t.importRefused('notes.json', 1)).toBe('Nichts wurde importiert: notes.json hat 1 Problem. Beheben Sie es und versuchen Sie es erneut.');
    expect(t.importRefused('notes.json', 4)).toContain('hat 4 Probleme');
    speak('en');
    expect(t.seenElsewhere(1, '3/2/2026')).toBe('You met this claim on 1 other page, on 3/2/2026.');
    expect(t.seenElsewhere(2, '3/2/2026')).toBe('You met this claim on 2 other pages, since 3/2/2026.');
  });
});
