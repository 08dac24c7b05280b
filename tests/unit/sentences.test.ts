import { describe, expect, it } from 'vitest';
import { segmentSentences } from '@/lib/text/sentences';

const split = (text: string) => segmentSentences(text).map(({ start, end }) => text.slice(start, end));

describe('segmentSentences', () => {
  it('splits sentences and trims white space', () => {
    expect(split('  One thing.  Another thing!\n Third? ')).toEqual(['One thing.', 'Another thing!', 'Third?']);
  });

  it('does not break after abbreviations such as U.S. and Gen.', () => {
    expect(split('The U.S. President met Gen. Smith in Alaska. Talks went on.')).toEqual(['The U.S. President met Gen. Smith in Alaska.', 'Talks went on.']);
  });

  it('returns nothing for white space', () => {
    expect(split(' \n\t ')).toEqual([]);
  });
});
