/**
 * The scout (the small script every page gets) and the rest of Gloss, injected later into the
 * same tab, are two bundles in one isolated world. The rest publishes its handlers here; the
 * scout, which owns the page's one message listener, hands messages to them once they exist.
 * The page cannot see this: content scripts' globals are their own.
 */
import type { GlossEvent, PageRequest } from '../messages/protocol';
import type { PageStatus } from '../messages/responses';

export interface RunningGloss {
  onEvent(event: GlossEvent): Promise<void>;
  onPageRequest(request: PageRequest): Promise<PageStatus | null>;
}

const KEY = '__glossRunning';
const scope = () => globalThis as unknown as Record<string, RunningGloss | undefined>;

export function publishRunningGloss(gloss: RunningGloss | undefined): void {
  scope()[KEY] = gloss;
}

export function runningGloss(): RunningGloss | undefined {
  return scope()[KEY];
}

/**
 * Publishes, at once, a handle for a Gloss that `start` creates in a later task (`later`): the
 * scout reads the handle as soon as the injection returns, and a message that comes before the
 * start waits for it. Nothing is forwarded once `start` declines (returns undefined).
 */
export function publishDeferredStart(later: Promise<void>, start: () => RunningGloss | undefined): void {
  let running: RunningGloss | undefined;
  const started = later.then(() => {
    running = start();
  });
  publishRunningGloss({
    onEvent: (event) => started.then(() => running?.onEvent(event)),
    onPageRequest: (request) => started.then(() => running?.onPageRequest(request) ?? null),
  });
}
