// The content script's state and its answers to requests: the last analyses (so "show" addresses
// the list the popup is displaying even if the page was analyzed again since), and the highlights.
import type { ContentRequest, ContentResponse } from '../shared/messages';
import type { Highlighter, PaintItem } from './highlight/index';
import { analyzePage, locate, type Engine, type PageAnalysis } from './page-analysis';
import { waitForQuiet } from './settle';
import { buildTextIndex, rangeFromSpan } from './text-index';

/** Analyses kept for "show" requests from popups opened on an earlier one. */
const KEPT_ANALYSES = 4;

export class ContentController {
  private analyses: { id: number; analysis: PageAnalysis }[] = [];
  private nextId = 1;
  private highlightsOn = false;

  /** `engine` reads the article's blocks (the background worker's, in the extension). */
  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly engine: Engine,
  ) {}

  async handle<R extends ContentRequest>(request: R): Promise<ContentResponse<R>>;
  async handle(request: ContentRequest): Promise<ContentResponse<ContentRequest>> {
    switch (request.type) {
      case 'ping':
        return { alive: true };
      case 'analyze': {
        if (request.settle && this.doc.body) await waitForQuiet(this.doc.body);
        if (request.highlights !== undefined) this.highlightsOn = request.highlights;
        const id = this.nextId++;
        let analysis: PageAnalysis;
        try {
          analysis = await analyzePage(this.doc, request.scope, id, this.engine);
        } catch (error) {
          console.warn('Attribution Lens: analysis failed', error);
          return { status: 'error', message: error instanceof Error ? error.message : String(error) };
        }
        this.analyses = [{ id, analysis }, ...this.analyses].slice(0, KEPT_ANALYSES);
        this.repaint();
        return analysis.result;
      }
      case 'set-highlights':
        this.highlightsOn = request.on;
        this.repaint();
        return { on: this.highlightsOn };
      case 'show':
        return { shown: this.show(request.analysisId, request.index) };
    }
  }

  dispose(): void {
    this.highlighter.clear();
  }

  private repaint(): void {
    const latest = this.analyses[0]?.analysis;
    if (!this.highlightsOn || !latest) {
      this.highlighter.clear();
      return;
    }
    this.highlighter.paint(() => this.ranges(latest).flatMap((range, i): PaintItem[] => (
      range ? [{ range, kind: latest.kinds[i]! }] : [])));
  }

  private show(analysisId: number, index: number): boolean {
    const analysis = this.analyses.find((a) => a.id === analysisId)?.analysis;
    if (!analysis || index >= analysis.sentences.length) return false;
    let shown = false;
    this.highlighter.flash(() => {
      const range = this.ranges(analysis)[index] ?? null;
      if (range) {
        scrollToRange(this.doc, range);
        shown = true;
      }
      return range;
    });
    return shown;
  }

  /** Live ranges for an analysis' sentences; located afresh when the page has changed since. */
  private ranges(analysis: PageAnalysis): (Range | null)[] {
    if (!this.doc.body) return [];
    const index = buildTextIndex(this.doc.body);
    const stale = analysis.spans.some((span, i) => span && index.text.slice(span.start, span.end) !== analysis.spanTexts[i]);
    if (stale) Object.assign(analysis, locate(index, analysis.sentences, analysis.anchor));
    return analysis.spans.map((span) => (span ? rangeFromSpan(index, span) : null));
  }
}

function scrollToRange(doc: Document, range: Range): void {
  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
}
