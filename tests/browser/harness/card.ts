/** Waiting on the card as a reader sees it, for tests, benchmarks and the demo. */
import type { TestPage } from './driver';

/** After the card's fade-in: mid-animation colours are not what the reader sees. */
export const cardSettled = (page: Pick<TestPage, 'waitFor'>) =>
  page.waitFor(() =>
    document
      .querySelector('gloss-card')!
      .shadowRoot!.querySelector('.card')!
      .getAnimations()
      .every((a) => a.playState === 'finished'),
  );

/** Opens `claimId`'s card from the keyboard and waits until its "Since then" list is shown and the card has settled. */
export async function openCardWithSinceThen(page: TestPage, claimId: string): Promise<void> {
  // Highlights are drawn part by part: the first one on the page may come before this one.
  await page.waitFor((id) => document.querySelector(`gloss-claim:not([data-gloss-part])[data-claim-id="${id}"]`), claimId, 15_000);
  await page.evaluate((id) => document.querySelector<HTMLElement>(`gloss-claim:not([data-gloss-part])[data-claim-id="${id}"]`)!.focus(), claimId);
  await page.press('Enter');
  await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.since-then li'));
  await cardSettled(page);
}
