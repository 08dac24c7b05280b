/**
 * Every translation is complete: the same keys as English, no more, no fewer; the same `$1`, `$2`…
 * placeholders in each message; nothing empty; and `uiLanguage` naming its own folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../public/_locales');
type Messages = Record<string, { message: string; description?: string }>;
const read = (lang: string) => JSON.parse(readFileSync(join(ROOT, lang, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
const translations = readdirSync(ROOT).filter((lang) => lang !== 'en');

describe('UI translations', () => {
  it('exist for Ukrainian, Russian, Polish, German and French', () => {
    expect([...translations].sort()).toEqual(['de', 'fr', 'pl', 'ru', 'uk']);
  });

  it.each(translations)('%s has exactly the English keys, the same placeholders, and no empty message', (lang) => {
    const messages = read(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), `${lang}/${key}`).not.toBe('');
      expect(placeholders(message), `${lang}/${key}`).toEqual(placeholders(english[key].message));
    }
    expect(messages.uiLanguage.message).toBe(lang);
  });

  it('is translated, not copied: few messages are the same as the English', () => {
    // Names, format names, and words that are spelled the same (French "Opinion", "Notes", German "Annotation").
    const sameAllowed = new Set([
      'verdict_opinion',
      'notesHeading',
      'notesCountAll_one',
      'notesCountAll_few',
      'notesCountAll_many',
      'notesCountAll_other',
      'extName',
      'popupTitle',
      'viewpoint_nato',
      'exportMarkdown',
      'optionsPause',
      'notesSite',
      'context',
      'optionsSites',
      'importItem',
    ]);
    for (const lang of translations) {
      const same = Object.entries(read(lang)).filter(([key, { message }]) => key !== 'uiLanguage' && !sameAllowed.has(key) && message === english[key].message);
      expect(
        same.map(([key]) => key),
        lang,
      ).toEqual([]);
    }
  });
});
