import type { Claim } from './schema';

/** The date a card is current to: its newest dated item (a later development, or `asOf`). */
export function newestDate(claim: Pick<Claim, 'asOf' | 'sinceThen'>): string {
  return claim.sinceThen.reduce((newest, item) => (item.date > newest ? item.date : newest), claim.asOf);
}
