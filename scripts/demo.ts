/**
 * `npm start`: serves the op-ed page on 127.0.0.1 and opens it in Chromium with Gloss loaded.
 * With a display, the browser stays open for you. Without one (a server, CI), it runs headless,
 * opens the card on the first highlight, writes gloss-demo.png and prints the claims found.
 */
import { serveFixtures } from '../tests/browser/harness/server';
import { launchChromium } from '../tests/browser/harness/chromium';
import { waitForIdle } from '../tests/browser/harness/idle';
import { cardSettled } from '../tests/browser/harness/card';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await serveFixtures();
const url = server.url('op-ed.html');
const browser = await launchChromium({ headless });
const page = await browser.newPage();
await page.goto(url);
// Every highlight, not the first ones: highlighting runs in slices, and Gloss marks the page
// idle only once it has nothing left to do (the count was read mid-way before: 9 of 28).
await waitForIdle(page);

const found = await page.evaluate(() =>
  // One element per highlighted sentence: the rest of a sentence split by inline markup is a
  // part (data-gloss-part). Not tabindex: only one highlight is a Tab stop (roving tabindex).
  [...document.querySelectorAll<HTMLElement>('gloss-claim:not([data-gloss-part])')].map((el) => ({
    claims: el.dataset.claimIds ?? '',
    text: el.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  })),
);
console.log(`Gloss found ${found.length} sentences making known claims on ${url}:`);
for (const f of found) console.log(`- ${f.claims}\n    "${f.text.slice(0, 110)}${f.text.length > 110 ? '…' : ''}"`);

if (headless) {
  await page.evaluate(() => document.querySelector('gloss-claim')?.scrollIntoView({ block: 'center' }));
  await page.hover('gloss-claim');
  await page.waitFor(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.claim h2'));
  // Let the card's fade-in finish so the picture shows it as a reader does.
  await cardSettled(page);
  await page.screenshot('gloss-demo.png');
  console.log('\nNo display found, so Chromium ran headless. Screenshot with an open card: gloss-demo.png');
  await browser.close();
  await server.close();
} else {
  console.log(`\nChromium is open with Gloss loaded. Hover or Tab to a highlight. Close the browser or press Ctrl+C to stop.`);
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  browser.context().on('close', stop);
}
