/**
 * The card's code: Preact, floating-ui, the card's components and styles. Never registered for
 * pages: the background injects it into a tab whose Gloss asks for it (`page/card`), after the
 * first highlighting pass or at the first open, so that compiling it is a task of its own
 * (see entrypoints/content/lazy-card.ts).
 */
import { CardHost } from './content/card-host';
import { publishCardFactory } from './content/lazy-card';

export default defineUnlistedScript(() => {
  publishCardFactory((api) => new CardHost(api));
});
