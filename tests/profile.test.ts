// The sourcing profile's categories: each attribution in exactly one, named so that a teacher can say
// why "Police" counts with organizations and "Studies have found" with documents.
import { describe, expect, test } from 'vitest';
import { analyze } from '../src/core';
import { CATEGORY_OF_KIND, PROFILE_CATEGORIES, sourcingProfile } from '../src/core/profile';
import { SOURCE_KINDS, type Attribution, type SourceKind } from '../src/core/types';
import { toMarkdown } from '../src/report/markdown';

const attribution = (source: string, sourceKind: SourceKind, via: string | null = null): Attribution => ({
  block: 0, start: 0, end: 1, sentence: `${source} said so.`, cue: 'said', source, sourceMention: null, sourceKind,
  claim: 'so', when: null, whenDate: null, links: [], via, quote: 'indirect', continuation: [], rule: 'verb-after-subject',
});

describe('sourcingProfile: categories', () => {
  test('every kind of source falls in one category', () => {
    for (const kind of SOURCE_KINDS) expect(PROFILE_CATEGORIES).toContain(CATEGORY_OF_KIND[kind]);
  });

  test('people and organizations together; outlets, documents and unnamed sources apart; they add up to the total', () => {
    const p = sourcingProfile([
      attribution('Najm al-Jubbouri', 'person'), attribution('Police', 'organization'), attribution('the ministry', 'organization'),
      attribution('Reuters', 'outlet'), attribution('Studies', 'document'), attribution('a report', 'document'),
      attribution('officials', 'anonymous'), attribution('two sources', 'anonymous', 'Reuters'),
    ]);
    expect(p.byCategory).toEqual({ 'people-organizations': 3, outlets: 1, documents: 2, unnamed: 2 });
    expect(Object.values(p.byCategory).reduce((a, b) => a + b, 0)).toBe(p.total);
    // The fields from before keep their meaning: `named` is everything but the unnamed or vague.
    expect(p.named).toBe(6);
    expect(p.anonymous).toBe(2);
    expect(p.secondHand).toBe(1);
  });

  test('an empty article: every category is zero', () => {
    expect(sourcingProfile([]).byCategory).toEqual({ 'people-organizations': 0, outlets: 0, documents: 0, unnamed: 0 });
  });

  test.each<[string, string]>([
    ['Police said the road was closed on Monday.', 'people-organizations'],
    ['Studies have also found that the drug works.', 'documents'],
    ['Reuters reported that the talks had failed.', 'outlets'],
    ['Officials said the plan would go ahead.', 'unnamed'],
  ])('the engine\'s %j counts in %s', (text, category) => {
    const attributions = analyze([{ kind: 'paragraph', text }], { lang: 'en' });
    expect(attributions).toHaveLength(1);
    const p = sourcingProfile(attributions);
    expect(p.byCategory[category as keyof typeof p.byCategory]).toBe(1);
  });
});

describe('the Markdown export\'s profile line', () => {
  test('names the four categories with their counts and shares', () => {
    const attributions = [
      attribution('Police', 'organization'), attribution('Reuters', 'outlet'), attribution('Studies', 'document'), attribution('officials', 'anonymous'),
    ];
    const md = toMarkdown([{ url: null, title: 'T', articleFound: true, attributions }]);
    expect(md).toContain('**Sourcing profile:** 4 attributed statements: 1 to people and organizations (25%), 1 to news outlets (25%),'
      + ' 1 to documents (25%), 1 to unnamed or vague sources (25%); 0 second-hand (inside a passage quoted from another publication).');
    expect(md).not.toContain('named sources');
  });
});
