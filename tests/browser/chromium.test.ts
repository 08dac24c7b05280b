import { describe } from 'vitest';
import { launchChromium } from './harness/chromium';
import { defineGlossSuite } from './gloss.suite';

describe('Chromium (MV3)', () => defineGlossSuite(() => launchChromium()));
