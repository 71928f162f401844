// Markdown export: a sourcing report a person reads. Article text is untrusted, so everything taken
// from it is escaped: no link, image, HTML tag or table break can come out of a claim.
import { sourcingProfile } from '../core/profile';
import type { Attribution, SourceKind } from '../core/types';
import { stripControls } from './controls';
import { languageName, readableLanguages } from './languages';
import type { ReaderCheck, Report } from './report';

const KIND_LABEL: Record<SourceKind, string> = {
  outlet: 'news outlet', person: 'person', organization: 'organization', document: 'document', anonymous: 'unnamed or vague',
};

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

const CHECK_LABEL: Record<ReaderCheck['status'], string> = {
  unchecked: 'unchecked', corroborated: 'corroborated', 'not-found': 'not found elsewhere', disputed: 'disputed',
};

const pct = (n: number, of: number): string => (of ? `${Math.round((100 * n) / of)}%` : '0%');

function describe(a: Attribution): string {
  const parts = [`**${mdText(a.source)}** (${KIND_LABEL[a.sourceKind]})`];
  if (a.sourceMention) parts.push(`as "${mdText(a.sourceMention)}"`);
  parts.push(`— *${mdText(a.continued ? 'quotation continued' : a.cue)}*`);
  if (a.when) parts.push(mdText(a.when));
  if (a.via) parts.push(`— via ${mdText(a.via)}`);
  return parts.join(' ');
}

export function reportToMarkdown(report: Report): string {
  const lines: string[] = [`## ${mdText(report.title || report.file || 'Untitled')}`, ''];
  if (report.file) lines.push(`File: \`${mdCode(report.file)}\``);
  if (report.url) lines.push(`URL: ${mdText(report.url)}`);
  if (report.file || report.url) lines.push('');
  if (!report.articleFound) {
    lines.push(`No article found${report.error ? `: ${mdText(report.error)}` : '.'}`, '');
    return lines.join('\n');
  }
  const language = report.lang && report.lang !== 'und' ? `${languageName(report.lang)} (${report.lang})` : '';
  if (report.languageSupported === false) {
    lines.push(`Not analyzed: the article is in ${language || 'a language that could not be told'}; Attribution Lens reads ${readableLanguages()}.`, '');
    return lines.join('\n');
  }
  if (language) lines.push(`Language: ${language}`, '');
  const p = sourcingProfile(report.attributions);
  lines.push(
    `**Sourcing profile:** ${p.total} attributed statements; ${p.named} to named sources (${pct(p.named, p.total)}),`
      + ` ${p.anonymous} to unnamed or vague sources (${pct(p.anonymous, p.total)}),`
      + ` ${p.secondHand} second-hand (inside a passage quoted from another publication).`,
    '',
  );
  if (p.outlets.length) lines.push(`**Outlets cited:** ${p.outlets.map(mdText).join(', ')}`, '');
  if (report.truncated) lines.push(`**Cut short:** the engine stops at ${p.total.toLocaleString('en')} attributed statements; the article has more.`, '');
  if (!report.attributions.length) {
    lines.push('No attributed statements found.', '');
    return lines.join('\n');
  }
  report.attributions.forEach((a, i) => {
    lines.push(`${i + 1}. ${describe(a)}`);
    lines.push(`   > ${mdText(a.claim || a.sentence)}`);
    const check = report.checks?.[i];
    if (check && (check.status !== 'unchecked' || check.note)) {
      lines.push('', `   Checked: **${CHECK_LABEL[check.status]}**${check.note ? ` — ${mdText(check.note)}` : ''}`);
    }
  });
  lines.push('');
  return lines.join('\n');
}

export function toMarkdown(reports: readonly Report[]): string {
  return ['# Attribution Lens: sourcing report', '', ...reports.map(reportToMarkdown)].join('\n');
}
