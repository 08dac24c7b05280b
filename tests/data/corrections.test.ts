/**
 * Facts the dataset once had wrong (issue 15), pinned so they cannot come back: each test names
 * what was wrong and checks the claim as corrected.
 */
import { describe, expect, it } from 'vitest';
import { loadDatasetOrExit } from '@/build/load-node';
import type { Claim } from '@/lib/data/schema';

const claims = new Map(loadDatasetOrExit().map((c) => [c.id, c]));
const claim = (id: string): Claim => {
  const found = claims.get(id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
const texts = (c: Claim) => [c.verdict.reason, ...c.context.map((i) => i.text), ...c.perspectives.map((p) => p.summary), ...c.sinceThen.map((i) => i.text)];
const urls = (c: Claim) => [...c.context, ...c.perspectives, ...c.sinceThen].map((i) => i.source.url);

describe('corrected facts', () => {
  it('the Bank of Russia’s key rate was cut to 17% on 12 September 2025, not still 18%', () => {
    const c = claim('russian-economy-booming');
    expect(c.context.some((i) => i.text.includes('17%') && i.source.date === '2025-09-12')).toBe(true);
    expect(texts(c).some((t) => /still 18%|only to 18%/.test(t))).toBe(false);
  });

  it('132,000 km² is not what Russia seized in 2022, and the machine-translated live blog is gone', () => {
    const c = claim('russia-controls-fifth-of-ukraine');
    expect(texts(c).some((t) => /132,000 km² it seized in 2022/.test(t))).toBe(false);
    expect(urls(c).some((u) => u.includes('breakinglatest.news'))).toBe(false);
  });

  it('Putin did not call the Alaska talks equal; the claim’s “de facto recognition” is not an opinion', () => {
    const c = claim('alaska-summit-russia-equal-footing');
    expect(c.verdict.label).toBe('misleading');
    expect(urls(c).some((u) => u.includes('newsit.gr'))).toBe(false);
    expect(texts(c).some((t) => /conversation between equals|on an equal basis/.test(t))).toBe(false);
    expect(urls(c)).toContain('https://tass.com/politics/2003621');
  });

  it('the energy-versus-aid and Europe-versus-US cards compare aid on one stated measure, allocations', () => {
    for (const id of ['europe-energy-spending-vs-aid', 'europe-gave-less-than-us'])
      expect(claim(id).verdict.reason, id).toMatch(/Kiel Institute['’]s measure of aid (actually )?allocated|measures aid actually allocated/);
    expect(claim('europe-energy-spending-vs-aid').context.some((i) => i.text.includes('€138 billion'))).toBe(true);
  });

  it('Interfax-Ukraine 565466 is the 12 February 2019 Poroshenko item, under its own title', () => {
    for (const id of ['russia-accepts-ukraine-eu-membership', 'ukraine-nato-existential-threat-russia']) {
      const cited = [...claim(id).context, ...claim(id).perspectives].find((i) => i.source.url.endsWith('/565466.html'));
      expect(cited?.source.date, id).toBe('2019-02-12');
      expect(cited?.source.title, id).toMatch(/^Poroshenko says he will sign next week constitution changes/);
    }
  });

  it('Lavrov pointed to the 2022 Istanbul draft; he did not table new P5 guarantees', () => {
    expect(claim('security-without-russia-utopia').context[0].text).toMatch(/pointed to Ukraine's own 2022 Istanbul draft/);
  });

  it('the Hungary–Poland card’s Polish, Russian and US views speak to the claim, not to the September 2025 drone incursion', () => {
    const c = claim('hungary-poland-nato-avenues');
    for (const p of c.perspectives) expect(p.summary, p.speaker).not.toMatch(/drone/i);
    expect(c.perspectives.find((p) => p.viewpoint === 'russian-government')?.summary).toMatch(/Poland/);
  });

  it('verdict reasons say who argues what; the two the review named no longer argue in the dataset’s own voice', () => {
    expect(claim('ukraine-nato-existential-threat-russia').verdict.reason).not.toMatch(/reacted far more mildly/);
    expect(claim('nato-expansion-root-cause').verdict.reason).not.toMatch(/talks were stuck mainly on territory/);
  });

  it('no card cites a page dated after its own “as of” (the tportal.hr and Herald Times cases)', () => {
    expect(urls(claim('constitution-referendum-territory')).some((u) => u.includes('tportal.hr'))).toBe(false);
    expect(urls(claim('starmer-long-range-missiles')).some((u) => u.includes('heraldtimes.org'))).toBe(false);
    for (const c of claims.values())
      for (const item of [...c.context, ...c.perspectives]) expect(item.source.date <= c.asOf, `${c.id}: ${item.source.url}`).toBe(true);
  });

  it('cites no drifting, malformed or mirrored address the review named: the UKPol tag page, the Free Russia Foundation debris, pdfslide, RT via MENAFN, AP via Editorji', () => {
    const bad = [/ukpol\.co\.uk\/tag\//, /4freerussia\.org\/\//, /rsquo|nbsp/, /pdfslide\.net/, /menafn\.com\/1109533499/, /editorji\.com/];
    for (const c of claims.values())
      for (const u of urls(c))
        expect(
          bad.filter((b) => b.test(u)),
          `${c.id}: ${u}`,
        ).toEqual([]);
  });
});
