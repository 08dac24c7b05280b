import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { launchChromium } from './harness/chromium';
import { defineGlossSuite } from './gloss.suite';
import { defineExperienceSuite } from './experience.suite';
import { definePrivacySuite } from './privacy.suite';
import { defineControlsSuite } from './controls.suite';
import { defineLivingSuite } from './living.suite';

describe('Chromium (MV3)', () => defineGlossSuite(() => launchChromium()));
describe('Chromium (MV3): in-page experience', () => defineExperienceSuite(() => launchChromium()));
describe('Chromium (MV3): privacy', () => definePrivacySuite((proxy) => launchChromium({ extraArgs: [`--proxy-server=http://${proxy}`], recordRequests: true })));
describe('Chromium (MV3): controls', () => defineControlsSuite(() => launchChromium()));
describe('Chromium (MV3): living pages', () => defineLivingSuite(() => launchChromium()));

describe('Chromium (MV3): first run', () => {
  it('opens the welcome page once on install, not again on a restart, and it passes axe', async () => {
    const browser = await launchChromium({ keepWelcome: true });
    try {
      const welcomePages = () => browser.context().pages().filter((p) => p.url().endsWith('/welcome.html'));
      await expect.poll(() => welcomePages().length, { timeout: 10_000 }).toBe(1);
      const welcome = welcomePages()[0];
      await welcome.waitForSelector('h1');
      expect(await welcome.textContent('h1')).toBe('Welcome to Gloss');
      const page = await browser.openExtensionPage('welcome.html');
      await page.waitFor(() => document.querySelector('h1'));
      expect(await axeViolations(page)).toEqual([]);
      await browser.restart();
      await new Promise((r) => setTimeout(r, 1500));
      expect(welcomePages()).toHaveLength(0);
    } finally {
      await browser.close();
    }
  });
});
