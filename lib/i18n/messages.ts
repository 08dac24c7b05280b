/**
 * The browser's i18n, and English where there is none (Node, unit tests; only there, as the
 * extension's bundles leave the English copy out): a message by key with
 * `$1`, `$2`… filled in, the language it is in, and the plural form a count needs.
 */
import { extensionGlobal } from '../extension/extension-global';
import messages from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The message for `key`, with `$1`, `$2`… replaced by `subs`. */
export function msg(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  try {
    const localised = extensionGlobal()?.i18n?.getMessage(key, strings);
    if (localised) return localised;
  } catch {
    // No i18n API here (unit tests' stand-in browser): fall through to English.
  }
  // The extension's bundles leave the English copy out (build/no-english-fallback.ts).
  return (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => strings[Number(n) - 1] ?? '');
}

/** The language of the strings the reader sees (a BCP 47 tag): for `lang` attributes. */
export const uiLanguage = () => msg('uiLanguage');

/** Plural categories every message with a count has, in every language (en: few and many say what other says). */
type PluralForm = 'one' | 'few' | 'many' | 'other';
type PluralBase = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

/**
 * The message for a count, in the form the reader's language wants for it (Intl.PluralRules):
 * "1 нотатка", "3 нотатки", "5 нотаток". `count` is `$1` unless `subs` say otherwise.
 */
export function plural(base: PluralBase, count: number, ...subs: (string | number)[]): string {
  let form: string;
  try {
    form = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {
    form = 'other';
  }
  const key = (['one', 'few', 'many', 'other'] satisfies PluralForm[]).includes(form as PluralForm) ? form : 'other';
  return msg(`${base}_${key}` as MessageKey, ...(subs.length ? subs : [count.toLocaleString()]));
}
