// The summary as one self-contained HTML file: inline CSS and SVG, no script (the page's own
// Content-Security-Policy forbids any), nothing fetched from the network, light and dark, printable.
// Report text is untrusted: it reaches the page only through escapeHtml, and the only links out are
// the articles' own http(s) addresses.
import { PROFILE_CATEGORIES } from '../core/profile';
import { ENGLISH_LABELS } from '../report/markdown-labels';
import type { RankedArticle, Summary } from './aggregate';
import { barChart, columnChart } from './charts';
import { escapeHtml as e, webUrl } from './escape';
import { band, CATEGORY_NAMES, count, decimal, percent } from './format';

/** How many sites the per-site chart draws (the table lists them all, up to MAX_SITES_LISTED). */
export const MAX_SITES_CHARTED = 20;
/** How many sites the per-site table lists. */
export const MAX_SITES_LISTED = 500;

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #ffffff; --muted: #5b5b66; --rule: #d4d4dc; --bar: #3b6fb6; --stripe: #f3f4f8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8ee; --bg: #17171c; --muted: #a4a4b2; --rule: #3a3a46; --bar: #7fa7e6; --stripe: #20202a; } }
@media print { :root { --fg: #000; --bg: #fff; --muted: #333; --rule: #999; --bar: #555; --stripe: #fff; }
  nav { display: none; } .article { break-before: page; } figure, tr { break-inside: avoid; } a { color: inherit; } }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 72rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid var(--rule); } h3 { font-size: 1.05rem; }
a { color: var(--bar); } nav a { margin-right: 1rem; }
.muted, caption, figcaption { color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .5rem; margin: 0; }
.figures div { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .75rem; } .figures dt { color: var(--muted); font-size: .85rem; } .figures dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
.chart-block { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
figure { margin: 0; flex: 1 1 28rem; } svg.chart { width: 100%; height: auto; max-width: 640px; }
svg .bar rect { fill: var(--bar); } svg .grid { stroke: var(--rule); stroke-width: 1; } svg .axis { stroke: var(--fg); stroke-width: 1; }
svg text { fill: var(--fg); font-size: 12px; font-family: inherit; } svg .tick { fill: var(--muted); } svg .axis-label { font-weight: 600; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; } th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; } tbody tr:nth-child(even) { background: var(--stripe); }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.cited { display: flex; flex-wrap: wrap; gap: 1.5rem; } .url { font-family: ui-monospace, monospace; font-size: .85rem; overflow-wrap: anywhere; }
td.sentence { max-width: 40rem; }
`;

const num = (text: string): string => `<td class="num">${text}</td>`;

function table(caption: string, head: readonly string[], rows: readonly string[][], numeric: ReadonlySet<number> = new Set()): string {
  const th = head.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}>${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (numeric.has(i) ? num(c) : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<table><caption>${e(caption)}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** An article's http(s) address as a link (text escaped, rel=noopener); other addresses as text; nothing when absent. */
function articleLink(url: string | null): string {
  if (!url) return '';
  const href = webUrl(url);
  return href
    ? `<a class="url" href="${e(href)}" rel="noopener noreferrer">${e(url)}</a>`
    : `<span class="url">${e(url)}</span>`;
}

const titleOf = (a: { title: string; file: string | null; url: string | null }): string => a.title.trim() || a.file || a.url || 'Untitled';

function overview(s: Summary): string {
  const items: [string, string][] = [
    ['Reports', count(s.articles.total)],
    ['Articles found', count(s.articles.found)],
    ['Failed (no article)', count(s.articles.failed)],
    ['Attributions', count(s.attributions.total)],
    ['Attributions per article', s.articles.found ? decimal(s.attributions.total / s.articles.found) : '–'],
    ['Unnamed share (all attributions)', percent(s.unnamedShare.pooled)],
    ['Median unnamed share per article', percent(s.unnamedShare.median)],
    ['Second-hand share', percent(s.attributions.total ? s.attributions.secondHand / s.attributions.total : null)],
    ['Linked share', percent(s.attributions.total ? s.attributions.linked / s.attributions.total : null)],
  ];
  const notes = [
    s.articles.notRead ? `${count(s.articles.notRead)} article(s) are in a language Attribution Lens does not read: no attributions were looked for in them.` : '',
    `${count(s.articles.found - s.articles.withAttributions)} article(s) have no attributions, so no unnamed share.`,
  ].filter(Boolean);
  return `<section id="overview"><h2>Overview</h2><dl class="figures">${items.map(([k, v]) => `<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`).join('')}</dl>`
    + notes.map((t) => `<p class="muted">${e(t)}</p>`).join('') + '</section>';
}

function histogram(s: Summary): string {
  const bars = s.unnamedShare.histogram.map((b) => ({ label: band(b.from, b.to), value: b.articles, text: count(b.articles) }));
  const desc = `Bar chart of ${count(s.articles.withAttributions)} articles by the share of their attributions that go to unnamed or vague sources: `
    + bars.map((b) => `${b.label}: ${b.text}`).join('; ') + '.';
  const chart = columnChart(bars, { id: 'chart-unnamed', title: 'Articles by unnamed-source share', desc, xLabel: 'Share of attributions to unnamed or vague sources', yLabel: 'Articles' });
  const rows = bars.map((b) => [e(b.label), e(b.text)]);
  return `<section id="unnamed"><h2>Unnamed sources, article by article</h2><div class="chart-block"><figure>${chart}<figcaption>Each bar counts the articles whose unnamed-source share falls in its band (the last band includes 100%).</figcaption></figure>`
    + table('Articles by unnamed-source share', ['Unnamed share', 'Articles'], rows, new Set([1])) + '</div></section>';
}

function sites(s: Summary): string {
  const charted = s.sites.slice(0, MAX_SITES_CHARTED);
  const bars = charted.map((site) => ({ label: site.site, value: site.unnamedShare ?? 0, text: percent(site.unnamedShare) }));
  const desc = `Bar chart of the share of attributions to unnamed or vague sources per site, for the ${charted.length} site(s) with the most articles: `
    + bars.map((b) => `${b.label}: ${b.text}`).join('; ') + '.';
  const chart = barChart(bars, { id: 'chart-sites', title: 'Unnamed-source share per site', desc, xLabel: 'Share of attributions to unnamed or vague sources', yLabel: 'Site' }, { max: 1, whole: false, formatTick: (v) => percent(v) });
  const rows = s.sites.slice(0, MAX_SITES_LISTED).map((site) => [
    e(site.site), e(count(site.articles)), e(count(site.attributions)), e(decimal(site.perArticle)),
    e(percent(site.unnamedShare)), e(percent(site.secondHandShare)), e(percent(site.linkedShare)),
  ]);
  const more = s.sites.length > MAX_SITES_LISTED ? `<p class="muted">${e(`The table lists the ${count(MAX_SITES_LISTED)} sites with the most articles, of ${count(s.sites.length)}.`)}</p>` : '';
  return `<section id="sites"><h2>Sites</h2><p class="muted">A site is the host name of the article's address, else the publication its page names.</p><div class="chart-block"><figure>${chart}<figcaption>Sites with the most articles first.</figcaption></figure>`
    + table('Per site', ['Site', 'Articles', 'Attributions', 'Per article', 'Unnamed', 'Second-hand', 'Linked'], rows, new Set([1, 2, 3, 4, 5, 6])) + more + '</div></section>';
}

function categories(s: Summary): string {
  const total = s.attributions.total;
  const bars = PROFILE_CATEGORIES.map((c) => ({ label: CATEGORY_NAMES[c], value: s.attributions.byCategory[c], text: count(s.attributions.byCategory[c]) }));
  const desc = `Bar chart of the corpus's ${count(total)} attributions by kind of source: ` + bars.map((b) => `${b.label}: ${b.text}`).join('; ') + '.';
  const chart = barChart(bars, { id: 'chart-kinds', title: 'Attributions by kind of source', desc, xLabel: 'Attributions', yLabel: 'Kind of source' }, { formatTick: count });
  const rows = PROFILE_CATEGORIES.map((c) => [e(CATEGORY_NAMES[c]), e(count(s.attributions.byCategory[c])), e(percent(total ? s.attributions.byCategory[c] / total : null))]);
  return `<section id="kinds"><h2>Kinds of source</h2><div class="chart-block"><figure>${chart}</figure>`
    + table('Attributions by kind of source', ['Kind of source', 'Attributions', 'Share'], rows, new Set([1, 2])) + '</div></section>';
}

function cited(s: Summary): string {
  const list = (caption: string, rows: Summary['cited']['outlets']): string => rows.length
    ? table(caption, ['Source', 'Attributions', 'Articles'], rows.map((r) => [e(r.source), e(count(r.attributions)), e(count(r.articles))]), new Set([1, 2]))
    : `<p class="muted">${e(`${caption}: none.`)}</p>`;
  return `<section id="cited"><h2>Most-cited sources</h2><p class="muted">By source name; an outlet a quoted passage was taken from counts as cited.</p><div class="cited">`
    + list('News outlets', s.cited.outlets) + list('Organizations', s.cited.organizations) + list('People', s.cited.people) + '</div></section>';
}

function ranking(s: Summary): string {
  const rows = s.ranked.map((a, i) => [
    e(count(i + 1)), `<a href="#article-${a.n}">${e(titleOf(a))}</a>`, e(a.site), e(count(a.attributions)), e(count(a.unnamed)), e(percent(a.unnamedShare)),
  ]);
  const note = s.articles.withAttributions > s.ranked.length
    ? `The ${count(s.ranked.length)} articles with the highest unnamed share, of ${count(s.articles.withAttributions)} with attributions.`
    : 'Every article with attributions, the highest unnamed share first.';
  return `<section id="ranking"><h2>Articles by unnamed share</h2><p class="muted">${e(note)}</p>`
    + table('Articles ranked by unnamed-source share', ['Rank', 'Article', 'Site', 'Attributions', 'Unnamed', 'Unnamed share'], rows, new Set([0, 3, 4, 5])) + '</section>';
}

function articleSection(a: RankedArticle): string {
  const meta = [
    a.url ? `<p>${articleLink(a.url)}</p>` : '',
    a.file ? `<p class="muted">File: <span class="url">${e(a.file)}</span></p>` : '',
    `<p class="muted">${e([`Site: ${a.site}`, a.published ? `Published: ${a.published}` : '', a.lang ? `Language: ${a.lang}` : ''].filter(Boolean).join(' · '))}</p>`,
  ].join('');
  const profile = `<p>${e(`${count(a.attributions)} attributions: `
    + PROFILE_CATEGORIES.map((c) => `${count(a.byCategory[c])} ${CATEGORY_NAMES[c].toLowerCase()} (${percent(a.byCategory[c] / a.attributions)})`).join(', ')
    + `; ${count(a.secondHand)} second-hand; ${count(a.linked)} with a link.`)}</p>`;
  const rows = a.list.map((x, i) => [
    e(count(i + 1)), e(x.source), e(ENGLISH_LABELS.kinds[x.sourceKind]), e(x.cue), e(x.sentence),
    e([x.via ? `via ${x.via}` : '', x.when ?? ''].filter(Boolean).join('; ')),
    x.links.map((l) => `<span class="url">${e(l)}</span>`).join('<br>'),
  ]);
  return `<section class="article" id="article-${a.n}"><h3>${e(titleOf(a))}</h3>${meta}${profile}`
    + table('Attributions', ['#', 'Source', 'Kind', 'Cue', 'Sentence', 'Via, when', 'Links'], rows, new Set([0]))
    + '<p><a href="#ranking">Back to the ranking</a></p></section>';
}

function failures(s: Summary): string {
  if (s.articles.failed === 0) return '';
  const rows = s.failures.map((f) => [e(count(f.n)), `<span class="url">${e(f.file ?? f.url ?? '')}</span>`, e(f.error)]);
  const more = s.articles.failed > s.failures.length ? `<p class="muted">${e(`The first ${count(s.failures.length)} of ${count(s.articles.failed)}.`)}</p>` : '';
  return `<section id="failed"><h2>Inputs without an article</h2>${table('Failed inputs', ['Report', 'File or address', 'Error'], rows, new Set([0]))}${more}</section>`;
}

/** The whole page. `inputs` are the report files the summary was made from (shown as text). */
export function summaryToHtml(s: Summary, inputs: readonly string[]): string {
  const sections = [overview(s), histogram(s), sites(s), categories(s), cited(s), ranking(s),
    `<section id="articles"><h2>The articles</h2>${s.ranked.map(articleSection).join('\n')}</section>`, failures(s)];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Attribution Lens">
<title>Attribution Lens: corpus summary</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Attribution Lens: corpus summary</h1>
<p class="muted">${e(`${count(s.articles.total)} reports from ${inputs.length} file(s): `)}${inputs.map((f) => `<span class="url">${e(f)}</span>`).join(', ')}</p>
<nav><a href="#overview">Overview</a><a href="#unnamed">Unnamed share</a><a href="#sites">Sites</a><a href="#kinds">Kinds of source</a><a href="#cited">Most cited</a><a href="#ranking">Ranking</a>${s.articles.failed ? '<a href="#failed">Failed</a>' : ''}</nav>
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
