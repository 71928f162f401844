// page-reader.js: Readability and the block extraction for a linked page, kept out of background.js
// (whose budget it would break) and loaded only when a reader asks to read a linked page:
//  - in Chrome by the offscreen document (offscreen.html; the service worker has no DOM), which answers
//    the background's offscreen-read-page messages;
//  - in Firefox by the background page itself (MV3 background scripts there have a DOM), as a script
//    element; it leaves its reader on globalThis for the background to call.
import { isOffscreenRequest } from '../shared/messages';
import { readPageHtml } from './page-text';

declare const chrome: {
  runtime: {
    id: string;
    onMessage: { addListener(l: (message: unknown, sender: { id?: string }, respond: (answer: unknown) => void) => boolean | undefined): void };
  };
};

/** The name the background looks the reader up by once the script has run (Firefox). */
export const PAGE_READER_GLOBAL = 'attributionLensReadPage';

(globalThis as Record<string, unknown>)[PAGE_READER_GLOBAL] = readPageHtml;

if (location.pathname.endsWith('/offscreen.html')) {
  chrome.runtime.onMessage.addListener((message, sender, respond) => {
    // Only the background's requests (the popup's own messages reach this page too, and are not for it).
    if (!isOffscreenRequest(message) || sender.id !== chrome.runtime.id) return undefined;
    try {
      respond(readPageHtml(message.html, message.url));
    } catch (error) {
      respond({ error: String(error) });
    }
    return undefined;
  });
}
