import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { defineGlossSuite } from './gloss.suite';
import { defineExperienceSuite } from './experience.suite';

describe('Chromium (MV3)', () => defineGlossSuite(() => launchChromium()));
describe('Chromium (MV3): in-page experience', () => defineExperienceSuite(() => launchChromium()));
