// The summary as text tables for a terminal: the same figures as the HTML. Names come from reports,
// so terminal control characters are left out (escapeControls would show them; here they would only
// break the columns).
import { PROFILE_CATEGORIES } from '../core/profile';
import { stripControls } from '../report/controls';
import type { Summary } from './aggregate';
import { band, CATEGORY_NAMES, count, decimal, percent } from './format';

/** Longest cell (in characters) in a text table: names longer than this are cut with "…". */
const MAX_CELL = 48;
/** How many rows of the per-site and ranking tables the text shows (the HTML and JSON have more). */
export const TEXT_ROWS = 20;

const cell = (text: string): string => {
  const clean = stripControls(text).replace(/\s+/g, ' ').trim();
  return clean.length > MAX_CELL ? `${clean.slice(0, MAX_CELL - 1)}…` : clean;
};

/** Columns padded to their widest cell; the columns in `right` are right-aligned (numbers). */
export function textTable(head: readonly string[], rows: readonly string[][], right: ReadonlySet<number> = new Set()): string {
  const all = [head, ...rows].map((r) => r.map(cell));
  const widths = head.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]): string => r.map((c, i) => {
    const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...c].length));
    return right.has(i) ? pad + c : c + pad;
  }).join('  ').trimEnd();
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function summaryToText(s: Summary): string {
  const out: string[] = [];
  const total = s.attributions.total;
  out.push('Attribution Lens: corpus summary', '');
  out.push(textTable(['Figure', 'Value'], [
    ['Reports', count(s.articles.total)],
    ['Articles found', count(s.articles.found)],
    ['Failed (no article)', count(s.articles.failed)],
    ['Not read (language)', count(s.articles.notRead)],
    ['Articles with attributions', count(s.articles.withAttributions)],
    ['Attributions', count(total)],
    ['Attributions per article', s.articles.found ? decimal(total / s.articles.found) : '–'],
    ['Unnamed share (all attributions)', percent(s.unnamedShare.pooled)],
    ['Unnamed share per article: mean', percent(s.unnamedShare.mean)],
    ['Unnamed share per article: median', percent(s.unnamedShare.median)],
    ['Second-hand share', percent(total ? s.attributions.secondHand / total : null)],
    ['Linked share', percent(total ? s.attributions.linked / total : null)],
    ...PROFILE_CATEGORIES.map((c) => [CATEGORY_NAMES[c], `${count(s.attributions.byCategory[c])} (${percent(total ? s.attributions.byCategory[c] / total : null)})`]),
  ], new Set([1])));
  out.push('', 'Articles by unnamed-source share');
  out.push(textTable(['Unnamed share', 'Articles'], s.unnamedShare.histogram.map((b) => [band(b.from, b.to), count(b.articles)]), new Set([1])));
  out.push('', `Sites (${count(s.sites.length)}${s.sites.length > TEXT_ROWS ? `; the ${TEXT_ROWS} with the most articles` : ''})`);
  out.push(textTable(['Site', 'Articles', 'Attributions', 'Per article', 'Unnamed', 'Second-hand', 'Linked'],
    s.sites.slice(0, TEXT_ROWS).map((r) => [r.site, count(r.articles), count(r.attributions), decimal(r.perArticle), percent(r.unnamedShare), percent(r.secondHandShare), percent(r.linkedShare)]),
    new Set([1, 2, 3, 4, 5, 6])));
  for (const [name, rows] of [['News outlets', s.cited.outlets], ['Organizations', s.cited.organizations], ['People', s.cited.people]] as const) {
    out.push('', `Most-cited ${name.toLowerCase()}`);
    out.push(rows.length ? textTable(['Source', 'Attributions', 'Articles'], rows.map((r) => [r.source, count(r.attributions), count(r.articles)]), new Set([1, 2])) : '(none)');
  }
  out.push('', `Articles by unnamed share${s.ranked.length > TEXT_ROWS ? ` (the first ${TEXT_ROWS})` : ''}`);
  out.push(s.ranked.length
    ? textTable(['Rank', 'Article', 'Site', 'Attributions', 'Unnamed share'],
      s.ranked.slice(0, TEXT_ROWS).map((a, i) => [count(i + 1), a.title || a.file || a.url || 'Untitled', a.site, count(a.attributions), percent(a.unnamedShare)]),
      new Set([0, 3, 4]))
    : '(none)');
  return out.join('\n') + '\n';
}
