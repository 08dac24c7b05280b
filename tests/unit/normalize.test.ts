import { describe, expect, it } from 'vitest';
import { foldWord, termStems, tokenize } from '@/lib/text/normalize';

describe('normalisation', () => {
  it('folds case, diacritics, curly apostrophes and possessives', () => {
    expect(foldWord('Russia’s')).toBe('russia');
    expect(foldWord('Przemyśl')).toBe('przemysl');
    expect(foldWord("DON'T")).toBe('dont');
  });

  it('folds spelling variants of names to one form', () => {
    expect(termStems('Zelenskyy Kiev')).toEqual(termStems('Zelensky Kyiv'));
  });

  it('stems inflections to the same form', () => {
    expect(termStems('troops deployed')).toEqual(termStems('troop deploy'));
  });

  it('keeps offsets of each word in the original text', () => {
    const text = 'NATO’s “expansion” — again.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['NATO’s', 'expansion', 'again']);
  });
});
