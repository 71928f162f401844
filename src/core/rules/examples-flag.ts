// Each rule carries the real sentences it must detect and ignore; they are test data. The extension
// build defines __RULE_EXAMPLES__ as false, and esbuild then drops every `WITH_EXAMPLES ? {...}`
// from content.js. Anywhere the flag is not defined (tests, the CLI, scripts) the examples stay.
declare const __RULE_EXAMPLES__: boolean | undefined;

export const WITH_EXAMPLES: boolean = typeof __RULE_EXAMPLES__ === 'undefined' ? true : __RULE_EXAMPLES__;
