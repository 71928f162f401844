// Changes to linkedom, made while esbuild bundles it into the CLI (node_modules stays as npm
// installed it). None changes what a page parses to or what a query answers; each removes work
// that linkedom does on every node or every query and that the CLI never needs:
//
// - Every node (element, text, attribute) registered itself in a WeakMap of event listeners when it
//   was made: a Map per node, and a WeakMap the garbage collector must trace. The CLI listens to no
//   DOM event, so the Map is made when a listener is first added instead. This was about a quarter
//   of the CPU time of parsing a page and reading it with Readability (npm run bench, section warc).
// - Every querySelector(All) and matches() compiled its selector again (css-select). Compiled
//   selectors are kept (a bounded cache, cleared when full), compiled with css-select's
//   `cacheResults: false`: a selector compiled once may then run on a document that has changed
//   since, and css-select's result cache (for :has and :contains) assumes it does not. Selectors
//   with :scope depend on the element they are asked on, and are not kept.
// - An element's class list (a Set) was made while parsing, for every element with a class
//   attribute, and joined into a string again on every className or getAttribute('class') (read for
//   every element by Readability and by hidden-css.ts). The parser now writes the class attribute as
//   the className setter would (its tokens, split at white space, without repeats, joined by single
//   spaces); className (and so getAttribute('class')) reads that attribute while no list has been
//   made, and the list is made when first asked for, from it, and keeps its joined value until it
//   changes. The list could differ only if a class attribute's Attr were written to
//   directly (attr.value = …), which neither the CLI nor Readability does: they go through
//   setAttribute, className or classList, which keep the two in step as before.
// - The element names asked for in upper case (tagName, nodeName, getElementsByTagName) or lower case
//   (css-select's matching) were converted on every call: the converted names are kept (a bounded
//   cache, cleared when full).
// - Serializing (innerHTML, which Readability asks of the whole page each time it looks for the
//   article) ran a replacement with a callback over every text node; text without <, >, & or a
//   no-break space is now returned as it is.
// - htmlparser2 (linkedom's parser) looked for the end of a script, a style or a comment one
//   character at a time in JavaScript (fastForwardTo); it now asks String.prototype.indexOf, with the
//   same result and the same position afterwards. Scripts are some 40% of the corpus pages' bytes.
//
// Each patch names the text it replaces; the build fails when linkedom no longer has it (a new
// linkedom version: check whether the patch is still needed, and write it again).
import { readFile } from 'node:fs/promises';

/** How many compiled selectors are kept before the cache is emptied (a crawl meets many pages' CSS). */
export const COMPILED_SELECTOR_CACHE = 2000;
/** How many element names are kept in upper and lower case before those caches are emptied (a hostile page may use any number). */
export const CASED_NAME_CACHE = 1000;

const PATCHES = [
  {
    file: 'esm/interface/event-target.js',
    replacements: [
      ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {\n  }'],
      ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);',
        '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);'],
      ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
        '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
    ],
  },
  {
    file: 'esm/shared/matches.js',
    replacements: [
      [`export const prepareMatch = (element, selectors) => CSSselect.compile(
  selectors,
  {
    context: selectors.includes(':scope') ? element : void 0,
    xmlMode: !ignoreCase(element),
    adapter
  }
);

export const matches = (element, selectors) => CSSselect.is(
  element,
  selectors,
  {
    strict: true,
    context: selectors.includes(':scope') ? element : void 0,
    xmlMode: !ignoreCase(element),
    adapter
  }
);`, `const compiled = new Map;

const compile = (element, selectors) => {
  const xmlMode = !ignoreCase(element);
  if (selectors.includes(':scope'))
    return CSSselect.compile(selectors, {context: element, xmlMode, adapter});
  const key = (xmlMode ? 'x' : 'h') + selectors;
  let fn = compiled.get(key);
  if (!fn) {
    if (compiled.size >= ${COMPILED_SELECTOR_CACHE})
      compiled.clear();
    fn = CSSselect.compile(selectors, {xmlMode, adapter, cacheResults: false});
    compiled.set(key, fn);
  }
  return fn;
};

export const prepareMatch = compile;

export const matches = (element, selectors) => compile(element, selectors)(element);`],
      [`const getName = (element) => {
  const {localName} = element;
  return ignoreCase(element) ? localName.toLowerCase() : localName;
};`, `const lowerNames = new Map;
const getName = (element) => {
  const {localName} = element;
  if (!ignoreCase(element))
    return localName;
  let lower = lowerNames.get(localName);
  if (lower === void 0) {
    if (lowerNames.size >= ${CASED_NAME_CACHE})
      lowerNames.clear();
    lowerNames.set(localName, lower = localName.toLowerCase());
  }
  return lower;
};`],
    ],
  },
  {
    file: 'esm/shared/parse-from-string.js',
    replacements: [
      ["import {CUSTOM_ELEMENTS, PREV, END, VALUE} from './symbols.js';", "import {CHANGED, CUSTOM_ELEMENTS, PREV, END, VALUE} from './symbols.js';"],
      [`  if (attribute.name === 'class')
    element.className = value;
  if (active)`, `  if (attribute.name === 'class') {
    if (/\\s/.test(value)) {
      const tokens = new Set;
      for (const token of value.split(/\\s+/))
        if (token)
          tokens.add(token);
      attribute[VALUE] = [...tokens].join(' ');
    }
    attribute[CHANGED] = true;
  }
  if (active)`],
    ],
  },
  {
    file: 'esm/interface/element.js',
    replacements: [
      ['  get className() { return this.classList.value; }', `  get className() {
    const list = this[CLASS_LIST];
    if (list)
      return list.value;
    const attribute = this.getAttributeNode('class');
    return attribute ? attribute.value : '';
  }`],
    ],
  },
  {
    file: 'esm/dom/token-list.js',
    replacements: [
      [`const {add} = Set.prototype;
const addTokens = (self, tokens) => {
`, `const {add} = Set.prototype;
const JOINED = Symbol('joined');
const addTokens = (self, tokens) => {
  self[JOINED] = void 0;
`],
      ["  get value() { return [...this].join(' '); }", `  get value() {
    const joined = this[JOINED];
    return joined === void 0 ? (this[JOINED] = [...this].join(' ')) : joined;
  }

  clear() {
    this[JOINED] = void 0;
    super.clear();
  }

  delete(token) {
    this[JOINED] = void 0;
    return super.delete(token);
  }`],
      ['      super.add(token);\n', '      this[JOINED] = void 0;\n      super.add(token);\n'],
      ['      super.add(newToken);\n', '      this[JOINED] = void 0;\n      super.add(newToken);\n'],
    ],
  },
  {
    file: 'esm/shared/utils.js',
    replacements: [
      [`export const localCase = ({localName, ownerDocument}) => {
  return ownerDocument[MIME].ignoreCase ? localName.toUpperCase() : localName;
};`, `const upperNames = new Map;
export const localCase = ({localName, ownerDocument}) => {
  if (!ownerDocument[MIME].ignoreCase)
    return localName;
  let upper = upperNames.get(localName);
  if (upper === void 0) {
    if (upperNames.size >= ${CASED_NAME_CACHE})
      upperNames.clear();
    upperNames.set(localName, upper = localName.toUpperCase());
  }
  return upper;
};`],
    ],
  },
  {
    file: 'esm/shared/text-escaper.js',
    replacements: [
      ['export const escape = es => replace.call(es, ca, pe);', `const special = /[<>&\\xA0]/;
export const escape = es => typeof es === 'string' && !special.test(es) ? es : replace.call(es, ca, pe);`],
    ],
  },
  {
    package: 'htmlparser2',
    file: 'dist/esm/Tokenizer.js',
    replacements: [
      [`    fastForwardTo(c) {
        while (++this.index < this.buffer.length + this.offset) {
            if (this.buffer.charCodeAt(this.index - this.offset) === c) {
                return true;
            }
        }`, `    fastForwardTo(c) {
        const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
        if (at >= 0) {
            this.index = at + this.offset;
            return true;
        }`],
    ],
  },
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An esbuild plugin that applies PATCHES to linkedom's files as they are bundled. */
export const linkedomPatches = {
  name: 'linkedom-patches',
  setup(build) {
    // esbuild runs the first onLoad that matches a file: one entry per file.
    const files = PATCHES.map((p) => `${p.package ?? 'linkedom'}/${p.file}`);
    if (new Set(files).size !== files.length) throw new Error('linkedom-patches: two entries patch the same file');
    for (const patch of PATCHES) {
      const pkg = patch.package ?? 'linkedom';
      build.onLoad({ filter: new RegExp(`[\\\\/]${pkg}[\\\\/]${escape(patch.file).replace(/\//g, '[\\\\/]')}$`) }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const [before, after] of patch.replacements) {
          if (!text.includes(before)) throw new Error(`linkedom-patches: ${pkg}/${patch.file} no longer holds the text the patch replaces:\n${before}`);
          text = text.replace(before, () => after);
        }
        return { contents: text, loader: 'js' };
      });
    }
  },
};
