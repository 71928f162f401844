// @vitest-environment jsdom
// The content script's plumbing: one copy per page, settling before automatic analysis, and the
// controller's answers (with a recording highlighter).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContentController } from '../../src/content/controller';
import { claimPage, GUARD_KEY } from '../../src/content/guard';
import type { Highlighter, PaintItem } from '../../src/content/highlight/index';
import type { Legend } from '../../src/content/highlight/legend';
import { SCROLL_IDLE_MS, SCROLL_MAX_MS } from '../../src/content/scroll-settle';
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
    await new Promise((resolve) => setTimeout(resolve, 0)); // the paint after the answer
    expect(highlighter.painted).toEqual([]);

    await controller.handle({ type: 'set-highlights', on: true });
    expect(highlighter.painted.at(-1)).toEqual(result.report.attributions.map((a) => `${a.sourceKind}:${a.sentence}`));
    await controller.handle({ type: 'set-highlights', on: false });
    expect(highlighter.cleared).toBeGreaterThan(0);

    if (result.report.attributions.length) {
      expect(await controller.handle({ type: 'show', analysisId: result.analysisId, index: 0 })).toEqual({ shown: true });
      expect(scrolled.at(-1)!.textContent).toContain(result.report.attributions[0]!.sentence.slice(0, 30));
      await vi.waitFor(() => expect(highlighter.flashed).toEqual([result.report.attributions[0]!.sentence]));
    }
    expect(await controller.handle({ type: 'show', analysisId: result.analysisId + 99, index: 0 })).toEqual({ shown: false });
    expect(await controller.handle({ type: 'show', analysisId: result.analysisId, index: 10_000 })).toEqual({ shown: false });
  });

  test('a quotation over several sentences is one attribution, and every sentence of it is highlighted', async () => {
    document.documentElement.innerHTML = `<head><title>Harbour walls</title></head><body><article><h1>Harbour walls</h1>
      <p>The city council met on Tuesday to discuss the harbour walls damaged in last winter's storms, which flooded the old port.</p>
      <p>“The walls are older than the city. We cannot wait another year,” said Mayor Jane Smith, who chairs the council. “Every storm takes more of them.”</p>
      <p>The council is expected to take up the budget again at its next regular meeting, when the repairs will be debated in full.</p>
      <p>Residents who attended the meeting were divided over the cost of the repairs and over who should pay for them in the end.</p>
    </article></body>`;
    const highlighter = new RecordingHighlighter();
    const controller = new ContentController(document, highlighter, localEngine);
    const result = await controller.handle({ type: 'analyze', scope: 'article', highlights: true });
    if (result.status !== 'ok') throw new Error('needs an article');
    const mayor = result.report.attributions.filter((a) => a.source === 'Mayor Jane Smith');
    expect(mayor).toHaveLength(1);
    expect(mayor[0]!.continuation.map((c) => c.sentence)).toEqual(['“The walls are older than the city.', '“Every storm takes more of them.”']);
    expect(result.located).toHaveLength(result.report.attributions.length);
    await vi.waitFor(() => expect(highlighter.painted.at(-1)?.join('|')).toContain('Every storm takes more of them'));
    const painted = highlighter.painted.at(-1)!.join('|');
    expect(painted).toContain('The walls are older than the city.');
    expect(painted).toContain('We cannot wait another year');
    // "Show in page" goes to the attribution's own sentence, not to the first sentence of its quotation.
    const index = result.report.attributions.indexOf(mayor[0]!);
    expect(await controller.handle({ type: 'show', analysisId: result.analysisId, index })).toEqual({ shown: true });
    await vi.waitFor(() => expect(highlighter.flashed.at(-1)).toBe(mayor[0]!.sentence));
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
    await vi.waitFor(() => expect(highlighter.flashed).toEqual([result.report.attributions[0]!.sentence]));
  });

  test('the popup\'s kind filter repaints the highlights with those kinds only, and the legend lists what is painted', async () => {
    await loadFixture('hostile.html');
    const highlighter = new RecordingHighlighter();
    const legend = { shown: [] as string[][], removed: 0, resets: 0 };
    const fakeLegend = {
      show: (kinds: readonly string[]) => legend.shown.push([...kinds]),
      remove: () => { legend.removed++; },
      reset: () => { legend.resets++; },
    } as unknown as Legend;
    const later: (() => void)[] = [];
    const paintLater = (): void => later.splice(0).forEach((paint) => paint());
    const controller = new ContentController(document, highlighter, localEngine, { legend: fakeLegend, later: (paint) => later.push(paint) });
    const result = await controller.handle({ type: 'analyze', scope: 'article', highlights: true, kinds: [] });
    if (result.status !== 'ok') throw new Error('needs an article');
    // The analysis is answered before the page is painted: the reader's list does not wait for the highlights.
    expect(highlighter.painted).toEqual([]);
    expect(later).toHaveLength(1);
    paintLater();
    const kindsOf = (painted: string[]) => new Set(painted.map((p) => p.split(':')[0]));
    expect(kindsOf(highlighter.painted.at(-1)!)).toEqual(new Set(['outlet', 'person', 'anonymous']));
    expect(legend.shown.at(-1)).toEqual(['anonymous', 'person', 'outlet']); // priority order

    expect(await controller.handle({ type: 'set-kinds', kinds: ['person'] })).toEqual({ kinds: ['person'] });
    expect(highlighter.painted.at(-1)!.length).toBeGreaterThan(0);
    expect(kindsOf(highlighter.painted.at(-1)!)).toEqual(new Set(['person']));
    expect(legend.shown.at(-1)).toEqual(['person']);
    await controller.handle({ type: 'set-kinds', kinds: ['document'] }); // none of that kind here
    expect(highlighter.painted.at(-1)).toEqual([]);
    expect(legend.shown.at(-1)).toEqual([]);

    // A new popup's analysis shows every kind again.
    await controller.handle({ type: 'analyze', scope: 'article', highlights: true, kinds: [] });
    paintLater();
    expect(kindsOf(highlighter.painted.at(-1)!)).toEqual(new Set(['outlet', 'person', 'anonymous']));
    // Off: highlights and legend go; on again: the legend may show again after a dismissal.
    await controller.handle({ type: 'set-highlights', on: false });
    expect(legend.removed).toBeGreaterThan(0);
    await controller.handle({ type: 'set-highlights', on: true });
    expect(legend.resets).toBe(1);
  });

  test('Show in page flashes the sentence once the scroll has ended, not at the click', async () => {
    await loadFixture('hostile.html');
    const highlighter = new RecordingHighlighter();
    const controller = new ContentController(document, highlighter, localEngine);
    const result = await controller.handle({ type: 'analyze', scope: 'article' });
    if (result.status !== 'ok') throw new Error('needs an article');
    vi.useFakeTimers();
    expect(await controller.handle({ type: 'show', analysisId: result.analysisId, index: 1 })).toEqual({ shown: true });
    // The page scrolls smoothly: scroll events keep coming, then scrollend.
    for (let i = 0; i < 10; i++) {
      document.dispatchEvent(new Event('scroll'));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(highlighter.flashed).toEqual([]);
    document.dispatchEvent(new Event('scrollend'));
    await vi.advanceTimersByTimeAsync(0);
    expect(highlighter.flashed).toEqual([result.report.attributions[1]!.sentence]);

    // A second "show" while the first still waits replaces it: one flash, of the later sentence.
    await controller.handle({ type: 'show', analysisId: result.analysisId, index: 0 });
    await controller.handle({ type: 'show', analysisId: result.analysisId, index: 2 });
    await vi.advanceTimersByTimeAsync(SCROLL_IDLE_MS); // nothing scrolled: flash after the idle wait
    expect(highlighter.flashed.slice(1)).toEqual([result.report.attributions[2]!.sentence]);

    // Disposed (the content script ended) while waiting: no flash.
    const flashes = highlighter.flashed.length;
    await controller.handle({ type: 'show', analysisId: result.analysisId, index: 0 });
    controller.dispose();
    await vi.advanceTimersByTimeAsync(SCROLL_MAX_MS);
    expect(highlighter.flashed).toHaveLength(flashes);
  });
});
