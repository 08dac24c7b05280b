/** What every browser suite sets up: the fixture server and one browser, torn down after. */
import { afterAll, beforeAll } from 'vitest';
import type { TestBrowser } from './driver';
import { serveFixtures, type FixtureServer } from './server';

/** Starts both before the suite's tests and hands them to `ready`; closes both after. */
export function useBrowserAndServer(launch: () => Promise<TestBrowser>, ready: (browser: TestBrowser, server: FixtureServer) => void): void {
  let browser: TestBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launch();
    ready(browser, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
