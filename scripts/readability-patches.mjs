// Changes to @mozilla/readability, made while esbuild bundles it into the CLI (node_modules, and the
// extension's copy, stay as npm installed it). None changes what Readability answers on any DOM
// (linkedom or jsdom); each removes work it did on every element of a page before it knew it needed it:
//
// - _isValidByline read the element's whole text (textContent: every text node under it) before
//   asking whether it looks like a byline at all (rel="author", itemprop, or its class and id), for
//   every element of the page until a byline is found: the text is now read only for those that do.
// - _isElementWithoutContent, asked of every <div>, <section>, <header> and heading, joined all the
//   text under the element to see whether any of it is more than white space. It now walks the text
//   nodes under it (textContent is their data, text and CDATA nodes, in order) and stops at the first
//   one that holds more than white space (String.prototype.trim's white space, as before): the
//   whole text is blank exactly when every one of its parts is.
// - _isProbablyVisible read node.style.display and .visibility for every element; an element without
//   a style attribute has an empty inline style in every DOM (linkedom made a CSSStyleDeclaration
//   proxy per element to say so). The style is now read only when the attribute is there.
//
// Each patch names the text it replaces; the build fails when Readability no longer has it (a new
// version: check whether the patch is still needed, and write it again).
import { readFile } from 'node:fs/promises';

const FILE = 'Readability.js';

const REPLACEMENTS = [
  [`  _isValidByline(node, matchString) {
    var rel = node.getAttribute("rel");
    var itemprop = node.getAttribute("itemprop");
    var bylineLength = node.textContent.trim().length;

    return (
      (rel === "author" ||
        (itemprop && itemprop.includes("author")) ||
        this.REGEXPS.byline.test(matchString)) &&
      !!bylineLength &&
      bylineLength < 100
    );
  },`, `  _isValidByline(node, matchString) {
    var rel = node.getAttribute("rel");
    var itemprop = node.getAttribute("itemprop");
    if (
      !(
        rel === "author" ||
        (itemprop && itemprop.includes("author")) ||
        this.REGEXPS.byline.test(matchString)
      )
    ) {
      return false;
    }
    var bylineLength = node.textContent.trim().length;

    return !!bylineLength && bylineLength < 100;
  },`],
  [`  _isElementWithoutContent(node) {
    return (
      node.nodeType === this.ELEMENT_NODE &&
      !node.textContent.trim().length &&`, `  _hasNonBlankText(node) {
    var child = node.firstChild;
    while (child) {
      if (child.nodeType === this.TEXT_NODE || child.nodeType === 4) {
        if (child.textContent.trim().length) {
          return true;
        }
      } else if (child.firstChild) {
        child = child.firstChild;
        continue;
      }
      while (!child.nextSibling) {
        child = child.parentNode;
        if (!child || child === node) {
          return false;
        }
      }
      child = child.nextSibling;
    }
    return false;
  },

  _isElementWithoutContent(node) {
    return (
      node.nodeType === this.ELEMENT_NODE &&
      !this._hasNonBlankText(node) &&`],
  [`  _isProbablyVisible(node) {
    // Have to null-check node.style and node.className.includes to deal with SVG and MathML nodes.
    return (
      (!node.style || node.style.display != "none") &&
      (!node.style || node.style.visibility != "hidden") &&`, `  _isProbablyVisible(node) {
    // Have to null-check node.style and node.className.includes to deal with SVG and MathML nodes.
    var hasStyle = node.hasAttribute("style");
    return (
      (!hasStyle || !node.style || node.style.display != "none") &&
      (!hasStyle || !node.style || node.style.visibility != "hidden") &&`],
];

/** An esbuild plugin that applies REPLACEMENTS to Readability.js as it is bundled. */
export const readabilityPatches = {
  name: 'readability-patches',
  setup(build) {
    build.onLoad({ filter: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      for (const [before, after] of REPLACEMENTS) {
        if (!text.includes(before)) throw new Error(`readability-patches: ${FILE} no longer holds the text the patch replaces:\n${before}`);
        text = text.replace(before, () => after);
      }
      return { contents: text, loader: 'js' };
    });
  },
};
