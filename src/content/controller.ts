// The content script's state and its answers to requests: the last analyses (so "show" addresses
// the list the popup is displaying even if the page was analyzed again since), and the highlights.
import type { SourceKind } from '../core/types';
import type { ContentRequest, ContentResponse } from '../shared/messages';
import type { Highlighter, PaintItem } from './highlight/index';
import type { Legend } from './highlight/legend';
import { paintedKinds, paintSpans } from './highlight/plan';
import { analyzePage, locate, type Engine, type PageAnalysis } from './page-analysis';
import { scrollSettled } from './scroll-settle';
import { waitForQuiet } from './settle';
import { buildTextIndex, rangeFromSpan, type Span, type TextIndex } from './text-index';

/** Analyses kept for "show" requests from popups opened on an earlier one. */
const KEPT_ANALYSES = 4;

export interface ControllerOptions {
  /** The page's legend of the painted kinds. */
  legend?: Legend;
  /** The content script's life: a flash still waiting for its scroll is dropped when it ends. */
  signal?: AbortSignal;
  /**
   * Runs the highlights' painting after an analysis has been answered (default: the next task), so
   * the reader's list does not wait for the page's paint (on a long page it costs more than the
   * sentences' search).
   */
  later?: (paint: () => void) => void;
}

const nextTask = (paint: () => void): void => void setTimeout(paint, 0);

export class ContentController {
  private analyses: { id: number; analysis: PageAnalysis }[] = [];
  private nextId = 1;
  private highlightsOn = false;
  /** The popup's kind filter (empty: every kind). */
  private kinds: ReadonlySet<SourceKind> = new Set();
  /** The flash of the last "show", while it waits for the scroll to end. */
  private pendingFlash: AbortController | null = null;
  /** A paint is scheduled after an answered analysis (requests in between paint at once and need no other). */
  private paintScheduled = false;

  /** `engine` reads the article's blocks (the background worker's, in the extension). */
  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly engine: Engine,
    private readonly options: ControllerOptions = {},
  ) {
    options.signal?.addEventListener('abort', () => this.pendingFlash?.abort(), { once: true });
  }

  async handle<R extends ContentRequest>(request: R): Promise<ContentResponse<R>>;
  async handle(request: ContentRequest): Promise<ContentResponse<ContentRequest>> {
    switch (request.type) {
      case 'ping':
        return { alive: true };
      case 'analyze': {
        if (request.settle && this.doc.body) await waitForQuiet(this.doc.body);
        if (request.highlights !== undefined) this.highlightsOn = request.highlights;
        if (request.kinds !== undefined) this.kinds = new Set(request.kinds);
        const id = this.nextId++;
        let analysis: PageAnalysis;
        try {
          analysis = await analyzePage(this.doc, request.scope, id, this.engine);
        } catch (error) {
          console.warn('Attribution Lens: analysis failed', error);
          return { status: 'error', message: error instanceof Error ? error.message : String(error) };
        }
        this.analyses = [{ id, analysis }, ...this.analyses].slice(0, KEPT_ANALYSES);
        this.repaintAfterAnswer();
        return analysis.result;
      }
      case 'set-highlights':
        this.highlightsOn = request.on;
        if (request.on) this.options.legend?.reset(); // switched on again: the legend may show again
        this.repaint();
        return { on: this.highlightsOn };
      case 'set-kinds':
        this.kinds = new Set(request.kinds);
        this.repaint();
        return { kinds: [...this.kinds] };
      case 'show':
        return { shown: this.show(request.analysisId, request.index) };
    }
  }

  dispose(): void {
    this.pendingFlash?.abort();
    this.highlighter.clear();
    this.options.legend?.remove();
  }

  private repaintAfterAnswer(): void {
    if (this.paintScheduled) return;
    this.paintScheduled = true;
    (this.options.later ?? nextTask)(() => {
      if (!this.paintScheduled || this.options.signal?.aborted) return;
      this.repaint();
    });
  }

  /** Paints the latest analysis' sentences of the shown kinds, one kind per stretch of text (plan.ts). */
  private repaint(): void {
    this.paintScheduled = false;
    const latest = this.analyses[0]?.analysis;
    if (!this.highlightsOn || !latest) {
      this.highlighter.clear();
      this.options.legend?.remove();
      return;
    }
    let painted: SourceKind[] = [];
    this.highlighter.paint(() => {
      const live = this.liveSpans(latest);
      if (!live) return [];
      const pieces = paintSpans(live.spans.map((span, i) => span && { ...span, kind: latest.kinds[i]! }), this.kinds);
      painted = paintedKinds(pieces);
      return pieces.flatMap((piece): PaintItem[] => {
        const range = rangeFromSpan(live.index, piece);
        return range ? [{ range, kind: piece.kind }] : [];
      });
    });
    this.options.legend?.show(painted);
  }

  /**
   * Scrolls to the sentence and flashes it once the scroll has ended, so the reader sees the whole
   * flash where the sentence arrives. True when the sentence is in the page.
   */
  private show(analysisId: number, attributionIndex: number): boolean {
    const analysis = this.analyses.find((a) => a.id === analysisId)?.analysis;
    const index = analysis?.sentenceOf[attributionIndex];
    if (!analysis || index === undefined) return false;
    const range = this.ranges(analysis)[index];
    if (!range) return false;
    this.pendingFlash?.abort(); // a newer "show" replaces one still waiting
    const pending = new AbortController();
    this.pendingFlash = pending;
    const settled = scrollSettled(this.doc, pending.signal);
    scrollToRange(this.doc, range);
    void settled.then(() => {
      if (pending.signal.aborted) return;
      this.pendingFlash = null;
      // Ranges afresh: the page (or the <mark> fallback's own marks) may have moved its text nodes since.
      this.highlighter.flash(() => this.ranges(analysis)[index] ?? null);
    });
    return true;
  }

  /** The page's text index and an analysis' sentence spans in it, located afresh when the page has changed since. */
  private liveSpans(analysis: PageAnalysis): { index: TextIndex; spans: (Span | null)[] } | null {
    if (!this.doc.body) return null;
    const index = buildTextIndex(this.doc.body);
    const stale = analysis.spans.some((span, i) => span && index.text.slice(span.start, span.end) !== analysis.spanTexts[i]);
    if (stale) Object.assign(analysis, locate(index, analysis.sentences, analysis.anchor));
    return { index, spans: analysis.spans };
  }

  /** Live ranges for an analysis' sentences. */
  private ranges(analysis: PageAnalysis): (Range | null)[] {
    const live = this.liveSpans(analysis);
    return live ? live.spans.map((span) => (span ? rangeFromSpan(live.index, span) : null)) : [];
  }
}

function scrollToRange(doc: Document, range: Range): void {
  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
}
