/**
 * A fact-checker's rating, in their own words and language, on a small scale for the highlight's
 * style: false, misleading, mixed, true, or unrated. The card always shows the publisher's own
 * wording; this scale only picks the underline.
 *
 * Words first (most feeds rate in words, and numbers mean different things per publisher), most
 * specific first: "partly false" is misleading before "false" is false, "not true" is false before
 * "true" is true. Then the number, on the publisher's own scale, when words say nothing.
 */

export const RATING_SCALE = ['false', 'misleading', 'mixed', 'true', 'unrated'] as const;
export type RatingClass = (typeof RATING_SCALE)[number];

/** Phrases in English, Spanish, Portuguese, French, German, Italian, Polish, Ukrainian and Russian, checked in this order. */
const RULES: [RatingClass, RegExp][] = [
  [
    'mixed',
    /(?<![\p{L}])(?:half[- ]true|mixture|mixed|partly true|partially true|unproven|unverified|mitad verdad|verdad(?:ero)? a medias|meia verdade|à moitié vrai|en partie vrai|teilweise (?:wahr|richtig)|halb wahr|mezza verità|częściowo prawd\p{L}*|напівправда|частично правда|полуправда)(?![\p{L}])/iu,
  ],
  [
    'misleading',
    /(?<![\p{L}])(?:misleading|partly false|partially false|mostly false|out of context|missing context|lacks context|needs context|exaggerat\p{L}*|distort\p{L}*|cherry[- ]pick\p{L}*|miscaptioned|misattributed|manipulat\p{L}*|engañoso|enganoso|sin contexto|fuera de contexto|trompeur|sorti de son contexte|irreführend|fehlender kontext|fuorviante|manipolat\p{L}*|wprowadzając\p{L}* w błąd|manipulacj\p{L}*|маніпуляці\p{L}*|перебільшення|вводить в заблуждение|манипуляци\p{L}*|без контекста)(?![\p{L}])/iu,
  ],
  [
    'false',
    /(?<![\p{L}])(?:false|fake|pants on fire|incorrect|wrong|untrue|not true|hoax|fabricated|baseless|debunked|scam|falso|falsa|bulo|faux|fausse|intox|falsch|erfunden|fake news|fałsz\p{L}*|nieprawda|неправда|фейк|брехня|ложь|ложно|не соответствует действительности)(?![\p{L}])/iu,
  ],
  [
    'true',
    /(?<![\p{L}])(?:true|correct|accurate|mostly true|verified|verdadero|verdadeiro|verdade|vrai|exact|wahr|richtig|vero|prawda|prawdziw\p{L}*|правда|достовірно|соответствует действительности)(?![\p{L}])/iu,
  ],
];

/** A rating value or bound as a number, or undefined ("-1" and blanks are "no scale"). */
function numberOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && n !== -1 ? n : undefined;
}

export function classifyRating(words: string | undefined, value?: unknown, best?: unknown, worst?: unknown): RatingClass {
  const text = (words ?? '').trim();
  if (text) for (const [rating, pattern] of RULES) if (pattern.test(text)) return rating;
  const v = numberOf(value);
  const hi = numberOf(best) ?? 5;
  const lo = numberOf(worst) ?? 1;
  if (v === undefined || hi <= lo || v < lo || v > hi) return 'unrated';
  const share = (v - lo) / (hi - lo);
  return share <= 0.2 ? 'false' : share <= 0.45 ? 'misleading' : share < 0.7 ? 'mixed' : 'true';
}
