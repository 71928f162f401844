import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
import { badgeText } from '../../src/shared/badge';
import { isBackgroundRequest, isContentRequest, isEngineAnswer, type AnalysisResult } from '../../src/shared/messages';

describe('isContentRequest: what the content script accepts', () => {
  test.each([
    [{ type: 'ping' }, true],
    [{ type: 'analyze', scope: 'article' }, true],
    [{ type: 'analyze', scope: 'page', highlights: false, settle: true }, true],
    [{ type: 'set-highlights', on: true }, true],
    [{ type: 'show', analysisId: 3, index: 0 }, true],
    [{ type: 'set-kinds', kinds: [] }, true],
    [{ type: 'analyze', scope: 'article', highlights: true, kinds: ['outlet'] }, true],
    [{ type: 'analyze', scope: 'article', kinds: ['nobody'] }, false],
    [{ type: 'set-kinds', kinds: ['person', 'anonymous'] }, true],
    [{ type: 'set-kinds', kinds: ['person', 'person'] }, false],
    [{ type: 'set-kinds', kinds: ['spokesman'] }, false],
    [{ type: 'set-kinds', kinds: 'person' }, false],
    [{ type: 'set-kinds' }, false],
    [{ type: 'analyze', scope: 'everything' }, false],
    [{ type: 'analyze', scope: 'article', highlights: 'yes' }, false],
    [{ type: 'set-highlights' }, false],
    [{ type: 'show', analysisId: 3, index: -1 }, false],
    [{ type: 'show', analysisId: 1.5, index: 0 }, false],
    [{ type: 'show', analysisId: '3', index: 0 }, false],
    [{ type: 'analyzed' }, false],
    [{}, false],
    [null, false],
    ['ping', false],
    [[{ type: 'ping' }], false],
  ])('%j → %s', (message, expected) => {
    expect(isContentRequest(message)).toBe(expected);
  });
});

describe('isBackgroundRequest: what the background worker answers', () => {
  test.each([
    [{ type: 'analyze-blocks', blocks: [], declaredLang: null, published: null }, true],
    [{ type: 'analyze-blocks', blocks: [{ kind: 'paragraph', text: 'Hi.' }, { kind: 'quote', text: 'x', group: 2 }], declaredLang: 'en-GB', published: '2024-03-15' }, true],
    [{ type: 'analyze-blocks', blocks: [{ kind: 'paragraph', text: 'Hi.' }], declaredLang: null, published: null, extra: 1 }, true],
    [{ type: 'analyze-blocks', blocks: [{ kind: 'script', text: 'Hi.' }], declaredLang: null, published: null }, false],
    [{ type: 'analyze-blocks', blocks: [{ kind: 'paragraph', text: 3 }], declaredLang: null, published: null }, false],
    [{ type: 'analyze-blocks', blocks: [{ kind: 'item', text: 'x', group: 0.5 }], declaredLang: null, published: null }, false],
    [{ type: 'analyze-blocks', blocks: 'Hi.', declaredLang: null, published: null }, false],
    [{ type: 'analyze-blocks', blocks: [], published: null }, false],
    [{ type: 'analyze-blocks', blocks: [], declaredLang: null }, false],
    [{ type: 'get-entities' }, false],
    [{ type: 'analyze', scope: 'article' }, false],
    [null, false],
    ['analyze-blocks', false],
  ])('%j → %s', (message, expected) => {
    expect(isBackgroundRequest(message)).toBe(expected);
  });
});

describe('isEngineAnswer: what the content script accepts back', () => {
  test.each([
    [{ lang: 'en', languageSupported: true, attributions: [], truncated: false, published: null, domains: [] }, true],
    [{ lang: 'cs', languageSupported: false, attributions: [], truncated: false, published: '2024-03-15', domains: [] }, true],
    [{ lang: 'en', languageSupported: true, attributions: [{}], truncated: false, published: null, domains: [{ source: null, via: null }] }, true],
    [{ lang: 'en', languageSupported: true, attributions: [{}], truncated: false, published: null, domains: [] }, false],
    [{ lang: 'en', languageSupported: true, attributions: [], published: null, domains: [] }, false],
    [{ lang: 'en', languageSupported: 'yes', attributions: [], truncated: false, published: null, domains: [] }, false],
    [{ lang: 'en', languageSupported: true, attributions: [], truncated: false, domains: [] }, false],
    [{ lang: 'en', languageSupported: true, attributions: [], truncated: false, published: 20240315, domains: [] }, false],
    [undefined, false],
    [null, false],
  ])('%j → %s', (answer, expected) => {
    expect(isEngineAnswer(answer)).toBe(expected);
  });
});

describe('badgeText', () => {
  const ok = (n: number): AnalysisResult => ({
    status: 'ok', analysisId: 1, scope: 'article', readerable: true, located: [], domains: [],
    report: { title: 't', articleFound: true, attributions: Array.from({ length: n }, () => ({}) as never) },
  });
  test.each([
    [ok(0), '0'],
    [ok(18), '18'],
    [ok(999), '999'],
    [ok(1200), '999+'],
    [{ ...ok(0), report: { title: 't', articleFound: true, lang: 'cs', languageSupported: false, attributions: [] } } as AnalysisResult, ''],
    [{ status: 'no-article', scope: 'article', readerable: false, title: '', url: '' } as AnalysisResult, ''],
    [{ status: 'error', message: 'x' } as AnalysisResult, ''],
    [{ status: 'restricted', reason: 'pdf' } as AnalysisResult, ''],
  ])('%#', (result, expected) => {
    expect(badgeText(result)).toBe(expected);
  });
});
