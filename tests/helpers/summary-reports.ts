// Small report sets for the summary's tests: reports built by hand, with attributions of known kinds.
import type { SourceKind } from '../../src/core/types';
import type { SummaryAttribution, SummaryReport } from '../../src/summary/read-report';

export function attribution(source: string, sourceKind: SourceKind, extra: Partial<SummaryAttribution> = {}): SummaryAttribution {
  return { source, sourceKind, cue: 'said', sentence: `${source} said so.`, when: null, via: null, links: [], ...extra };
}

export function report(extra: Partial<SummaryReport> & { attributions?: SummaryAttribution[] }): SummaryReport {
  return {
    file: null, url: null, title: 'An article', siteName: null, published: null, lang: 'en',
    articleFound: true, languageSupported: true, error: null, attributions: [], ...extra,
  };
}

/** `report` as the CLI writes it (the fields it adds that the summary does not read, too). */
export function reportJson(r: SummaryReport): string {
  return JSON.stringify({
    ...r,
    attributions: r.attributions.map((a, i) => ({
      block: i, start: 0, end: a.sentence.length, sentence: a.sentence, cue: a.cue, source: a.source, sourceMention: null,
      sourceKind: a.sourceKind, claim: 'so', when: a.when, whenDate: null, links: a.links.map((href) => ({ href, text: 'here' })),
      via: a.via, quote: 'indirect', continuation: [], rule: 'test',
    })),
  });
}
