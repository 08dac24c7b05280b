/**
 * Runs before the browser tests: says plainly which browser is missing and how to get it,
 * instead of letting a launch fail with a stack trace.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../tests/browser/harness/chromium';
import { FIREFOX_PATH } from '../tests/browser/harness/firefox';

const missing = [
  { name: 'Chromium', path: CHROMIUM_PATH, env: 'CHROME_PATH', apt: 'chromium' },
  { name: 'Firefox', path: FIREFOX_PATH, env: 'FIREFOX_PATH', apt: 'firefox-esr' },
].filter((b) => !existsSync(b.path));

if (missing.length > 0) {
  for (const b of missing) {
    console.error(`Browser tests need ${b.name}, which was not found at ${b.path}.`);
    console.error(`  Install it (Debian/Ubuntu: sudo apt-get install ${b.apt}) or set ${b.env} to its executable.`);
  }
  console.error('`bash .ci/run` installs both on Debian.');
  process.exit(1);
}
