/**
 * Node-side page reading for the CLIs: parses an HTML file with happy-dom and runs the same
 * extraction and matching code as the content script.
 */
import { Window } from 'happy-dom';
import { findClaims, type Finding } from '../lib/page/find-claims';
import type { Matcher } from '../lib/match/matcher';
import { findArticleRoot } from '../lib/text/extract';

export async function scanHtml(html: string, matcher: Matcher): Promise<Finding[]> {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  try {
    // Without its <link> elements: they hold no text, and happy-dom acts on some of them (a
    // preload of a relative address fails with "Invalid URL", an absolute one would be fetched).
    window.document.write(html.replace(/<link\b[^>]*>/gi, ''));
    const root = findArticleRoot(window.document as unknown as Document);
    return root ? await findClaims(root, matcher) : [];
  } finally {
    await window.happyDOM.close();
  }
}
