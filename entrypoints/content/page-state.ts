/**
 * Whether Gloss shows anything on this page: one "active" state from the site's own switch, the
 * everywhere pause and the site's host access. Reads the site's setting from the background
 * once, then follows the events that change any of the three. Also how highlights look (the
 * reader's choice for every site), which the same answer carries.
 */
import { request } from '@/lib/messages/client';
import type { HighlightLook } from '@/lib/store/highlight-look';

export interface PageState {
  /** Undefined until the background has answered. */
  readonly active: boolean | undefined;
  readonly siteEnabled: boolean | undefined;
  readonly paused: boolean;
  /** Reads the site's setting and pause from the background. */
  load(): Promise<void>;
  update(change: { siteEnabled?: boolean; paused?: boolean; permitted?: boolean }): Promise<void>;
}

export function createPageState(host: string, onActiveChange: (active: boolean) => Promise<void>, onLook: (look: HighlightLook) => void): PageState {
  let siteEnabled: boolean | undefined;
  let paused = false;
  /** False once the reader takes back this site's host access (the script itself keeps running). */
  let permitted = true;
  let active: boolean | undefined;

  const state: PageState = {
    get active() {
      return active;
    },
    get siteEnabled() {
      return siteEnabled;
    },
    get paused() {
      return paused;
    },
    async load() {
      const site = await request({ type: 'site/get', host });
      // Before the state: the first scan then draws in the reader's chosen look.
      onLook(site.look);
      await state.update({ siteEnabled: site.enabled, paused: site.paused });
    },
    async update(change) {
      siteEnabled = change.siteEnabled ?? siteEnabled;
      paused = change.paused ?? paused;
      permitted = change.permitted ?? permitted;
      const next = permitted && siteEnabled !== false && !paused;
      if (next === active) return;
      active = next;
      await onActiveChange(next);
    },
  };
  return state;
}
