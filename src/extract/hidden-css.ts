// What a page hides from its readers with its own stylesheets, found without layout (the CLI has
// none): elements that the page's <style> rules or their inline style give `display: none`, and text
// under `visibility: hidden | collapse`. The CLI removes them before Readability, so a page cannot add
// invisible attributions to its own profile. (Readability itself drops the `hidden` attribute,
// `aria-hidden` and inline `display: none`.) Works on any standard DOM (linkedom, jsdom).
//
// The cascade is followed far enough to be right about ordinary pages: `!important`, inline style,
// specificity and order decide between the rules that match; `visibility` is inherited and a
// descendant may set it back to `visible`. Left out, on purpose: rules inside @-blocks (@media,
// @supports, @layer: which of them apply is a matter of the screen), linked stylesheets (not in the
// saved page), selectors that depend on the reader's actions (:hover, :focus, :checked …) or on
// pseudo-elements, and hiding of <html> or <body> themselves (pages hide them until a script has
// run; that is not hiding an article's text).

interface Declaration {
  property: 'display' | 'visibility';
  value: string;
  important: boolean;
}

interface Rule {
  selectors: string[];
  declarations: Declaration[];
}

/** Pseudo-classes that depend on the document alone; a selector with any other one is left out. */
const STATIC_PSEUDO_CLASSES = new Set(['not', 'is', 'where', 'has', 'root', 'empty', 'lang', 'first-child', 'last-child',
  'only-child', 'nth-child', 'nth-last-child', 'first-of-type', 'last-of-type', 'only-of-type', 'nth-of-type',
  'nth-last-of-type']);
/** Pseudo-elements written with one colon (CSS 2). */
const LEGACY_PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter']);
/** Nesting of :not()/:is()/:has() beyond which a selector is left out (no deep recursion on hostile CSS). */
const MAX_SELECTOR_NESTING = 8;
/** <style media="…"> values that apply on a screen. */
const SCREEN_MEDIA = new Set(['', 'all', 'screen']);

/** A quick look before a rule's declarations are read. */
const DISPLAY_OR_VISIBILITY = /display|visibility/i;

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isNameChar = (c: string | undefined): boolean => c !== undefined && (/[\w-]/.test(c) || c.charCodeAt(0) >= 0x80);

/** CSS without its comments. */
function stripComments(css: string): string {
  const out: string[] = [];
  let from = 0;
  for (let at = css.indexOf('/*'); at >= 0; at = css.indexOf('/*', from)) {
    out.push(css.slice(from, at));
    const end = css.indexOf('*/', at + 2);
    if (end < 0) return out.join('');
    from = end + 2;
    out.push(' ');
  }
  out.push(css.slice(from));
  return out.join('');
}

/** Where the quoted string that opens at `at` ends (after its closing quote). */
function stringEnd(css: string, at: number): number {
  const quote = css[at];
  for (let i = at + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i + 1;
  }
  return css.length;
}

/** Splits at top-level occurrences of `separator` (outside strings, parentheses, brackets and braces). */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") i = stringEnd(text, i) - 1;
    else if (c === '\\') i++;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** The display and visibility declarations of a block (a rule's or a style attribute's). */
export function parseDeclarations(block: string): Declaration[] {
  const out: Declaration[] = [];
  for (const part of splitTopLevel(block, ';')) {
    if (part.includes('{')) continue; // a nested rule: its selector is relative, left out
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    if (property !== 'display' && property !== 'visibility') continue;
    let value = part.slice(colon + 1).trim().toLowerCase();
    const bang = value.lastIndexOf('!');
    const important = bang >= 0 && value.slice(bang + 1).trim() === 'important';
    if (bang >= 0) value = value.slice(0, bang).trim();
    out.push({ property, value, important });
  }
  return out;
}

/** What ends a rule's prelude (or opens a string in it), and what its block's braces and strings are. */
const PRELUDE_STOP = /[{;"']/g;
const BLOCK_STOP = /[{}"']/g;

/** The first of the characters `stop` looks for at or after `from` in `css`, or css.length; a loop of native searches, not of characters. */
function nextOf(stop: RegExp, css: string, from: number): number {
  stop.lastIndex = from;
  return stop.exec(css)?.index ?? css.length;
}

/** The top-level rules of a stylesheet that set display or visibility. */
export function parseRules(cssText: string): Rule[] {
  const css = stripComments(cssText);
  const rules: Rule[] = [];
  let i = 0;
  while (i < css.length) {
    // The prelude: up to a "{" (a rule or @-block) or a ";" (an @-statement such as @import).
    let j = nextOf(PRELUDE_STOP, css, i);
    while (j < css.length && (css[j] === '"' || css[j] === "'")) j = nextOf(PRELUDE_STOP, css, stringEnd(css, j));
    if (j >= css.length) break;
    if (css[j] === ';') {
      i = j + 1;
      continue;
    }
    const prelude = css.slice(i, j).trim();
    // The block, to its matching "}".
    let depth = 1;
    let k = j + 1;
    while (k < css.length && depth > 0) {
      k = nextOf(BLOCK_STOP, css, k);
      if (k >= css.length) break;
      const c = css[k];
      if (c === '"' || c === "'") {
        k = stringEnd(css, k);
        continue;
      }
      if (c === '{') depth++;
      else depth--;
      k++;
    }
    if (prelude && !prelude.startsWith('@')) {
      const body = css.slice(j + 1, k - 1);
      if (DISPLAY_OR_VISIBILITY.test(body)) {
        const declarations = parseDeclarations(body);
        if (declarations.length) rules.push({ selectors: splitTopLevel(prelude, ',').map((s) => s.trim()).filter(Boolean), declarations });
      }
    }
    i = k;
  }
  return rules;
}

/**
 * A selector's specificity as one number (ids, classes, types in base 1000), or null when the
 * selector is left out (pseudo-elements, state pseudo-classes, nesting too deep).
 */
export function specificity(selector: string, nesting = 0): number | null {
  if (nesting > MAX_SELECTOR_NESTING) return null;
  let ids = 0;
  let classes = 0;
  let types = 0;
  let compoundStart = true;
  for (let i = 0; i < selector.length;) {
    const c = selector[i]!;
    if (isSpace(c) || c === '>' || c === '+' || c === '~' || c === ',') {
      compoundStart = true;
      i++;
      continue;
    }
    const wasStart = compoundStart;
    compoundStart = false;
    if (c === '#' || c === '.') {
      if (c === '#') ids++;
      else classes++;
      i++;
      while (i < selector.length && (isNameChar(selector[i]) || selector[i] === '\\')) i += selector[i] === '\\' ? 2 : 1;
    } else if (c === '[') {
      classes++;
      let k = i + 1;
      while (k < selector.length && selector[k] !== ']') k = selector[k] === '"' || selector[k] === "'" ? stringEnd(selector, k) : k + 1;
      i = k + 1;
    } else if (c === ':') {
      if (selector[i + 1] === ':') return null; // a pseudo-element
      let k = i + 1;
      while (k < selector.length && isNameChar(selector[k])) k++;
      const name = selector.slice(i + 1, k).toLowerCase();
      if (LEGACY_PSEUDO_ELEMENTS.has(name) || !STATIC_PSEUDO_CLASSES.has(name)) return null;
      if (selector[k] === '(') {
        let depth = 1;
        let e = k + 1;
        while (e < selector.length && depth > 0) {
          if (selector[e] === '(') depth++;
          else if (selector[e] === ')') depth--;
          e++;
        }
        const args = selector.slice(k + 1, e - 1);
        if (name === 'not' || name === 'is' || name === 'has') {
          // The most specific selector of the list counts.
          let most = 0;
          for (const arg of splitTopLevel(args, ',')) {
            const s = specificity(arg.trim(), nesting + 1);
            if (s === null) return null;
            most = Math.max(most, s);
          }
          const a = Math.floor(most / 1e6);
          const b = Math.floor(most / 1e3) % 1e3;
          ids += a;
          classes += b;
          types += most % 1e3;
        } else if (name !== 'where') {
          classes++;
        }
        i = e;
      } else {
        classes++;
        i = k;
      }
    } else if (c === '*') {
      i++;
    } else if (wasStart && (isNameChar(c) || c === '\\' || c === '|')) {
      types++;
      while (i < selector.length && (isNameChar(selector[i]) || selector[i] === '\\' || selector[i] === '|')) i += selector[i] === '\\' ? 2 : 1;
    } else {
      return null; // something this reader does not know
    }
  }
  return ids * 1e6 + Math.min(classes, 999) * 1e3 + Math.min(types, 999);
}

/** One declaration as it competes in the cascade. */
interface Candidate {
  value: string;
  /** important, then inline over sheet, then specificity, then order: larger wins. */
  weight: [number, number, number, number];
}

const beats = (a: Candidate['weight'], b: Candidate['weight']): boolean => {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** The ids, classes and element names used in part of a document, to skip selectors that cannot match there. */
interface DocumentIndex {
  ids: Pick<ReadonlySet<string>, 'has'>;
  classes: Pick<ReadonlySet<string>, 'has'>;
  tags: Pick<ReadonlySet<string>, 'has'>;
}

/** The index of `roots` and everything they hold. */
function indexDocument(roots: readonly Element[]): DocumentIndex {
  const index = { ids: new Set<string>(), classes: new Set<string>(), tags: new Set<string>() };
  const stack: Element[] = [...roots];
  while (stack.length) {
    const el = stack.pop()!;
    index.tags.add(el.tagName.toLowerCase());
    const id = el.getAttribute('id');
    if (id) index.ids.add(id);
    for (const c of (el.getAttribute('class') ?? '').split(/[ \t\n\r\f]+/)) if (c) index.classes.add(c);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return index;
}

type NameKind = 'id' | 'class' | 'tag';

/** The ids, classes and element name a compound selector (".a.b", "p#x") requires, outside strings, :not() … and attribute tests. */
function* compoundNames(compound: string): Generator<{ kind: NameKind; name: string }> {
  let depth = 0;
  for (let i = 0; i < compound.length;) {
    const c = compound[i]!;
    if (c === '"' || c === "'") {
      i = stringEnd(compound, i);
      continue;
    }
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth > 0 || (c !== '#' && c !== '.' && !(i === 0 && isNameChar(c)))) {
      i++;
      continue;
    }
    const from = c === '#' || c === '.' ? i + 1 : i;
    let k = from;
    while (k < compound.length && isNameChar(compound[k])) k++;
    const name = compound.slice(from, k);
    yield c === '#' ? { kind: 'id', name } : c === '.' ? { kind: 'class', name } : { kind: 'tag', name: name.toLowerCase() };
    i = Math.max(k, i + 1);
  }
}

/** Whether a compound selector names only ids, classes and elements the index holds. */
function compoundCouldMatch(compound: string, index: DocumentIndex): boolean {
  for (const { kind, name } of compoundNames(compound)) {
    if (!(kind === 'id' ? index.ids : kind === 'class' ? index.classes : index.tags).has(name)) return false;
  }
  return true;
}

/**
 * Whether `selector` could match in the indexed part of a document: every compound (or, with
 * `lastOnly`, the one that names the element itself) uses only ids, classes and element names
 * found there. A cheap filter before querying.
 */
function couldMatch(selector: string, index: DocumentIndex, lastOnly = false): boolean {
  if (selector.includes('\\')) return true; // escaped names: not worth decoding here
  const compounds: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= selector.length; i++) {
    const c = selector[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === undefined || (depth === 0 && (isSpace(c) || c === '>' || c === '+' || c === '~'))) {
      if (i > start) compounds.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  return (lastOnly ? compounds.slice(-1) : compounds).every((compound) => compoundCouldMatch(compound, index));
}

interface SheetDeclaration extends Declaration {
  selector: string;
  specificity: number;
  order: number;
}

/** The winning value of `property` among the sheet declarations an element matched and its inline style. */
function winner(el: Element, property: Declaration['property'], matched: readonly SheetDeclaration[] | undefined): string | null {
  let best: Candidate | null = null;
  const consider = (c: Candidate): void => {
    if (!best || beats(c.weight, best.weight)) best = c;
  };
  for (const d of matched ?? []) {
    if (d.property === property) consider({ value: d.value, weight: [d.important ? 1 : 0, 0, d.specificity, d.order] });
  }
  const style = el.getAttribute('style');
  if (style) {
    for (const d of parseDeclarations(style)) {
      if (d.property === property) consider({ value: d.value, weight: [d.important ? 1 : 0, 1, 0, 0] });
    }
  }
  return (best as Candidate | null)?.value ?? null;
}

const HIDDEN_VISIBILITY = new Set(['hidden', 'collapse']);
/** Values that leave visibility to the parent. */
const INHERITED_VISIBILITY = new Set(['inherit', 'unset', 'revert', 'revert-layer']);

/** Whether a <style> element applies to a screen (no media, "all" or "screen"; not inside <noscript> or <template>). */
function appliesToScreen(style: Element): boolean {
  for (let p = style.parentElement; p; p = p.parentElement) {
    const tag = p.tagName.toUpperCase();
    if (tag === 'NOSCRIPT' || tag === 'TEMPLATE') return false;
  }
  return SCREEN_MEDIA.has((style.getAttribute('media') ?? '').trim().toLowerCase());
}

const isHiding = (d: Declaration): boolean => (d.property === 'display' ? d.value === 'none' : HIDDEN_VISIBILITY.has(d.value));

/** The display and visibility declarations of the page's stylesheets (`styles`) that could match an element of it. */
function sheetDeclarations(styles: readonly Element[], index: DocumentIndex): SheetDeclaration[] {
  const out: SheetDeclaration[] = [];
  let order = 0;
  for (const style of styles) {
    if (!appliesToScreen(style)) continue;
    for (const rule of parseRules(style.textContent ?? '')) {
      for (const selector of rule.selectors) {
        const spec = specificity(selector);
        if (spec === null || !couldMatch(selector, index)) continue;
        for (const d of rule.declarations) {
          out.push({ property: d.property, value: d.value, important: d.important, selector, specificity: spec, order: order++ });
        }
      }
    }
  }
  return out;
}

/**
 * A name the element a selector matches must have: the id, else the first class, else the element
 * name of its last compound (outside :not(), :is() … and attribute tests); null when there is none
 * to rely on (a universal or escaped last compound, a namespace). Element names are lower-cased:
 * the key may let through more elements than match, never fewer.
 */
export function selectorKey(selector: string): { kind: NameKind; name: string } | null {
  if (selector.includes('\\') || selector.includes('|')) return null;
  let start = 0;
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '"' || c === "'") i = stringEnd(selector, i) - 1;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (isSpace(c) || c === '>' || c === '+' || c === '~')) start = i + 1;
  }
  let classKey: string | null = null;
  let tag: string | null = null;
  for (const { kind, name } of compoundNames(selector.slice(start))) {
    if (!name) continue;
    if (kind === 'id') return { kind, name };
    if (kind === 'class') classKey ??= name;
    else tag = name;
  }
  return classKey !== null ? { kind: 'class', name: classKey } : tag !== null ? { kind: 'tag', name: tag } : null;
}

/**
 * A selector's key with no more elements than this is tested element by element; past it, the
 * document is queried. For a DOM whose matches() compiles the selector again on every call (linkedom
 * as npm installs it); where a compiled selector is kept (browsers, jsdom, the CLI's linkedom:
 * scripts/linkedom-patches.mjs), testing the elements that carry the key is always less work than
 * testing every element of the document, and the caller says so (HiddenContentOptions).
 */
export const MAX_KEYED_CANDIDATES = 12;

export interface HiddenContentOptions {
  /** How many elements carrying a selector's key are tested one by one before the document is queried instead. */
  maxKeyedCandidates?: number;
}

/** The document's elements (those querySelectorAll walks, in document order) by id, class and element name. */
export interface ElementBuckets {
  id: Map<string, Element[]>;
  class: Map<string, Element[]>;
  tag: Map<string, Element[]>;
}

/** What one walk of a document's elements finds: the buckets, its <style> elements and the elements with a style attribute, in document order. */
interface PageScan {
  buckets: ElementBuckets;
  /** What querySelectorAll('style') finds. */
  styles: Element[];
  /** What querySelectorAll('[style]') finds. */
  styled: Element[];
}

/** One look at each of the document's elements (querySelectorAll('*')) instead of one query per list. */
function scanPage(doc: Document): PageScan {
  const buckets: ElementBuckets = { id: new Map(), class: new Map(), tag: new Map() };
  const styles: Element[] = [];
  const styled: Element[] = [];
  const add = (map: Map<string, Element[]>, name: string, el: Element): void => {
    const list = map.get(name);
    if (!list) map.set(name, [el]);
    else if (list[list.length - 1] !== el) list.push(el); // a class written twice on one element
  };
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    add(buckets.tag, el.tagName.toLowerCase(), el);
    if (el.localName.toLowerCase() === 'style') styles.push(el);
    if (el.hasAttribute('style')) styled.push(el);
    const id = el.getAttribute('id');
    if (id) add(buckets.id, id, el);
    const classes = el.getAttribute('class');
    if (classes) for (const c of classes.split(/[ \t\n\r\f]+/)) if (c) add(buckets.class, c, el);
  }
  return { buckets, styles, styled };
}

export function elementBuckets(doc: Document): ElementBuckets {
  return scanPage(doc).buckets;
}

/** The elements of `doc` that `selector` matches, in document order; null when this DOM does not support the selector. */
export function matching(doc: Document, selector: string, buckets: ElementBuckets | null, maxKeyed = MAX_KEYED_CANDIDATES): Element[] | null {
  const key = buckets && selectorKey(selector);
  const candidates = key ? buckets![key.kind].get(key.name) ?? [] : null;
  try {
    if (candidates && candidates.length <= maxKeyed) return candidates.filter((el) => el.matches(selector));
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return null;
  }
}

/**
 * Records, per element, the declarations whose selector matches it. As a browser's rule hash does,
 * a selector is tried only on the elements that carry its key (an id, a class, an element name):
 * most selectors of a large stylesheet name a class that few elements have, and testing those few
 * costs far less than walking the whole document once per selector. In quirks mode, where ids and
 * classes match whatever their case, every selector queries the document.
 */
function recordMatches(doc: Document, declarations: readonly SheetDeclaration[], into: Map<Element, SheetDeclaration[]>,
  buckets: ElementBuckets | null, maxKeyed: number): void {
  const bySelector = new Map<string, SheetDeclaration[]>();
  for (const d of declarations) {
    const list = bySelector.get(d.selector);
    if (list) list.push(d);
    else bySelector.set(d.selector, [d]);
  }
  for (const [selector, list] of bySelector) {
    for (const el of matching(doc, selector, buckets, maxKeyed) ?? []) {
      const matched = into.get(el);
      if (matched) matched.push(...list);
      else into.set(el, [...list]);
    }
  }
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Removes from `doc` what its own stylesheets and inline style hide: elements whose display is
 * none, and the text of elements whose visibility is hidden or collapse (a descendant may make
 * its own text visible again). Returns how many elements and text nodes were removed.
 */
export function removeHiddenContent(doc: Document, options: HiddenContentOptions = {}): number {
  const maxKeyed = options.maxKeyedCandidates ?? MAX_KEYED_CANDIDATES;
  const root = doc.documentElement;
  if (!root) return 0;
  // The document's elements by id, class and name: the index that rules out selectors naming what
  // the page does not hold, and the buckets the remaining selectors are tried on.
  const { buckets, styles, styled } = scanPage(doc);
  const declarations = sheetDeclarations(styles, { ids: buckets.id, classes: buckets.class, tags: buckets.tag });
  const inlineHiding = styled.filter((el) => parseDeclarations(el.getAttribute('style')!).some(isHiding));
  const matched = new Map<Element, SheetDeclaration[]>();
  const keyed = declarations.length && doc.compatMode !== 'BackCompat' ? buckets : null;
  recordMatches(doc, declarations.filter(isHiding), matched, keyed, maxKeyed);
  const candidates = [...new Set([...matched.keys(), ...inlineHiding])];
  if (candidates.length === 0) return 0;
  // The other declarations matter only where they could meet a candidate or what a candidate holds.
  const near = indexDocument(candidates);
  recordMatches(doc, declarations.filter((d) => !isHiding(d) && couldMatch(d.selector, near, true)), matched, keyed, maxKeyed);
  const exempt = (el: Element): boolean => el === root || el === doc.body || el === doc.head;
  let removed = 0;
  const hiddenRoots: Element[] = [];
  for (const el of candidates) {
    if (exempt(el)) continue;
    if (winner(el, 'display', matched.get(el)) === 'none') {
      el.remove();
      removed++;
    } else if (HIDDEN_VISIBILITY.has(winner(el, 'visibility', matched.get(el)) ?? '')) {
      hiddenRoots.push(el);
    }
  }
  // visibility: hidden is inherited; an element that says visible (or initial) shows its own text again.
  const visibleAgain = (el: Element): boolean => {
    const v = winner(el, 'visibility', matched.get(el));
    return v !== null && !HIDDEN_VISIBILITY.has(v) && !INHERITED_VISIBILITY.has(v);
  };
  for (const hiddenRoot of hiddenRoots) {
    if (!hiddenRoot.isConnected) continue;
    const stack: Node[] = [hiddenRoot];
    while (stack.length) {
      const node = stack.pop()!;
      for (let child = node.firstChild; child;) {
        const next = child.nextSibling;
        if (child.nodeType === TEXT_NODE) {
          child.parentNode!.removeChild(child);
          removed++;
        } else if (child.nodeType === ELEMENT_NODE && !visibleAgain(child as Element)) {
          stack.push(child);
        }
        child = next;
      }
    }
  }
  return removed;
}
