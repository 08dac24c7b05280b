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

  it('reports: any verb of saying, thinking or presenting, and a claim given as someone’s account; not the writer’s own “we believe”', () => {
    expect(relationOf('Researchers argue that European fuel payments to Russia exceed the aid sent to Kyiv.')).toBe('reports');
    expect(relationOf('Russian state television framed the summit as the end of Moscow’s isolation.')).toBe('reports');
    expect(relationOf('In Moscow’s telling, the people of Crimea freely chose to join Russia.')).toBe('reports');
    expect(relationOf('Warsaw’s version is that it shot the drones down and then asked its allies for consultations.')).toBe('reports');
    expect(relationOf('We believe Western weapons only prolong the war.')).toBe('asserts');
  });

  it('disputes: rejection, correction, or the claim held at arm’s length', () => {
    expect(relationOf('There is no evidence that Western weapons prolong the war.')).toBe('disputes');
    expect(relationOf('Kyiv rejected the claim that Western weapons prolong the war.')).toBe('disputes');
    expect(relationOf('The idea that Western weapons prolong the war gets it backwards.')).toBe('disputes');
    // A dispute wins over attribution: the sentence rejects what it reports.
    expect(relationOf('Moscow says Western weapons prolong the war, which is false.')).toBe('disputes');
  });

  it('contested or belittled: questioning, contesting, "far above", "no longer true"', () => {
    expect(relationOf('Skeptics question whether the two sides ever agreed to halt strikes on power plants.')).toBe('disputes');
    expect(relationOf('Brussels contests the claim that Europe spent more on Russian gas than on Ukraine.')).toBe('disputes');
    expect(relationOf('The $350 billion figure is far above what Congress appropriated.')).toBe('disputes');
    expect(relationOf('Many still say the war is in its third year, which stopped being accurate in February.')).toBe('disputes');
  });

  it('words that only look like cues: nouns, emphasis, a long clause before a colon, a verb in an infinitive', () => {
    // "states" the noun, not the verb: "United States", "European states".
    expect(relationOf('The United States voted with Russia against the resolution.')).toBe('asserts');
    expect(relationOf('It is a scandal that European states paid more for Russian gas than they gave Ukraine.')).toBe('asserts');
    expect(relationOf('The scale of the occupation is hard to overstate.')).toBe('asserts');
    expect(relationOf('Ukraine made clear that its future lies with Brussels, not Moscow.')).toBe('asserts');
    expect(relationOf('Moscow would not stand in the way of Ukraine joining the EU.')).toBe('asserts');
    expect(relationOf('Europe cannot afford complacency: Russia could test NATO within a few years.')).toBe('asserts');
    expect(relationOf('Johnson flew to Kyiv and urged Zelensky to reject it and keep fighting.')).toBe('asserts');
    expect(relationOf('Russia deserves to be acknowledged as a superpower.')).toBe('asserts');
  });
});
