/**
 * When a sentence says it happened, against when a claim's event happened. A claim about one
 * dated event (the April 2025 US offer on Crimea, the 15 August 2025 Alaska summit) is often
 * restated about another one (the November 2025 plan, a later summit) in the same words; only the
 * dates tell them apart. A sentence that names dates, none of which fits the claim's event, is
 * probably about another event: the match is then tentative, and the card says why.
 *
 * Only explicit dates count: a year (1900-2039), a month name with or without a year or a day.
 * "Last week" or "on Tuesday" say nothing without the article's own date.
 */

/** A date as precise as the sentence gives it. */
export interface Period {
  year?: number;
  /** 1-12 */
  month?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH_WORD =
  '(January|February|March|April|May|June|July|August|September|Sept?|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\\b\\.?';
const YEAR = '((?:19|20)\\d\\d)(?!\\d|,\\d|s\\b|\\s*(?:km|per|%|troops|soldiers|people|billion|million))';
/** "November 2025", "21 November 2025", "November 21, 2025", "November", "in 2022". */
const DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_WORD}(?:\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?,?)?(?:\\s+(?:of\\s+)?${YEAR})?|(?<![\\w$€£.,/-])${YEAR}`,
  'g',
);
/**
 * Words before a four-digit number that make it a name or a count, not a year; or a year that
 * bounds a span ("since 2022", "from 2014", "by 2030") rather than dating the event.
 */
const NOT_A_YEAR_BEFORE = /(?:resolution|no\.?|number|article|flight|route|paragraph|section|page|since|from|until|till|by|\$|€|£)\s*$/i;

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS.indexOf(w === 'sept' ? 'sep' : w) + 1;
}

/** The explicit dates a sentence names, in order. */
export function datesIn(sentence: string): Period[] {
  const out: Period[] = [];
  for (const m of sentence.matchAll(DATE)) {
    const [whole, monthWord, yearAfterMonth, yearAlone] = m;
    if (monthWord) {
      // "May" is also a verb, "March" a noun and a verb, "Mar" a place name (Mar-a-Lago): those
      // and the abbreviations are months only with a day or a year.
      const bare = whole.trim() === monthWord || whole.trim() === `${monthWord}.`;
      if (bare && (/^(?:may|march)$/i.test(monthWord) || monthWord.length <= 4)) continue;
      // A capital letter or an abbreviation is what marks a month in running prose.
      if (monthWord[0] !== monthWord[0].toUpperCase()) continue;
      out.push({ month: monthOf(monthWord), ...(yearAfterMonth ? { year: Number(yearAfterMonth) } : {}) });
    } else if (yearAlone && !NOT_A_YEAR_BEFORE.test(sentence.slice(0, m.index))) {
      out.push({ year: Number(yearAlone) });
    }
  }
  return out;
}

/** A claim's `when` ("2025", "2025-04" or "2025-04-17") as a period. */
export function periodOf(when: string): Period {
  const [year, month] = when.split('-').map(Number);
  return month ? { year, month } : { year };
}

/** Whether a date the sentence names could be the event's date, at the precision both give. */
export function fits(named: Period, event: Period): boolean {
  if (named.year !== undefined && event.year !== undefined && named.year !== event.year) return false;
  if (named.month !== undefined && event.month !== undefined && named.month !== event.month) return false;
  return true;
}

/**
 * The date that places a sentence at another event: the first of the dates it names (`named`,
 * from datesIn), when there are some and none fits `when`. Undefined when the sentence names no
 * date, or a fitting one.
 */
export function otherEventDate(named: Period[], when: string | undefined): Period | undefined {
  if (!when) return undefined;
  const event = periodOf(when);
  if (named.length === 0 || named.some((p) => fits(p, event))) return undefined;
  return named[0];
}
