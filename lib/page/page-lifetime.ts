/**
 * How long this copy of Gloss lives on a page: until a newer copy starts there. When the
 * extension is reloaded or updated, a copy already in an open tab keeps running, cut off from its
 * background, and a copy injected later may start beside it without seeing its globals (so
 * `runningGloss()` cannot tell). Both see the document: an event there (it carries nothing but its
 * name) stops the older copy, which takes its highlights down, so the page is never marked twice.
 */
const STARTED_EVENT = 'gloss-started';

export function pageLifetime(doc: Document = document): AbortSignal {
  const lifetime = new AbortController();
  // Told before listening, so a copy never hears itself.
  doc.dispatchEvent(new Event(STARTED_EVENT));
  doc.addEventListener(STARTED_EVENT, () => lifetime.abort(), { signal: lifetime.signal });
  return lifetime.signal;
}
