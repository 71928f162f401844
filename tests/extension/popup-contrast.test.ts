// Non-text contrast of the popup's controls (WCAG 1.4.11 asks 3:1): the focus ring and the outlines
// that identify a button or field, against both backgrounds they sit on, in the light and the dark
// scheme. Read from popup.css itself, so a colour change that breaks the ratio fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../scripts/shared-dir.mjs';

const css = readFileSync(path.join(repoRoot, 'src', 'popup', 'popup.css'), 'utf8');

/** The custom properties declared in the first `:root { … }` after `from`. */
function variables(from: number): Record<string, string> {
  const start = css.indexOf(':root', from);
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = variables(0);
const dark = { ...light, ...variables(css.indexOf('@media (prefers-color-scheme: dark)')) };

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('popup.css non-text contrast', () => {
  test('the formula gives the known ratios (black on white 21:1, the old focus ring 2.15:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#f59e0b', '#ffffff')).toBeCloseTo(2.15, 2);
  });

  test('both schemes declare the colours checked here', () => {
    for (const scheme of [light, dark]) for (const name of ['bg', 'surface', 'focus', 'field-border']) expect(scheme[name], name).toMatch(/^#/);
    expect(dark.bg).not.toBe(light.bg); // the dark block was found
  });

  test.each([['light', light], ['dark', dark]] as const)('%s: focus ring and field borders reach 3:1 on the background and on surfaces', (_, scheme) => {
    for (const fg of ['focus', 'field-border']) {
      for (const bg of ['bg', 'surface']) {
        expect(contrast(scheme[fg]!, scheme[bg]!), `--${fg} on --${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  test('controls and fields are outlined with --field-border, and focus is shown with --focus', () => {
    for (const selector of ['button {', '.segment span {', '.search {', '.note textarea {']) {
      const rule = css.slice(css.indexOf(selector), css.indexOf('}', css.indexOf(selector)));
      expect(rule, selector).toContain('var(--field-border)');
    }
    expect(css).toMatch(/:focus-visible \{ outline: 3px solid var\(--focus\)/);
  });
});
