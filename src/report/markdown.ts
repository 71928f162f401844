// Markdown export: a sourcing report a person reads. Article text is untrusted, so everything taken
// from it is escaped: no link, image, HTML tag or table break can come out of a claim.
import { PROFILE_CATEGORIES, sourcingProfile } from '../core/profile';
import type { Attribution } from '../core/types';
import { stripControls } from './controls';
import { languageName, readableLanguages } from './languages';
import { ENGLISH_LABELS, type MarkdownLabels, type ProfileFigures } from './markdown-labels';
import type { Report } from './report';

/** What each character of Markdown or HTML syntax becomes; the rest get a backslash. */
const MD_REPLACEMENTS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '//': '/&#47;' };

/**
 * Escapes Markdown and HTML syntax in untrusted text, drops terminal control characters, and folds
 * it onto one line. One pass, so that
 * no escape is escaped again ("&gt;" must not become "\&gt;", which shows as "&gt;"). Renderers
 * that autolink (GitHub, markdown-it's linkify) look for "//", a scheme's colon ("mailto:") and a
 * dot inside a word ("evil.com"), so those are broken up; "$" so that GitHub does not render math. Text is
 * only ever placed after a fixed prefix, so the characters that matter only at the start of a block
 * (- + 1.) are escaped only there, and the report reads cleanly as plain text too.
 */
const AUTOLINK_OR_SYNTAX = /\/\/|\.(?=[\p{L}\p{N}])|(?<=\p{L}):(?=\S)|[\\`*_[\]#|~<>&$]/gu;

export function mdText(text: string): string {
  return stripControls(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(AUTOLINK_OR_SYNTAX, (c) => MD_REPLACEMENTS[c] ?? `\\${c}`)
    // After "> " a claim starts a block: a leading "- ", "+ " or "1." would open a list.
    .replace(/^(\s*)([-+])|^(\s*\d+)([.)])/, (_, sp1, mark1, num, mark2) => (mark1 ? `${sp1}\\${mark1}` : `${num}\\${mark2}`));
}

/** Text inside an inline code span: one line, no control character, and no backtick to end the span early. */
const mdCode = (text: string): string => stripControls(text).replace(/[\r\n]+/g, ' ').replace(/`/g, "'");

/** "42%" in the labels' locale ("42 %" in French). */
function share(n: number, of: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(of ? Math.round((100 * n) / of) / 100 : 0);
}

function describe(a: Attribution, labels: MarkdownLabels): string {
  const parts = [`**${mdText(a.source)}** (${labels.kinds[a.sourceKind]})`];
  if (a.sourceMention) parts.push(labels.mention(mdText(a.sourceMention)));
  parts.push(`— *${mdText(a.cue)}*`);
  if (a.when) parts.push(a.whenDate ? `${mdText(a.when)} (${a.whenDate})` : mdText(a.when));
  if (a.via) parts.push(`— ${labels.via(mdText(a.via))}`);
  return parts.join(' ');
}

/** One report; `labels` choose its words (English by default, as the CLI writes). */
export function reportToMarkdown(report: Report, labels: MarkdownLabels = ENGLISH_LABELS): string {
  return renderReport(report, labels);
}

/** One report in `labels`' words (no default: the popup's bundle then leaves the English labels out). */
function renderReport(report: Report, labels: MarkdownLabels): string {
  const { locale } = labels;
  const number = (n: number): string => n.toLocaleString(locale);
  const lines: string[] = [`## ${mdText(report.title || report.file || labels.untitled)}`, ''];
  if (report.file) lines.push(`${labels.file} \`${mdCode(report.file)}\``);
  if (report.url) lines.push(`${labels.url} ${mdText(report.url)}`);
  const meta: [string, string | null | undefined][] = [[labels.byline, report.byline], [labels.siteName, report.siteName], [labels.published, report.published]];
  for (const [label, value] of meta) if (value) lines.push(`${label} ${mdText(value)}`);
  if (lines.length > 2) lines.push('');
  if (!report.articleFound) {
    lines.push(`${labels.noArticle}${report.error ? `: ${mdText(report.error)}` : '.'}`, '');
    return lines.join('\n');
  }
  const language = report.lang && report.lang !== 'und' ? `${languageName(report.lang, locale)} (${report.lang})` : '';
  if (report.languageSupported === false) {
    const languages = readableLanguages(locale);
    lines.push(language ? labels.notAnalyzed(language, languages) : labels.notAnalyzedUnknown(languages), '');
    return lines.join('\n');
  }
  if (language) lines.push(labels.language(language), '');
  const p = sourcingProfile(report.attributions);
  const categories = Object.fromEntries(PROFILE_CATEGORIES.map((c) => [c, { count: number(p.byCategory[c]), share: share(p.byCategory[c], p.total, locale) }]));
  lines.push(labels.profile({
    total: number(p.total), categories: categories as ProfileFigures['categories'], secondHand: number(p.secondHand),
  }), '');
  if (p.total) lines.push(labels.linked(number(report.attributions.filter((a) => a.links?.length).length), number(p.total)), '');
  if (p.outlets.length) lines.push(`**${labels.outletsCited}** ${p.outlets.map(mdText).join(', ')}`, '');
  if (report.truncated) lines.push(labels.cutShort(number(p.total)), '');
  if (!report.attributions.length) {
    lines.push(labels.noStatements, '');
    return lines.join('\n');
  }
  // Each item's quote and check line are indented to the item's content ("10. " is 4 wide, not 3), and a
  // blank line ends each item: without it, "11." would continue the quote above as lazy text.
  report.attributions.forEach((a, i) => {
    const marker = `${i + 1}. `;
    const indent = ' '.repeat(marker.length);
    lines.push(`${marker}${describe(a, labels)}`);
    lines.push(`${indent}> ${mdText(a.claim || a.sentence)}`);
    // Addresses as code: shown, never rendered as links (they come from the page, as untrusted as its text).
    if (a.links?.length) lines.push('', `${indent}${labels.links} ${a.links.map((l) => `\`${mdCode(l.href)}\` (${mdText(l.text)})`).join(', ')}`);
    // What each linked page holds of the claim, one item per page; its passage is untrusted text like the claim.
    if (a.evidence?.length) {
      lines.push('', ...a.evidence.map((e) => `${indent}- ${labels.evidence[e.status]}: \`${mdCode(e.url)}\``
        + (e.excerpt ? ` — “${mdText(e.excerpt)}”` : '') + (e.reason ? ` (${mdText(e.reason)})` : '')));
    }
    const check = report.checks?.[i];
    if (check && (check.status !== 'unchecked' || check.note)) {
      lines.push('', `${indent}${labels.checked} **${labels.checks[check.status]}**${check.note ? ` — ${mdText(check.note)}` : ''}`);
    }
    lines.push('');
  });
  return lines.join('\n');
}

/** The report's heading line, as the CLI writes it before streaming reports. */
export const markdownHeading = (labels: MarkdownLabels = ENGLISH_LABELS): string => `# ${labels.heading}`;

export function toMarkdown(reports: readonly Report[], labels: MarkdownLabels = ENGLISH_LABELS): string {
  return localizedMarkdown(reports, labels);
}

/** toMarkdown in the reader's words, for the popup (which has its own labels and no use for the English ones). */
export function localizedMarkdown(reports: readonly Report[], labels: MarkdownLabels): string {
  return [`# ${labels.heading}`, '', ...reports.map((r) => renderReport(r, labels))].join('\n');
}
