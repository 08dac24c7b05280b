/** A saved page's blocks of text as Gloss extracts them, in Node (happy-dom; links dropped: it would fetch them). */
import { Window } from 'happy-dom';
import { extractBlocks } from '../lib/text/extract';

export function pageBlocks(html: string): string[] {
  const window = new Window({
    url: 'https://localhost/',
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  window.document.write(html.replace(/<link\b[^>]*>/gi, ''));
  const blocks = extractBlocks(window.document.body as unknown as Element).map((b) => b.text);
  void window.happyDOM.close();
  return blocks;
}
