/**
 * The address a page's records are kept under: no fragment, no tracking parameters, so the
 * same article reached from a newsletter or a social post is the same page.
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|cmpid|ocid)$/i;

export function normalizePageUrl(url: string | URL): string {
  const u = new URL(url);
  u.hash = '';
  // The query is filtered as text: in Firefox content scripts URLSearchParams iterators are
  // not iterable (Xray wrappers), and re-serialising would also re-encode what we keep.
  const kept = u.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(decodeURIComponent(pair.split('=')[0].replace(/\+/g, ' '))));
  u.search = kept.length ? `?${kept.join('&')}` : '';
  return u.toString();
}
