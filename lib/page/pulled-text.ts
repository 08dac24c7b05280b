/**
 * What the scout gives back to the background that injected it (lib/extension/page-pull.ts):
 * the page's address and its first batch of text (page-text-limits.ts), and whether there is
 * more. The background decides on it as on a `page/read` message, with the same checks.
 */
export interface PulledText {
  url: string;
  blocks: string[];
  more: boolean;
}
