// The one message module: everything the popup and the background send to the content script, and
// what comes back. Payloads are a discriminated union on `type`, so each side handles every case.
// No browser API here (the content script imports it; src/shared/content-client.ts sends).
import { SOURCE_KINDS, type Attribution, type Block, type SourceKind } from '../core/types';
import type { Report } from '../report/report';

/** What to analyze: the article Readability finds, or the whole page when there is none. */
export type Scope = 'article' | 'page';

export type ContentRequest =
  /** Is a live content script already in this tab? (Else the caller injects one.) */
  | { type: 'ping' }
  /**
   * Analyze the page. `highlights` switches in-page highlights on or off and `kinds` sets the kinds
   * they show, as set-kinds does (each absent: unchanged); `settle` waits for the page to stop
   * changing first (after a single-page site navigates).
   */
  | { type: 'analyze'; scope: Scope; highlights?: boolean; kinds?: SourceKind[]; settle?: boolean }
  | { type: 'set-highlights'; on: boolean }
  /** The popup's kind filter, applied to the page's highlights too: the kinds shown (empty: every kind). */
  | { type: 'set-kinds'; kinds: SourceKind[] }
  /** Scroll to the sentence of attribution `index` of analysis `analysisId` and flash it. */
  | { type: 'show'; analysisId: number; index: number };

export interface SiteDomains {
  source: string | null;
  via: string | null;
}

export type AnalysisResult =
  | {
    status: 'ok';
    /** Names this analysis, so a later "show" addresses the same list even if the page re-analyzes. */
    analysisId: number;
    scope: Scope;
    /** Readability's guess that the page is an article (false: say the result may be incomplete). */
    readerable: boolean;
    report: Report;
    /** Per attribution: whether its sentence was found in the live page (so it can be shown). */
    located: boolean[];
    /** Per attribution: the web domains of its source and of its `via`, when known. */
    domains: SiteDomains[];
    /** Where the content script's time went (scripts/measure-popup.mjs prints it). */
    timings?: ContentTimings;
  }
  | { status: 'no-article'; scope: Scope; readerable: boolean; title: string; url: string }
  | { status: 'restricted'; reason: 'pdf' }
  | { status: 'error'; message: string };

/** Milliseconds spent by each step of one analysis in the page (and the worker's share of it). */
export interface ContentTimings {
  /** The copy of the page without what a reader cannot see. */
  visibleMs: number;
  readabilityMs: number;
  /** From sending the blocks to the background worker to its answer. */
  workerMs: number;
  /** The worker's own figures (absent from an older worker's answer). */
  worker?: EngineTimings;
  /** Finding each sentence in the live page. */
  locateMs: number;
  /** The whole analysis in the content script. */
  totalMs: number;
}

/** Milliseconds the background worker spent on one article. */
export interface EngineTimings {
  /** Loading the named-entity lexicons and the language pack (only on a worker's first article in a language). */
  installMs: number;
  /** Choosing the language and running the engine. */
  engineMs: number;
}

export interface ContentResponses {
  ping: { alive: true };
  analyze: AnalysisResult;
  'set-highlights': { on: boolean };
  'set-kinds': { kinds: SourceKind[] };
  show: { shown: boolean };
}

export type ContentResponse<R extends ContentRequest> = ContentResponses[R['type']];

/**
 * What the content script asks the background worker, which runs the engine: the attributions of an
 * article's blocks, read in their language (detected, and checked against the page's `lang`), their
 * times resolved against `published` (the page's publication date as written, normalized there).
 */
export type BackgroundRequest = { type: 'analyze-blocks'; blocks: Block[]; declaredLang: string | null; published: string | null };

/** The engine's answer: no attributions are looked for in a language no pack reads. */
export interface EngineAnswer {
  /** ISO 639-1 code of the language the article was read in ("und" when unknown). */
  lang: string;
  languageSupported: boolean;
  attributions: Attribution[];
  /** The engine stopped at its attribution limit before the end of the article. */
  truncated: boolean;
  /** The article's publication date in ISO 8601 (null: the page gives none, or none that reads as a date). */
  published: string | null;
  /** Per attribution: the web domains of its source and of its `via`, when the lexicon knows them. */
  domains: SiteDomains[];
  timings?: EngineTimings;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isScope = (v: unknown): v is Scope => v === 'article' || v === 'page';
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const KINDS: ReadonlySet<unknown> = new Set(SOURCE_KINDS);
/** Known kinds, each at most once. */
const isKindList = (v: unknown): v is SourceKind[] => Array.isArray(v) && v.every((k) => KINDS.has(k)) && new Set(v).size === v.length;

/** Checks an incoming message before the content script acts on it. */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'ping':
      return true;
    case 'analyze':
      return isScope(message.scope)
        && (message.highlights === undefined || typeof message.highlights === 'boolean')
        && (message.kinds === undefined || isKindList(message.kinds))
        && (message.settle === undefined || typeof message.settle === 'boolean');
    case 'set-highlights':
      return typeof message.on === 'boolean';
    case 'set-kinds':
      return isKindList(message.kinds);
    case 'show':
      return isIndex(message.analysisId) && isIndex(message.index);
    default:
      return false;
  }
}

const BLOCK_KINDS: ReadonlySet<unknown> = new Set(['paragraph', 'quote', 'item', 'heading', 'caption']);
/** Longest link address and publication date a page may send (longer ones are not real). */
const MAX_HREF_CHARS = 4_096;
const MAX_PUBLISHED_CHARS = 256;
const WEB_ADDRESS = /^https?:\/\//;

/** A block's links: in order, each inside the text (and not empty), each to a web address. */
function areLinks(v: unknown, text: string): boolean {
  if (!Array.isArray(v) || v.length === 0) return false;
  let last = 0;
  return v.every((l) => {
    if (!isRecord(l) || !isIndex(l.start) || !isIndex(l.end) || l.start < last || l.end <= l.start || l.end > text.length
      || typeof l.href !== 'string' || l.href.length > MAX_HREF_CHARS || !WEB_ADDRESS.test(l.href)) return false;
    last = l.start;
    return true;
  });
}

const isBlock = (v: unknown): v is Block => isRecord(v) && typeof v.text === 'string' && BLOCK_KINDS.has(v.kind)
  && (v.group === undefined || Number.isInteger(v.group)) && (v.links === undefined || areLinks(v.links, v.text));

const isDateText = (v: unknown): v is string | null => v === null || (typeof v === 'string' && v.length <= MAX_PUBLISHED_CHARS);

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!isRecord(message)) return false;
  return message.type === 'analyze-blocks' && Array.isArray(message.blocks) && message.blocks.every(isBlock)
    && (message.declaredLang === null || typeof message.declaredLang === 'string') && isDateText(message.published);
}

/**
 * To the side panel, from the popup or the background: the reader just gave the extension access to
 * `tabId` (a toolbar click, the keyboard command), so a panel showing that tab reads it again.
 */
export type PanelMessage = { type: 'panel-refresh'; tabId: number };

export function isPanelMessage(message: unknown): message is PanelMessage {
  return isRecord(message) && message.type === 'panel-refresh' && isIndex(message.tabId);
}

/** Checks the background's answer before the content script trusts it (a reloaded worker answers undefined). */
export function isEngineAnswer(answer: unknown): answer is EngineAnswer {
  return isRecord(answer) && typeof answer.lang === 'string' && typeof answer.languageSupported === 'boolean'
    && Array.isArray(answer.attributions) && typeof answer.truncated === 'boolean' && isDateText(answer.published)
    && Array.isArray(answer.domains) && answer.domains.length === answer.attributions.length
    && (answer.timings === undefined || (isRecord(answer.timings) && typeof answer.timings.installMs === 'number' && typeof answer.timings.engineMs === 'number'));
}

/**
 * Why a linked page could not be read: an HTTP error, the 10 s timeout, not HTML, over 5 MB, no
 * connection, no permission for its site, or HTML no text could be read from.
 */
export const UNREACHABLE_REASONS = ['http-error', 'timeout', 'not-html', 'too-large', 'network', 'permission', 'unreadable'] as const;
export type UnreachableReason = (typeof UNREACHABLE_REASONS)[number];

/**
 * From the popup to the background, for "Read the linked page". `linked-page-intent` comes first, just
 * before the popup asks for the page's site: a site granted for that is not one the reader allowed for
 * automatic analysis. `read-linked-page` fetches it; `release`: the site was not granted before, so the
 * permission is given back once the page is read.
 */
export type EvidenceRequest =
  | { type: 'linked-page-intent'; url: string }
  | { type: 'read-linked-page'; url: string; release: boolean };

/** The linked page's text (the popup matches the claim against it), or why it could not be read. */
export type LinkedPageAnswer =
  | { status: 'read'; /** After redirects. */ url: string; title: string; lang: string | null; blocks: string[] }
  | { status: 'unreachable'; reason: UnreachableReason; httpStatus?: number };

/** From the background to Chrome's offscreen document: the text of this HTML (it has the DOM the worker lacks). */
export type OffscreenRequest = { type: 'offscreen-read-page'; html: string; url: string };

const isWebAddress = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_HREF_CHARS && WEB_ADDRESS.test(v);

export function isEvidenceRequest(message: unknown): message is EvidenceRequest {
  if (!isRecord(message) || !isWebAddress(message.url)) return false;
  return message.type === 'linked-page-intent' || (message.type === 'read-linked-page' && typeof message.release === 'boolean');
}

export function isOffscreenRequest(message: unknown): message is OffscreenRequest {
  return isRecord(message) && message.type === 'offscreen-read-page' && typeof message.html === 'string' && isWebAddress(message.url);
}

const REASONS: ReadonlySet<unknown> = new Set(UNREACHABLE_REASONS);

/** Checks the background's answer before the popup uses it. */
export function isLinkedPageAnswer(answer: unknown): answer is LinkedPageAnswer {
  if (!isRecord(answer)) return false;
  if (answer.status === 'unreachable') return REASONS.has(answer.reason) && (answer.httpStatus === undefined || isIndex(answer.httpStatus));
  return answer.status === 'read' && isWebAddress(answer.url) && typeof answer.title === 'string'
    && (answer.lang === null || typeof answer.lang === 'string') && Array.isArray(answer.blocks) && answer.blocks.every((b) => typeof b === 'string');
}
