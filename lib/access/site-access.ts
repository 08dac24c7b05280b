/**
 * Which sites Gloss may read, in the browser's own terms: host-permission match patterns.
 *
 * All host access is optional in the manifest, so the permissions the reader granted are the
 * single source of truth: holding ALL_SITES means "everywhere"; otherwise Gloss runs only on the
 * sites whose patterns were granted one by one (possibly none). Nothing else stores the mode, so
 * it cannot drift from what the browser actually allows.
 */

/** The match pattern for every http and https page. */
export const ALL_SITES = '*://*/*';

export interface SiteAccess {
  everywhere: boolean;
  /** Hosts granted one by one, sorted. */
  sites: string[];
}

const IP_OR_LOCAL = /^(localhost|\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:]+\])$/i;

/**
 * The pattern granted for a site: the host and its subdomains ("nytimes.com" also covers
 * "www.nytimes.com"), or exactly the host for an IP address or localhost, which have none.
 */
export function sitePattern(host: string): string {
  return IP_OR_LOCAL.test(host) ? `*://${host}/*` : `*://*.${host}/*`;
}

/** The host a granted pattern stands for, or null for patterns Gloss does not make. */
export function hostOfPattern(pattern: string): string | null {
  const match = /^\*:\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
  return match ? match[2] : null;
}

export function describeAccess(origins: readonly string[]): SiteAccess {
  const sites = new Set<string>();
  for (const origin of origins) {
    const host = origin === ALL_SITES ? null : hostOfPattern(origin);
    if (host) sites.add(host);
  }
  return { everywhere: origins.includes(ALL_SITES), sites: [...sites].sort() };
}

/**
 * The host a reader means by what they typed: "https://www.example.com/news/1", "example.com"
 * or "Example.COM." all give "example.com". Null when it is not a web host.
 */
export function parseSiteInput(input: string): string | null {
  const text = input.trim();
  if (!text || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  // A bare word ("news") is not a site; a dotted name, an IP or localhost is.
  if (!host || (!host.includes('.') && !IP_OR_LOCAL.test(host))) return null;
  return host;
}

/** Whether a page on `host` (a site key: no leading "www.") may be read under `access`. */
export function coversHost(access: SiteAccess, host: string): boolean {
  if (access.everywhere) return true;
  return access.sites.some((site) => host === site || (!IP_OR_LOCAL.test(site) && host.endsWith(`.${site}`)));
}
