// The Markdown export's words in the reader's UI language (the CLI writes English: src/report/markdown-labels.ts).
import browser from 'webextension-polyfill';
import type { MarkdownLabels } from '../report/markdown-labels';
import { t } from '../shared/i18n';
import { kindLabel, statusLabel } from './labels';

export function markdownLabels(): MarkdownLabels {
  return {
    locale: browser.i18n.getUILanguage(),
    heading: t('mdHeading'),
    untitled: t('mdUntitled'),
    file: t('mdFile'),
    url: t('mdUrl'),
    byline: t('mdByline'),
    siteName: t('mdSiteName'),
    published: t('mdPublished'),
    noArticle: t('mdNoArticle'),
    notAnalyzed: (language, languages) => t('mdNotAnalyzed', language, languages),
    notAnalyzedUnknown: (languages) => t('mdNotAnalyzedUnknown', languages),
    language: (language) => t('mdLanguage', language),
    profile: (f) => {
      const c = f.categories;
      const parts = [
        t('mdProfilePeopleOrganizations', c['people-organizations'].count, c['people-organizations'].share),
        t('mdProfileOutlets', c.outlets.count, c.outlets.share),
        t('mdProfileDocuments', c.documents.count, c.documents.share),
        t('mdProfileAnonymous', c.unnamed.count, c.unnamed.share),
      ];
      return t('mdProfile', f.total, parts.join(t('mdListSeparator')), f.secondHand);
    },
    linked: (linked, total) => t('mdLinked', linked, total),
    links: t('mdLinks'),
    outletsCited: t('profileOutlets'),
    cutShort: (count) => t('mdCutShort', count),
    noStatements: t('mdNoStatements'),
    kinds: { outlet: kindLabel('outlet'), person: kindLabel('person'), organization: kindLabel('organization'), document: kindLabel('document'), anonymous: kindLabel('anonymous') },
    mention: (mention) => t('mdMention', mention),
    via: (outlet) => t('viaChain', outlet),
    checked: t('mdChecked'),
    evidence: { found: t('evidenceFound'), similar: t('evidenceSimilar'), 'not-found': t('evidenceNotFound'), unreachable: t('mdEvidenceUnreachable') },
    checks: { unchecked: statusLabel('unchecked'), corroborated: statusLabel('corroborated'), 'not-found': statusLabel('not-found'), disputed: statusLabel('disputed') },
  };
}
