// One analysis of the page: Readability on a clone (never the live document: Readability rewrites
// what it is given) without the text a reader cannot see, the engine (in the background worker) on
// its blocks, and each sentence located in the live page.
import type { Attribution, Block, SourceKind } from '../core/types';
import { extractArticle, extractWholePage } from '../extract/readability';
import { normalizeSpace } from '../extract/blocks';
import type { AnalysisResult, EngineAnswer, Scope } from '../shared/messages';
import { locateSentences } from './locate';
import { visibleCopy } from './visible';
import { buildTextIndex, type Span, type TextIndex } from './text-index';

export interface PageAnalysis {
  result: AnalysisResult;
  /**
   * Every sentence to highlight, in reading order: the attributions' own and the later sentences of
   * their quotations. Each with its kind and where it was last found in the page.
   */
  sentences: string[];
  kinds: SourceKind[];
  spans: (Span | null)[];
  /** The compact page text each span covered when found (to notice when the page has changed). */
  spanTexts: string[];
  /** Per attribution (in the report's order), the index of its own sentence in `sentences`. */
  sentenceOf: number[];
  anchor: string;
}

interface Painted {
  block: number;
  start: number;
  sentence: string;
  kind: SourceKind;
  /** The attribution whose own sentence this is; -1 for a sentence continuing a quotation. */
  of: number;
}

/** The sentences to highlight in reading order (located one after the other, see locate.ts). */
function paintedSentences(attributions: readonly Attribution[]): Painted[] {
  const all: Painted[] = [];
  attributions.forEach((a, i) => {
    all.push({ block: a.block, start: a.start, sentence: a.sentence, kind: a.sourceKind, of: i });
    for (const c of a.continuation) all.push({ block: c.block, start: c.start, sentence: c.sentence, kind: a.sourceKind, of: -1 });
  });
  return all.sort((x, y) => x.block - y.block || x.start - y.start);
}

export function locate(index: TextIndex, sentences: readonly string[], anchor: string):
  { spans: (Span | null)[]; spanTexts: string[] } {
  const spans = locateSentences(index.text, sentences, anchor);
  return { spans, spanTexts: spans.map((s) => (s ? index.text.slice(s.start, s.end) : '')) };
}

/**
 * Reads blocks in their language (`declaredLang`: the page's lang attribute), their times resolved
 * against `published` (the page's publication date as written): the background's engine.
 */
export type Engine = (blocks: Block[], declaredLang: string | null, published: string | null) => Promise<EngineAnswer>;

export async function analyzePage(doc: Document, scope: Scope, analysisId: number, engine: Engine): Promise<PageAnalysis> {
  const empty = { sentences: [], kinds: [], spans: [], spanTexts: [], sentenceOf: [], anchor: '' };
  if (doc.contentType === 'application/pdf') return { result: { status: 'restricted', reason: 'pdf' }, ...empty };
  const url = doc.location?.href ?? doc.URL;
  const t0 = performance.now();
  const copy = visibleCopy(doc);
  const t1 = performance.now();
  // Links resolve against the live page's base (the copy's may differ: a clone has no browsing context).
  const base = doc.baseURI ?? url;
  const article = scope === 'article' ? extractArticle(copy, base) : extractWholePage(copy, base);
  const t2 = performance.now();
  const answer = article ? await engine(article.blocks, article.lang, article.publishedTime) : null;
  const t3 = performance.now();
  // Readability returns the navigation of a page with no article; with no attribution in it either,
  // the honest answer is "no article" (with the offer to analyze the whole page).
  if (!article || !answer || (scope === 'article' && !article.readerable && answer.attributions.length === 0)) {
    return {
      result: { status: 'no-article', scope, readerable: false, title: normalizeSpace(doc.title ?? ''), url },
      ...empty,
    };
  }
  const { attributions, truncated, lang, languageSupported, domains, published } = answer;
  const painted = paintedSentences(attributions);
  const sentences = painted.map((p) => p.sentence);
  const sentenceOf = new Array<number>(attributions.length).fill(-1);
  painted.forEach((p, i) => { if (p.of >= 0) sentenceOf[p.of] = i; });
  const anchor = article.blocks[0]?.text ?? '';
  const { spans, spanTexts } = doc.body ? locate(buildTextIndex(doc.body), sentences, anchor) : { spans: [], spanTexts: [] };
  const t4 = performance.now();
  const timings = {
    visibleMs: t1 - t0, readabilityMs: t2 - t1, workerMs: t3 - t2, ...(answer.timings && { worker: answer.timings }), locateMs: t4 - t3, totalMs: t4 - t0,
  };
  return {
    result: {
      status: 'ok',
      analysisId,
      scope,
      readerable: article.readerable,
      report: {
        url, title: article.title, byline: article.byline, siteName: article.siteName, published,
        articleFound: true, lang, languageSupported, attributions, ...(truncated && { truncated }),
      },
      located: sentenceOf.map((i) => Boolean(spans[i])),
      domains,
      timings,
    },
    sentences,
    kinds: painted.map((p) => p.kind),
    spans,
    spanTexts,
    sentenceOf,
    anchor,
  };
}
