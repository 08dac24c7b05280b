import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { defineGlossSuite } from './gloss.suite';
import { defineExperienceSuite } from './experience.suite';
import { definePrivacySuite } from './privacy.suite';
import { defineControlsSuite } from './controls.suite';
import { defineLivingSuite } from './living.suite';
import { defineFirstRunSuite, defineSiteAccessSuite } from './site-access.suite';
import { defineNotesSuite } from './notes.suite';

describe('Firefox (MV2)', () => defineGlossSuite(() => launchFirefox()));
describe('Firefox (MV2): in-page experience', () => defineExperienceSuite(() => launchFirefox()));
describe('Firefox (MV2): privacy', () => definePrivacySuite((proxy) => launchFirefox({ proxy })));
describe('Firefox (MV2): controls', () => defineControlsSuite(() => launchFirefox()));
describe('Firefox (MV2): living pages', () => defineLivingSuite(() => launchFirefox()));
describe('Firefox (MV2): first run', () => defineFirstRunSuite((options) => launchFirefox(options)));
describe('Firefox (MV2): site access', () => defineSiteAccessSuite((options) => launchFirefox(options)));
describe('Firefox (MV2): notes', () => defineNotesSuite(() => launchFirefox()));
