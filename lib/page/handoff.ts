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
