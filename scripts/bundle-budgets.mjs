// The extension's gzipped size budgets, read by tests/bundle-budget.test.ts (which fails the build
// when one is exceeded) and by `npm run bench` (which reports them). One list, so they cannot drift.
// content.js, injected into every page analyzed, carries Readability, the visibility filter and the
// highlighter; the engine runs in background.js (one copy per browser, not per tab). The engine's
// data, the language packs and the named-entity lists, are files the background reads at run time
// (lang/CODE.json, lexicon.json), so they are not counted here.
/** Each language pack the background reads (lang/CODE.json): the data one article's language costs. */
export const LANGUAGE_PACK_KIB = 12;
export const LANGUAGE_PACKS = ['de', 'en', 'es', 'fr', 'pt'];

export const BUNDLE_BUDGETS = [
  { name: 'content.js', files: ['content.js'], optional: [], limitKiB: 24 },
  { name: 'popup.js + popup.css', files: ['popup.js'], optional: ['popup.css'], limitKiB: 30 },
  { name: 'background.js', files: ['background.js'], optional: [], limitKiB: 42 },
  // Over budget? The rules' descriptions (documentation the engine never reads) are the next thing to
  // leave out of the shipped file; brace groups (src/core/lang/braces.ts) shorten product lists.
  ...LANGUAGE_PACKS.map((code) => ({ name: `lang/${code}.json`, files: [`lang/${code}.json`], optional: [], limitKiB: LANGUAGE_PACK_KIB })),
];
