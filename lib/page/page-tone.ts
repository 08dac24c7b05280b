/** Whether text at an element sits on a light or a dark background, so highlights can adapt. */

export type Tone = 'light' | 'dark';

/** The first opaque background colour from `el` up to the root, parsed from computed style. */
export function backgroundTone(el: Element): Tone {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let node: Element | null = el; node; node = node.parentElement) {
    const rgba = parseColor(view.getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  // All transparent: the canvas colour, dark only if the page opted into a dark colour scheme.
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme;
  return /^dark\b/.test(scheme) || (/\bdark\b/.test(scheme) && view.matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
}

function parseColor(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG), 0 black – 1 white. */
function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
