/**
 * `npm run store:assets`: the images the stores ask for, made from the real thing in Chromium.
 * - The extension's icons, `public/icon/{16,32,48,128}.png`, from `store/icon.svg` (the 128 px
 *   one is also the Chrome Web Store icon).
 * - `store/promo-tile-440x280.png` from `store/tile.html`.
 * - `store/screenshot-*-1280x800.png`: the built extension on the demo op-ed with a card open,
 *   light and dark, and the options page. Run `npm run build` first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../tests/browser/harness/chromium';
import { serveFixtures } from '../tests/browser/harness/server';

const ROOT = join(import.meta.dirname, '..');
const STORE = join(ROOT, 'store');
const ICONS = join(ROOT, 'public', 'icon');

const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
try {
  mkdirSync(ICONS, { recursive: true });
  const svg = `data:image/svg+xml;base64,${readFileSync(join(STORE, 'icon.svg')).toString('base64')}`;
  for (const size of [16, 32, 48, 128]) {
    const page = await plain.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0"><img src="${svg}" width="${size}" height="${size}" style="display:block"></body>`);
    await page.screenshot({ path: join(ICONS, `${size}.png`), omitBackground: true });
    await page.close();
  }
  const tile = await plain.newPage({ viewport: { width: 440, height: 280 } });
  await tile.goto(pathToFileURL(join(STORE, 'tile.html')).href);
  await tile.screenshot({ path: join(STORE, 'promo-tile-440x280.png') });
  await tile.close();
} finally {
  await plain.close();
}

const server = await serveFixtures();
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.context().newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(server.url('op-ed.html'));
    await page.waitForSelector('gloss-claim', { timeout: 15_000 });
    await page.evaluate(() => document.querySelector<HTMLElement>('gloss-claim:not([data-gloss-part])')!.focus());
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('gloss-card')?.shadowRoot?.querySelector('.claim h2'));
    await page.waitForTimeout(400); // the card's entrance transition, for a still picture
    await page.screenshot({ path: join(STORE, `screenshot-card-${scheme}-1280x800.png`) });
    await page.close();
  }
  const options = await browser.context().newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('h1');
  await options.waitForTimeout(300);
  await options.screenshot({ path: join(STORE, 'screenshot-options-1280x800.png') });
  await options.close();
} finally {
  await browser.close();
  await server.close();
}
console.log('store/ and public/icon/ written');
