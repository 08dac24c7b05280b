/** What every browser suite sets up: the fixture server and one browser, torn down after. */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { TestBrowser } from './driver';
import { serveFixtures, type FixtureServer } from './server';

/** Starts both before the suite's tests and hands them to `ready`; closes both after. */
export function useBrowserAndServer(launch: () => Promise<TestBrowser>, ready: (browser: TestBrowser, server: FixtureServer) => void): void {
  let browser: TestBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await serveFixtures();
    // A set-up that fails is not retried by Vitest (only tests are), so the launch is, once: on
    // two busy cores a browser now and then misses its first few seconds.
    browser = await launch().catch(() => launch());
    ready(browser, server);
  });
  failOnGlossErrors(() => browser);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/**
 * Each test fails if Gloss threw or logged an error in any page it opened (see errors.ts), even
 * when everything the test looks at came out right.
 */
export function failOnGlossErrors(browser: () => TestBrowser | undefined): void {
  afterEach(() => {
    expect(browser()?.takeGlossErrors() ?? [], 'errors from Gloss in the pages this test opened').toEqual([]);
  });
}
