/**
 * How long this copy of Gloss lives on a page: until a newer copy starts there. When the
 * extension is reloaded or updated, the copy already in an open tab lives on, cut off from its
 * background, in a world of its own; the new one starts in another. An event on the document is
 * the one thing both worlds see (it carries nothing but its name): the older copy stops and takes
 * its highlights down, so the page is never marked twice.
 */
const STARTED_EVENT = 'gloss-started';

export function pageLifetime(doc: Document = document): AbortSignal {
  const lifetime = new AbortController();
  // Told before listening, so a copy never hears itself.
  doc.dispatchEvent(new Event(STARTED_EVENT));
  doc.addEventListener(STARTED_EVENT, () => lifetime.abort(), { signal: lifetime.signal });
  return lifetime.signal;
}
