// The words of the Markdown report, apart from its layout: English for the CLI (researchers' scripts
// read its output, so it does not follow the machine's locale), the reader's UI language in the popup
// (src/popup/markdown-labels.ts). Values passed in are already escaped Markdown.
import { PROFILE_CATEGORIES, type ProfileCategory } from '../core/profile';
import type { SourceKind } from '../core/types';
import type { LinkEvidence, ReaderCheck } from './report';

/** A category's count and its share of the total, formatted. */
export interface CategoryFigure {
  count: string;
  share: string;
}

export interface ProfileFigures {
  total: string;
  categories: Record<ProfileCategory, CategoryFigure>;
  secondHand: string;
}

export interface MarkdownLabels {
  /** Language names and numbers are written in this locale. */
  locale: string;
  heading: string;
  untitled: string;
  file: string;
  url: string;
  byline: string;
  siteName: string;
  published: string;
  noArticle: string;
  notAnalyzed: (language: string, languages: string) => string;
  notAnalyzedUnknown: (languages: string) => string;
  language: (language: string) => string;
  profile: (figures: ProfileFigures) => string;
  /** "12 of 20 statements link to their source." */
  linked: (linked: string, total: string) => string;
  links: string;
  outletsCited: string;
  cutShort: (count: string) => string;
  noStatements: string;
  kinds: Record<SourceKind, string>;
  mention: (mention: string) => string;
  via: (outlet: string) => string;
  checked: string;
  checks: Record<ReaderCheck['status'], string>;
  /** What a linked page holds of the claim (the CLI's --follow-links). */
  evidence: Record<LinkEvidence['status'], string>;
}

const ENGLISH_CATEGORIES: Record<ProfileCategory, string> = {
  'people-organizations': 'to people and organizations',
  outlets: 'to news outlets',
  documents: 'to documents',
  unnamed: 'to unnamed or vague sources',
};

export const ENGLISH_LABELS: MarkdownLabels = {
  locale: 'en',
  heading: 'Attribution Lens: sourcing report',
  untitled: 'Untitled',
  file: 'File:',
  url: 'URL:',
  byline: 'By:',
  siteName: 'Publication:',
  published: 'Published:',
  noArticle: 'No article found',
  notAnalyzed: (language, languages) => `Not analyzed: the article is in ${language}; Attribution Lens reads ${languages}.`,
  notAnalyzedUnknown: (languages) => `Not analyzed: the article is in a language that could not be told; Attribution Lens reads ${languages}.`,
  language: (language) => `Language: ${language}`,
  profile: (f) => `**Sourcing profile:** ${f.total} attributed statements: `
    + PROFILE_CATEGORIES.map((c) => `${f.categories[c].count} ${ENGLISH_CATEGORIES[c]} (${f.categories[c].share})`).join(', ')
    + `; ${f.secondHand} second-hand (inside a passage quoted from another publication).`,
  linked: (linked, total) => `**Links:** ${linked} of ${total} attributed statements link to a page.`,
  links: 'Links:',
  outletsCited: 'Outlets cited:',
  cutShort: (count) => `**Cut short:** the engine stops at ${count} attributed statements; the article has more.`,
  noStatements: 'No attributed statements found.',
  kinds: { outlet: 'news outlet', person: 'person', organization: 'organization', document: 'document', anonymous: 'unnamed or vague' },
  mention: (mention) => `as "${mention}"`,
  via: (outlet) => `via ${outlet}`,
  checked: 'Checked:',
  checks: { unchecked: 'unchecked', corroborated: 'corroborated', 'not-found': 'not found elsewhere', disputed: 'disputed' },
  evidence: {
    found: 'Found on the linked page', similar: 'Similar wording on the linked page',
    'not-found': 'Not found on the linked page', unreachable: 'Could not read the linked page',
  },
};
