import { describe } from 'vitest';
import { launchFirefox } from './harness/firefox';
import { defineGlossSuite } from './gloss.suite';

describe('Firefox (MV2)', () => defineGlossSuite(() => launchFirefox()));
