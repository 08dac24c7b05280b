/**
 * The extension API as the browser hands it to a script: `browser` in Firefox, promise-based;
 * `chrome` in Chrome, whose Manifest V3 APIs return promises too. Gloss's message client and its
 * i18n use it, because the code pages get (the scout, the rest of Gloss, the card) carries them:
 * webextension-polyfill would add 30 kB to compile, and its set-up, to the task that starts Gloss
 * on a page, for nothing these two need. The background, popup and welcome page reach the other
 * APIs through the polyfill (`wxt/browser`). Undefined outside an extension (Node).
 */
export type MessageListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined;

export interface ExtensionGlobal {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void };
  };
  i18n?: { getMessage(name: string, substitutions?: string[]): string };
}

export function extensionGlobal(): ExtensionGlobal | undefined {
  const scope = globalThis as unknown as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
  return scope.browser?.runtime ? scope.browser : scope.chrome?.runtime ? scope.chrome : undefined;
}
