/**
 * The one way Gloss puts UI on a page (after 10ten-ja-reader's single container helper): a
 * custom element on `<html>` with an open shadow root holding its own styles. On `<html>`, not
 * `<body>`: a body with overflow hidden or a transform would clip or shift it. Open, so that
 * tests and assistive technology can reach in; it holds only what the reader opened.
 */
export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/** `content` goes in before the host is on the page, so a live region is announced once, whole. */
export function createShadowHost(tag: string, css: string, content: Node[] = [], quiet: <T>(work: () => T) => T = (work) => work()): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style, ...content);
  quiet(() => document.documentElement.append(host));
  return { host, shadow };
}
