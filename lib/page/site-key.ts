/** The key a site's setting is stored under: the host name, without a leading "www.". */
export function siteKey(url: string | URL): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
