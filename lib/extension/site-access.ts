/**
 * Asking the browser for host access, from an extension page. `permissions.request` must run
 * inside the reader's click: Firefox refuses it after any await, so each request is the first
 * call its function makes.
 */
import { browser } from 'wxt/browser';
import { ALL_SITES, describeAccess, sitePattern, type SiteAccess } from '@/lib/access/site-access';

export async function currentAccess(): Promise<SiteAccess> {
  const { origins = [] } = await browser.permissions.getAll();
  return describeAccess(origins);
}

/** Resolves to whether the reader granted it. */
export function requestEverywhere(): Promise<boolean> {
  return browser.permissions.request({ origins: [ALL_SITES] });
}

/** Gives up "everywhere": Gloss keeps only the sites granted one by one. */
export async function giveUpEverywhere(): Promise<void> {
  await browser.permissions.remove({ origins: [ALL_SITES] });
}

export function requestSite(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(host)] });
}

export async function removeSite(host: string): Promise<void> {
  await browser.permissions.remove({ origins: [sitePattern(host)] });
}

export function hasSite(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [sitePattern(host)] });
}
