// analyzeTab's deadline covers the whole of it: the ping, the injection (which waits for a busy page's
// main thread) and the analysis.
import { afterEach, describe, expect, test, vi } from 'vitest';

/** What the fake browser does with each call: a function per API method, replaced per test. */
const api = {
  sendMessage: (_tabId: number, _message: unknown): Promise<unknown> => Promise.reject(new Error('no receiver')),
  insertCSS: (): Promise<void> => Promise.resolve(),
  executeScript: (): Promise<unknown[]> => Promise.resolve([]),
};
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: { sendMessage: (tabId: number, message: unknown) => api.sendMessage(tabId, message) },
    scripting: { insertCSS: () => api.insertCSS(), executeScript: () => api.executeScript() },
  },
}));
const { analyzeTab, InjectionError, TimeoutError } = await import('../../src/shared/content-client');

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
const REQUEST = { type: 'analyze', scope: 'article' } as const;
const OK = { status: 'no-article', title: 't' };

afterEach(() => {
  vi.useRealTimers();
});

describe('analyzeTab', () => {
  test.each<[string, () => void]>([
    ['the injection never returns (a page whose main thread is blocked)', () => {
      api.sendMessage = () => Promise.reject(new Error('no receiver'));
      api.executeScript = never;
    }],
    ['the ping never returns', () => {
      api.sendMessage = never;
    }],
    ['the analysis never returns', () => {
      api.sendMessage = (_, message) => ((message as { type: string }).type === 'ping' ? Promise.resolve({ alive: true }) : never());
    }],
  ])('%s: a TimeoutError at the deadline', async (_, setUp) => {
    api.insertCSS = () => Promise.resolve();
    api.executeScript = () => Promise.resolve([]);
    setUp();
    vi.useFakeTimers();
    const result = analyzeTab(1, REQUEST, 30_000);
    const settled = vi.fn();
    result.then(settled, settled);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).rejects.toBeInstanceOf(TimeoutError);
  });

  test('a refused injection is an InjectionError, at once', async () => {
    api.sendMessage = () => Promise.reject(new Error('no receiver'));
    api.insertCSS = () => Promise.resolve();
    api.executeScript = () => Promise.reject(new Error('Cannot access a chrome:// URL'));
    await expect(analyzeTab(1, REQUEST, 30_000)).rejects.toBeInstanceOf(InjectionError);
  });

  test('injects, then answers with the content script\'s result', async () => {
    let injected = false;
    api.sendMessage = (_, message) => ((message as { type: string }).type === 'ping' ? Promise.reject(new Error('none'))
      : injected ? Promise.resolve(OK) : Promise.reject(new Error('not injected')));
    api.insertCSS = () => Promise.resolve();
    api.executeScript = async () => {
      injected = true;
      return [];
    };
    const sent = vi.fn(() => expect(injected).toBe(true));
    await expect(analyzeTab(1, REQUEST, 30_000, sent)).resolves.toEqual(OK);
    expect(sent).toHaveBeenCalledTimes(1); // once the request is on its way (the popup uses the wait)
  });

  test('the highlight styles go in after the answer, which does not wait for them', async () => {
    const order: string[] = [];
    let injected = false;
    api.sendMessage = (_, message) => {
      if ((message as { type: string }).type === 'ping') return Promise.reject(new Error('none'));
      order.push('analysis');
      return Promise.resolve(OK);
    };
    api.executeScript = async () => {
      injected = true;
      order.push('script');
      return [];
    };
    api.insertCSS = () => {
      order.push('styles');
      return never();
    };
    await expect(analyzeTab(1, REQUEST, 30_000)).resolves.toEqual(OK);
    expect(injected).toBe(true);
    expect(order).toEqual(['script', 'analysis', 'styles']);
    // A content script already there has its styles: none go in again.
    order.length = 0;
    api.sendMessage = () => Promise.resolve(OK);
    await analyzeTab(1, REQUEST, 30_000);
    expect(order).toEqual([]);
  });
});
