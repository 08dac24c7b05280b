import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorPassage, MIN_ANCHOR_SCORE, MIN_QUOTE_SIMILARITY, SELF_EVIDENT_QUOTE_LENGTH } from '@/lib/notes/anchor';
import { CONTEXT_LENGTH, describePassage } from '@/lib/notes/selectors';

const OP_ED = readFileSync(join(import.meta.dirname, '../fixtures/op-ed.txt'), 'utf8');

/** Selectors for the first occurrence of `passage` in `text`. */
function noteOn(text: string, passage: string) {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in text: ${passage}`);
  return describePassage(text, start, start + passage.length);
}

const PASSAGE = 'any foreign troops deployed there would be considered legitimate targets by Moscow';

describe('describing a passage', () => {
  it('keeps the quote, up to 32 characters of context each side, and the position', () => {
    const { quote, position } = noteOn(OP_ED, PASSAGE);
    expect(quote.exact).toBe(PASSAGE);
    expect(quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(OP_ED.slice(position.start - CONTEXT_LENGTH, position.end + CONTEXT_LENGTH)).toBe(quote.prefix + PASSAGE + quote.suffix);
  });

  it('refuses an empty or out-of-range passage', () => {
    expect(() => describePassage('abc', 2, 2)).toThrow(RangeError);
    expect(() => describePassage('abc', 1, 9)).toThrow(RangeError);
  });
});

describe('anchoring a passage again', () => {
  const { quote, position } = noteOn(OP_ED, PASSAGE);

  it('unchanged page: at its recorded position', () => {
    expect(anchorPassage(OP_ED, quote, position)).toEqual({ start: position.start, end: position.end, score: 1, how: 'position' });
  });

  it('a paragraph inserted above: the same words, found by the quote', () => {
    const inserted = 'Editor’s note: this article was updated with a new paragraph.\n\n';
    const edited = inserted + OP_ED;
    const found = anchorPassage(edited, quote, position)!;
    expect(found.how).toBe('exact');
    expect(edited.slice(found.start, found.end)).toBe(PASSAGE);
    expect(found.start).toBe(position.start + inserted.length);
  });

  it('the sentence itself edited a little: placed on the edited words', () => {
    const edited = OP_ED.replace('would be considered legitimate targets', 'would be deemed legitimate targets');
    const found = anchorPassage(edited, quote, position)!;
    expect(found.how).toBe('fuzzy');
    expect(found.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
    expect(edited.slice(found.start, found.end)).toMatch(/foreign troops deployed there would be deemed legitimate targets by Moscow/);
  });

  it('the passage removed: not placed anywhere', () => {
    const start = OP_ED.indexOf(PASSAGE);
    const removed = OP_ED.slice(0, start) + OP_ED.slice(start + PASSAGE.length);
    expect(anchorPassage(removed, quote, position)).toBeNull();
  });

  it('removed while a near-identical sentence stands elsewhere: still not placed (wrong context)', () => {
    const start = OP_ED.indexOf(PASSAGE);
    const lookAlike = '\n\nSome analysts argue that any foreign troops deployed there would be considered legitimate targets by Minsk.';
    const text = OP_ED.slice(0, start) + OP_ED.slice(start + PASSAGE.length) + lookAlike;
    expect(anchorPassage(text, quote, position)).toBeNull();
  });

  it('a repeated phrase: the occurrence whose context matches, wherever it moved', () => {
    const text = 'Talks resumed. Peace is possible, he said, on Monday. Later: peace is possible, she said, on Friday.';
    const second = text.indexOf('peace is possible, she');
    const note = describePassage(text, second, second + 'peace is possible'.length);
    const moved = 'Intro line. ' + text;
    const found = anchorPassage(moved, note.quote, note.position)!;
    expect(found.start).toBe(moved.indexOf('peace is possible, she'));
  });

  it('a short quote is only ever matched exactly (one error would be too many)', () => {
    const note = noteOn('the war ended', 'war');
    expect(anchorPassage('the wax ended', note.quote, note.position)).toBeNull();
  });

  it.each([
    [1, true],
    [4, true],
    [18, false],
  ])('with %i characters changed in an 82-character quote, placed: %s', (changes, placed) => {
    let edited = PASSAGE;
    // Change every 4th letter, `changes` times, from the start of the quote.
    for (let i = 0, done = 0; done < changes && i < edited.length; i += 4) {
      if (!/[a-z]/.test(edited[i])) continue;
      edited = edited.slice(0, i) + (edited[i] === 'x' ? 'y' : 'x') + edited.slice(i + 1);
      done++;
    }
    const text = OP_ED.replace(PASSAGE, edited);
    const found = anchorPassage(text, quote, position);
    expect(found !== null).toBe(placed);
    if (found) expect(text.slice(found.start, found.end).length).toBeGreaterThan(PASSAGE.length * MIN_QUOTE_SIMILARITY);
  });
});

describe('the same words in another context', () => {
  const text = 'Residents say the timetable changed three times last winter, and each change left the early shift waiting on the pier for almost an hour.';
  const phrase = 'almost an hour';

  it('a short phrase that moved into unrelated text is not placed there', () => {
    const note = noteOn(text, phrase);
    const moved = 'Fares stayed the same. The crossing itself takes almost an hour in bad weather.';
    expect(anchorPassage(moved, note.quote, note.position)).toBeNull();
  });

  it('a short phrase that keeps part of its context is placed (exact score 1 is not required)', () => {
    const note = noteOn(text, phrase);
    const edited = text.replace('Residents say the timetable changed three times last winter', 'The timetable changed often') + ' More follows.';
    const found = anchorPassage(edited, note.quote, note.position)!;
    expect(edited.slice(found.start, found.end)).toBe(phrase);
    expect(found.how).toBe('exact');
  });

  it('a long quote found once is placed even with all its context changed', () => {
    const long = 'each change left the early shift waiting on the pier for almost an hour';
    expect(long.length).toBeGreaterThanOrEqual(SELF_EVIDENT_QUOTE_LENGTH);
    const note = noteOn(text, long);
    const moved = `Completely different opening words here: ${long}! And a different ending.`;
    const found = anchorPassage(moved, note.quote, note.position)!;
    expect(moved.slice(found.start, found.end)).toBe(long);
  });
});
