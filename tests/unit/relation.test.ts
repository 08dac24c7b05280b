import { describe, expect, it } from 'vitest';
import { relationOf } from '@/lib/match/relation';

describe('relation of a sentence to the claim it makes', () => {
  it('asserts: the writer’s own voice, also when endorsing a speaker', () => {
    expect(relationOf('Western weapons only prolong the war.')).toBe('asserts');
    expect(relationOf('Putin was right to warn that foreign troops would be targets.')).toBe('asserts');
  });

  it('reports: a speech verb, "according to", a quotation or a speaker’s headline', () => {
    expect(relationOf('Peskov said Western weapons only prolong the war.')).toBe('reports');
    expect(relationOf('According to the Kremlin, Western weapons only prolong the war.')).toBe('reports');
    expect(relationOf('Kremlin: Western weapons only prolong the war')).toBe('reports');
  });

  it('disputes: rejection, correction, or the claim held at arm’s length', () => {
    expect(relationOf('There is no evidence that Western weapons prolong the war.')).toBe('disputes');
    expect(relationOf('Kyiv rejected the claim that Western weapons prolong the war.')).toBe('disputes');
    expect(relationOf('The idea that Western weapons prolong the war gets it backwards.')).toBe('disputes');
    // A dispute wins over attribution: the sentence rejects what it reports.
    expect(relationOf('Moscow says Western weapons prolong the war, which is false.')).toBe('disputes');
  });
});
