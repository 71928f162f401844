// What tests/fixtures/hostile.html must look like in the popup (text, never markup) and on the page
// (nothing ran); shared by the Chromium and Firefox end-to-end tests. The functions run in a page.

/** The fixture's title, markup included, as the popup must show it: as text. */
export const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=\'title\'"> Council vote <b>delayed</b>';

/** What the popup rendered as elements (run in the popup page). */
export function renderedMarkup() {
  return {
    images: [...document.querySelectorAll('main img')].map((img) => img.getAttribute('src')),
    scripts: [...document.scripts].map((s) => s.getAttribute('src')),
    frames: document.querySelectorAll('iframe').length,
    bold: document.querySelectorAll('main b').length,
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
  };
}

/** renderedMarkup() of a popup that showed the article as text: only its own icon and script. */
export const TEXT_ONLY = { images: ['icons/icon-32.png'], scripts: ['popup.js'], frames: 0, bold: 0, pwned: null };

/** Whether one of the fixture's scripts ran (run in the article page). */
export const pwned = () => (window as { __pwned?: unknown }).__pwned ?? null;
