import { describe, expect, it } from 'vitest';
import { datesIn, fits, otherEventDate, periodOf } from '@/lib/match/event-date';

describe('dates a sentence names', () => {
  it('reads years, months with and without years, and day-month forms', () => {
    expect(datesIn('The plan presented in November 2025 went further.')).toEqual([{ month: 11, year: 2025 }]);
    expect(datesIn('On 21 November the draft leaked; by Nov. 23, 2025 it had 19 points.')).toEqual([{ month: 11 }, { month: 11, year: 2025 }]);
    expect(datesIn('Crimea was annexed in 2014 and the war widened in 2022.')).toEqual([{ year: 2014 }, { year: 2022 }]);
    expect(datesIn('In September, 26 countries pledged troops.')).toEqual([{ month: 9 }]);
    expect(datesIn('They meet in October 2025, in Budapest.')).toEqual([{ month: 10, year: 2025 }]);
  });

  it('does not take counts, names or verbs for dates', () => {
    expect(datesIn('Resolution 2202 endorsed the Minsk package.')).toEqual([]);
    expect(datesIn('The talks may resume, and protesters march on Kyiv.')).toEqual([]);
    expect(datesIn('Trump hosted them at Mar-a-Lago; 2000 troops and $2025 were mentioned, as were the 1990s.')).toEqual([]);
    expect(datesIn('Some 1,500 soldiers and 2,000 km of front.')).toEqual([]);
    expect(datesIn('An august body met.')).toEqual([]);
    // A year that bounds a span does not date the event.
    expect(datesIn('The strongest signal since 2022, and a threat by 2030.')).toEqual([]);
  });

  it('takes "May" and "March" as months only with a day or a year', () => {
    expect(datesIn('Talks resumed on 16 May in Istanbul.')).toEqual([{ month: 5 }]);
    expect(datesIn('The referendum of March 2014 was not recognised.')).toEqual([{ month: 3, year: 2014 }]);
  });
});

describe('an event at another date', () => {
  it('compares at the precision both sides give', () => {
    expect(fits({ year: 2025 }, periodOf('2025-04'))).toBe(true);
    expect(fits({ month: 4 }, periodOf('2025-04-17'))).toBe(true);
    expect(fits({ month: 11 }, periodOf('2025-04'))).toBe(false);
    expect(fits({ month: 11 }, periodOf('2025'))).toBe(true);
    expect(fits({ year: 2024, month: 4 }, periodOf('2025-04'))).toBe(false);
  });

  it('places a sentence at another event only when it names dates and none fits', () => {
    const offer = '2025-04';
    expect(otherEventDate(datesIn('The November plan would have recognised Crimea as Russian.'), offer)).toEqual({ month: 11 });
    expect(otherEventDate(datesIn('In April the US offered to recognise Crimea as Russian, and again in November.'), offer)).toBeUndefined();
    expect(otherEventDate(datesIn('The US offered to recognise Crimea as Russian.'), offer)).toBeUndefined();
    expect(otherEventDate(datesIn('In November 2025 the plan recognised Crimea.'), undefined)).toBeUndefined();
  });
});
