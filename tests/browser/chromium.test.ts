import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { defineGlossSuite } from './gloss.suite';
import { defineExperienceSuite } from './experience.suite';
import { definePrivacySuite } from './privacy.suite';
import { defineControlsSuite } from './controls.suite';
import { defineLivingSuite } from './living.suite';
import { defineFirstRunSuite, defineSiteAccessSuite } from './site-access.suite';
import { defineNotesSuite } from './notes.suite';
import { definePacksSuite } from './packs.suite';
import { defineDarkSuite } from './dark.suite';
import { defineLanguagesSuite } from './languages.suite';

describe('Chromium (MV3)', () => defineGlossSuite(() => launchChromium()));
describe('Chromium (MV3): in-page experience', () => defineExperienceSuite(() => launchChromium()));
describe('Chromium (MV3): privacy', () =>
  definePrivacySuite((proxy) => launchChromium({ extraArgs: [`--proxy-server=http://${proxy}`], recordRequests: true })));
describe('Chromium (MV3): controls', () => defineControlsSuite(() => launchChromium()));
describe('Chromium (MV3): living pages', () => defineLivingSuite(() => launchChromium()));

describe('Chromium (MV3): first run', () => defineFirstRunSuite((options) => launchChromium(options)));
describe('Chromium (MV3): site access', () => defineSiteAccessSuite((options) => launchChromium(options)));
describe('Chromium (MV3): notes', () => defineNotesSuite(() => launchChromium(), { serviceWorker: true }));
describe('Chromium (MV3): UI languages', () => defineLanguagesSuite((lang) => launchChromium({ extraArgs: [`--lang=${lang}`] })));
describe('Chromium (MV3): claim packs', () => definePacksSuite(() => launchChromium()));
describe('Chromium (MV3): dark scheme', () => defineDarkSuite(() => launchChromium()));
