// @vitest-environment jsdom
// The content script's plumbing: one copy per page, settling before automatic analysis, and the
// controller's answers (with a recording highlighter).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContentController } from '../../src/content/controller';
import { claimPage, GUARD_KEY } from '../../src/content/guard';
import type { Highlighter, PaintItem } from '../../src/content/highlight/index';
import { waitForQuiet } from '../../src/content/settle';
import { localEngine } from '../helpers/local-engine';

afterEach(() => {
  vi.useRealTimers();
});

describe('claimPage: the double-injection guard', () => {
  test('a second copy while the first is alive does nothing', () => {
    const scope: Record<string, unknown> = {};
    const first = claimPage(scope, () => true);
    expect(first).not.toBeNull();
    expect(claimPage(scope, () => true)).toBeNull();
    expect(first!.aborted).toBe(false);
  });

  test('a copy orphaned by an extension reload is replaced, and its listeners released', () => {
    const scope: Record<string, unknown> = {};
    let alive = true;
    const first = claimPage(scope, () => alive)!;
    const released = vi.fn();
    first.addEventListener('abort', released);
    alive = false;
    const second = claimPage(scope, () => true);
    expect(second).not.toBeNull();
    expect(first.aborted).toBe(true);
    expect(released).toHaveBeenCalledOnce();
    expect(claimPage(scope, () => true)).toBeNull();
    expect(GUARD_KEY in scope).toBe(true);
  });
});

describe('waitForQuiet', () => {
  test('resolves once the page has not changed for quietMs, however long it kept changing before', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main></main>';
    let settled = false;
    void waitForQuiet(document.body, { quietMs: 400, maxMs: 10_000 }).then(() => { settled = true; });
    for (let i = 0; i < 5; i++) {
      document.querySelector('main')!.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(300);
      expect(settled).toBe(false);
    }
    await vi.advanceTimersByTimeAsync(400);
    expect(settled).toBe(true);
  });

  test('gives up waiting after maxMs on a page that never stops changing', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main></main>';
    let settled = false;
    void waitForQuiet(document.body, { quietMs: 400, maxMs: 2000 }).then(() => { settled = true; });
    for (let i = 0; i < 6 && !settled; i++) {
      document.querySelector('main')!.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(settled).toBe(true);
  });
});

class RecordingHighlighter implements Highlighter {
  painted: string[][] = [];
  flashed: string[] = [];
  cleared = 0;
  paint(items: () => readonly PaintItem[]): void {
    this.painted.push(items().map((i) => `${i.kind}:${i.range.toString()}`));
  }
  clear(): void {
    this.cleared++;
  }
  flash(range: () => Range | null): void {
    const r = range();
    if (r) this.flashed.push(r.toString());
  }
}

async function loadFixture(name: string): Promise<void> {
  const html = await readFile(path.join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

describe('ContentController', () => {
  // jsdom does not lay pages out; record where "show" scrolls to.
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };

  test('analyzes a clone (the live page is untouched), highlights on request, and shows by analysis id', async () => {
    await loadFixture('hostile.html');
    const before = document.documentElement.innerHTML;
    const highlighter = new RecordingHighlighter();
    const controller = new ContentController(document, highlighter, localEngine);
    expect(await controller.handle({ type: 'ping' })).toEqual({ alive: true });

    const result = await controller.handle({ type: 'analyze', scope: 'article', highlights: false });
    expect(document.documentElement.innerHTML).toBe(before);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.report.title).toBe('<img src=x onerror="window.__pwned=\'title\'"> Council vote <b>delayed</b>');
    expect(result.located).toHaveLength(result.report.attributions.length);
    expect(result.located.every(Boolean)).toBe(true);
    expect(highlighter.painted).toEqual([]);

    await controller.handle({ type: 'set-highlights', on: true });
    expect(highlighter.painted.at(-1)).toEqual(result.report.attributions.map((a) => `${a.sourceKind}:${a.sentence}`));
    await controller.handle({ type: 'set-highlights', on: false });
    expect(highlighter.cleared).toBeGreaterThan(0);

    if (result.report.attributions.length) {
      expect(await controller.handle({ type: 'show', analysisId: result.analysisId, index: 0 })).toEqual({ shown: true });
      expect(highlighter.flashed).toEqual([result.report.attributions[0]!.sentence]);
      expect(scrolled.at(-1)!.textContent).toContain(result.report.attributions[0]!.sentence.slice(0, 30));
    }
    expect(await controller.handle({ type: 'show', analysisId: result.analysisId + 99, index: 0 })).toEqual({ shown: false });
    expect(await controller.handle({ type: 'show', analysisId: result.analysisId, index: 10_000 })).toEqual({ shown: false });
  });

  test('a page with no article says so; the whole page can still be analyzed', async () => {
    await loadFixture('no-article.html');
    const controller = new ContentController(document, new RecordingHighlighter(), localEngine);
    expect((await controller.handle({ type: 'analyze', scope: 'article' })).status).toBe('no-article');
    const whole = await controller.handle({ type: 'analyze', scope: 'page' });
    expect(whole.status).toBe('ok');
    if (whole.status === 'ok') expect(whole.scope).toBe('page');
  });

  test('sentences are found again after the page re-renders', async () => {
    await loadFixture('hostile.html');
    const highlighter = new RecordingHighlighter();
    const controller = new ContentController(document, highlighter, localEngine);
    const result = await controller.handle({ type: 'analyze', scope: 'article' });
    if (result.status !== 'ok' || !result.report.attributions.length) throw new Error('needs an attribution');
    // The page replaces its article with a copy (as frameworks do) and adds a banner on top.
    const article = document.querySelector('article')!;
    article.replaceWith(article.cloneNode(true));
    document.body.prepend(Object.assign(document.createElement('div'), { textContent: 'Breaking: something else' }));
    expect(await controller.handle({ type: 'show', analysisId: result.analysisId, index: 0 })).toEqual({ shown: true });
    expect(highlighter.flashed).toEqual([result.report.attributions[0]!.sentence]);
  });
});
