// The words of the Markdown report, apart from its layout: English for the CLI (researchers' scripts
// read its output, so it does not follow the machine's locale), the reader's UI language in the popup
// (src/popup/markdown-labels.ts). Values passed in are already escaped Markdown.
import type { SourceKind } from '../core/types';
import type { ReaderCheck } from './report';

export interface ProfileFigures {
  total: string;
  named: string;
  namedShare: string;
  anonymous: string;
  anonymousShare: string;
  secondHand: string;
}

export interface MarkdownLabels {
  /** Language names and numbers are written in this locale. */
  locale: string;
  heading: string;
  untitled: string;
  file: string;
  url: string;
  noArticle: string;
  notAnalyzed: (language: string, languages: string) => string;
  notAnalyzedUnknown: (languages: string) => string;
  language: (language: string) => string;
  profile: (figures: ProfileFigures) => string;
  outletsCited: string;
  cutShort: (count: string) => string;
  noStatements: string;
  kinds: Record<SourceKind, string>;
  mention: (mention: string) => string;
  quotationContinued: string;
  via: (outlet: string) => string;
  checked: string;
  checks: Record<ReaderCheck['status'], string>;
}

export const ENGLISH_LABELS: MarkdownLabels = {
  locale: 'en',
  heading: 'Attribution Lens: sourcing report',
  untitled: 'Untitled',
  file: 'File:',
  url: 'URL:',
  noArticle: 'No article found',
  notAnalyzed: (language, languages) => `Not analyzed: the article is in ${language}; Attribution Lens reads ${languages}.`,
  notAnalyzedUnknown: (languages) => `Not analyzed: the article is in a language that could not be told; Attribution Lens reads ${languages}.`,
  language: (language) => `Language: ${language}`,
  profile: (f) => `**Sourcing profile:** ${f.total} attributed statements; ${f.named} to named sources (${f.namedShare}),`
    + ` ${f.anonymous} to unnamed or vague sources (${f.anonymousShare}),`
    + ` ${f.secondHand} second-hand (inside a passage quoted from another publication).`,
  outletsCited: 'Outlets cited:',
  cutShort: (count) => `**Cut short:** the engine stops at ${count} attributed statements; the article has more.`,
  noStatements: 'No attributed statements found.',
  kinds: { outlet: 'news outlet', person: 'person', organization: 'organization', document: 'document', anonymous: 'unnamed or vague' },
  mention: (mention) => `as "${mention}"`,
  quotationContinued: 'quotation continued',
  via: (outlet) => `via ${outlet}`,
  checked: 'Checked:',
  checks: { unchecked: 'unchecked', corroborated: 'corroborated', 'not-found': 'not found elsewhere', disputed: 'disputed' },
};
