// Automatic analysis on allowed sites, with the browser replaced by recorders and time by fake timers.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAutoAnalyzer, type AutoDeps } from '../../src/background/auto-analyze';
import type { AnalysisResult } from '../../src/shared/messages';

const ok: AnalysisResult = {
  status: 'ok', analysisId: 1, scope: 'article', readerable: true, located: [], domains: [],
  report: { title: 't', articleFound: true, attributions: [] },
};

function setup(tab: { url?: string; status?: string } | null, allowed: string[]) {
  const analyzed: number[] = [];
  const badges: number[] = [];
  const deps: AutoDeps = {
    allowed: async (pattern) => allowed.includes(pattern),
    tab: async () => tab,
    analyze: async (tabId) => {
      analyzed.push(tabId);
      return ok;
    },
    badge: async (tabId) => {
      badges.push(tabId);
    },
    delayMs: 300,
  };
  return { auto: createAutoAnalyzer(deps), analyzed, badges };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutoAnalyzer', () => {
  test('an allowed site: one analysis after a burst of load events, and the badge set', async () => {
    const { auto, analyzed, badges } = setup({ url: 'https://news.example/a', status: 'complete' }, ['https://news.example/*']);
    auto.onTabUpdated(4, { status: 'loading', url: 'https://news.example/a' });
    auto.onTabUpdated(4, { status: 'complete' });
    await vi.advanceTimersByTimeAsync(299);
    expect(analyzed).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(analyzed).toEqual([4]);
    expect(badges).toEqual([4]);
  });

  test('a single-page navigation (a new URL, no load) analyzes again', async () => {
    const { auto, analyzed } = setup({ url: 'https://news.example/b', status: 'complete' }, ['https://news.example/*']);
    auto.onTabUpdated(4, { url: 'https://news.example/b' });
    await vi.advanceTimersByTimeAsync(300);
    expect(analyzed).toEqual([4]);
  });

  test.each<[string, { url?: string; status?: string } | null, string[]]>([
    ['a site not allowed', { url: 'https://other.example/a', status: 'complete' }, ['https://news.example/*']],
    ['a tab still loading', { url: 'https://news.example/a', status: 'loading' }, ['https://news.example/*']],
    ['a browser page', { url: 'chrome://settings', status: 'complete' }, ['https://news.example/*']],
    ['a closed tab', null, ['https://news.example/*']],
    ['a tab whose URL is hidden', { status: 'complete' }, ['https://news.example/*']],
  ])('never touches %s', async (_, tab, allowed) => {
    const { auto, analyzed, badges } = setup(tab, allowed);
    auto.onTabUpdated(4, { status: 'complete' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(analyzed).toEqual([]);
    expect(badges).toEqual([]);
  });

  test('events that are neither a load nor a new URL are ignored; a closed tab cancels its pending run', async () => {
    const { auto, analyzed } = setup({ url: 'https://news.example/a', status: 'complete' }, ['https://news.example/*']);
    auto.onTabUpdated(4, { status: 'loading' });
    auto.onTabUpdated(5, { status: 'complete' });
    auto.onTabRemoved(5);
    await vi.advanceTimersByTimeAsync(1000);
    expect(analyzed).toEqual([]);
  });
});
