/**
 * The reader's claim packs, seen from a page: whether any is on (asked once, and again when they
 * change), and a way to have the page's sentences matched against them in the background, where
 * the packs live. A page never holds a pack's claims or its index.
 */
import { request } from '@/lib/messages/client';
import type { MatchElsewhere } from '@/lib/page/find-claims';

export interface PackMatching {
  on(): Promise<boolean>;
  /** The matcher to hand `findClaims`; none when no pack is on. */
  elsewhere(): Promise<MatchElsewhere | undefined>;
  changed(): void;
}

export function createPackMatching(pageUrl: () => string): PackMatching {
  let asked: Promise<boolean> | undefined;
  const on = () =>
    (asked ??= request({ type: 'packs/active' }).then(
      ({ claims }) => claims > 0,
      () => false,
    ));
  const match: MatchElsewhere = (sentences) => request({ type: 'packs/match', url: pageUrl(), sentences });
  return {
    on,
    elsewhere: async () => ((await on()) ? match : undefined),
    changed() {
      asked = undefined;
    },
  };
}
