// The extension's gzipped size budgets, read by tests/bundle-budget.test.ts (which fails the build
// when one is exceeded) and by `npm run bench` (which reports them). One list, so they cannot drift.
// content.js carries Readability and the engine with its word lists; the named-entity lists
// (outlets, organizations, places, given names) are sent to it at run time, so they are not counted.
export const BUNDLE_BUDGETS = [
  { name: 'content.js', files: ['content.js'], optional: [], limitKiB: 42 },
  { name: 'popup.js + popup.css', files: ['popup.js'], optional: ['popup.css'], limitKiB: 30 },
  { name: 'background.js', files: ['background.js'], optional: [], limitKiB: 10 },
];
