// @vitest-environment jsdom
// The page's legend of the highlights: the painted kinds by name, in a closed shadow root, hidden by
// its button or Escape, gone with the highlights and with the content script; and highlight.css
// paints each kind as the legend shows it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import english from '../../_locales/en/messages.json';
import { Legend, LEGEND_TAG } from '../../src/content/highlight/legend';
import { KIND_STYLES } from '../../src/content/highlight/styles';
import { highlightName } from '../../src/content/highlight/types';
import { SOURCE_KINDS } from '../../src/core/types';
import type { MessageKey } from '../../src/shared/i18n';
import { repoRoot } from '../../scripts/shared-dir.mjs';

const label = (key: MessageKey): string => english[key].message;

/** The closed shadow roots the legend attaches (the page cannot reach them; the test records them). */
let roots: ShadowRoot[] = [];
const attachShadow = Element.prototype.attachShadow;
beforeEach(() => {
  roots = [];
  document.body.innerHTML = '<article><p>Text.</p></article>';
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    return root;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll(LEGEND_TAG).forEach((e) => e.remove());
});

const hosts = () => document.querySelectorAll(LEGEND_TAG);
const root = () => roots.at(-1)!;
const names = () => [...root().querySelectorAll('li span')].map((s) => [s.getAttribute('data-kind'), s.textContent]);
const hideButton = () => root().querySelector('button')!;

describe('Legend', () => {
  test('lists the painted kinds by name, in a closed shadow root the page cannot open', () => {
    const legend = new Legend(document, label, new AbortController().signal);
    legend.show(['anonymous', 'outlet']);
    expect(hosts()).toHaveLength(1);
    expect((hosts()[0] as HTMLElement).shadowRoot).toBeNull(); // closed
    expect(root().mode).toBe('closed');
    expect(names()).toEqual([['anonymous', english.kindAnonymous.message], ['outlet', english.kindOutlet.message]]);
    expect(root().textContent).toContain(english.legendTitle.message);
    expect(root().textContent).toContain(english.legendOverlap.message);
    expect(hideButton().textContent).toBe(english.legendHide.message);
    expect(root().querySelector('aside')!.getAttribute('aria-labelledby')).toBe(root().querySelector('.title')!.id);
    // Updated in place, never duplicated.
    legend.show(['person']);
    expect(hosts()).toHaveLength(1);
    expect(names()).toEqual([['person', english.kindPerson.message]]);
    legend.show([]);
    expect(hosts()).toHaveLength(0);
  });

  test('its button hides it, and it stays hidden until reset (highlights switched on again)', () => {
    const legend = new Legend(document, label, new AbortController().signal);
    legend.show(['person']);
    hideButton().click();
    expect(hosts()).toHaveLength(0);
    legend.show(['person']);
    expect(hosts()).toHaveLength(0);
    legend.reset();
    legend.show(['person']);
    expect(hosts()).toHaveLength(1);
  });

  test('Escape inside it hides it; other keys do not', () => {
    const legend = new Legend(document, label, new AbortController().signal);
    legend.show(['person']);
    hideButton().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(hosts()).toHaveLength(1);
    hideButton().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hosts()).toHaveLength(0);
  });

  test('removed with the highlights, and when the content script\'s signal ends; a removed legend\'s listeners are gone', () => {
    const life = new AbortController();
    const legend = new Legend(document, label, life.signal);
    legend.show(['person']);
    const oldButton = hideButton();
    legend.remove();
    expect(hosts()).toHaveLength(0);
    oldButton.click(); // a listener left behind would mark the legend dismissed
    legend.show(['person']);
    expect(hosts()).toHaveLength(1);
    life.abort();
    expect(hosts()).toHaveLength(0);
  });

  test('kind names are text, never markup', () => {
    const legend = new Legend(document, () => '<img src=x onerror=alert(1)>', new AbortController().signal);
    legend.show(['person']);
    expect(root().querySelector('img')).toBeNull();
    expect(names()).toEqual([['person', '<img src=x onerror=alert(1)>']]);
  });
});

describe('highlight.css and the legend agree', () => {
  const css = readFileSync(path.join(repoRoot, 'src', 'content', 'highlight.css'), 'utf8');

  test.each(SOURCE_KINDS)('%s: the same colour and line in ::highlight, in the <mark> fallback and in the legend', (kind) => {
    const { background, line } = KIND_STYLES[kind];
    expect(css).toContain(`::highlight(${highlightName(kind)}) { background-color: ${background}; text-decoration: ${line}; }`);
    expect(css).toContain(`[data-attribution-lens="${kind}"] { background-color: ${background} !important; text-decoration: ${line} !important; }`);
  });

  test('every kind has its own colour and its own line; no wavy underline (it reads as a spelling mistake)', () => {
    const lines = SOURCE_KINDS.map((kind) => KIND_STYLES[kind].line);
    const styleOf = (line: string) => line.replace(/rgb\([^)]*\)/, '').trim();
    const colourOf = (line: string) => /rgb\([^)]*\)/.exec(line)![0];
    expect(new Set(lines.map(styleOf)).size).toBe(SOURCE_KINDS.length);
    expect(new Set(lines.map(colourOf)).size).toBe(SOURCE_KINDS.length);
    expect(css).not.toContain('wavy');
  });
});
