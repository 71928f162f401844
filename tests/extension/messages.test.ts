import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
import { badgeText } from '../../src/shared/badge';
import { isBackgroundRequest, isContentRequest, type AnalysisResult } from '../../src/shared/messages';

describe('isContentRequest: what the content script accepts', () => {
  test.each([
    [{ type: 'ping' }, true],
    [{ type: 'analyze', scope: 'article' }, true],
    [{ type: 'analyze', scope: 'page', highlights: false, settle: true }, true],
    [{ type: 'set-highlights', on: true }, true],
    [{ type: 'show', analysisId: 3, index: 0 }, true],
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
    [{ type: 'get-entities' }, true],
    [{ type: 'get-entities', extra: 1 }, true],
    [{ type: 'analyze', scope: 'article' }, false],
    [null, false],
    ['get-entities', false],
  ])('%j → %s', (message, expected) => {
    expect(isBackgroundRequest(message)).toBe(expected);
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
    [{ status: 'no-article', scope: 'article', readerable: false, title: '', url: '' } as AnalysisResult, ''],
    [{ status: 'error', message: 'x' } as AnalysisResult, ''],
    [{ status: 'restricted', reason: 'pdf' } as AnalysisResult, ''],
  ])('%#', (result, expected) => {
    expect(badgeText(result)).toBe(expected);
  });
});
