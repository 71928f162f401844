// The reader's corroboration findings, kept per article in storage.local. Stored data is untrusted
// (older versions, other code, corruption): everything read is validated and anything invalid is
// dropped, so the popup never fails on what it finds in storage.
import type { Attribution } from '../core/types';
import type { Report } from '../report/report';
import { UNREACHABLE_REASONS, type UnreachableReason } from '../shared/messages';
import { foldText } from './claim-list';

export const CHECK_STATUSES = ['unchecked', 'corroborated', 'not-found', 'disputed'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface ClaimCheck {
  status: CheckStatus;
  note: string;
  /** When the reader last changed it (ms since the epoch). */
  updatedAt: number;
  /** What "Read the linked page" found, kept with the reader's finding (absent: never read; older data has none). */
  evidence?: StoredEvidence;
}

export const EVIDENCE_STATUSES = ['found', 'similar', 'not-found', 'unreachable'] as const;
export type EvidenceOutcome = (typeof EVIDENCE_STATUSES)[number];

/** The outcome of reading one linked page for a claim. */
export interface StoredEvidence {
  /** The page read (after redirects). */
  url: string;
  status: EvidenceOutcome;
  /** Why it was unreachable (status 'unreachable' only). */
  reason?: UnreachableReason;
  httpStatus?: number;
  /** The best matching passage ('' when none), and the shared words in it (offsets into it). */
  passage: string;
  marks: { start: number; end: number }[];
  /** When it was read (ms since the epoch). */
  readAt: number;
}

/** The longest passage kept (a longer one is cut, and marks past the cut dropped). */
export const PASSAGE_MAX_LENGTH = 1500;
const URL_MAX_LENGTH = 4096;

export const CHECKS_VERSION = 1;

export interface ArticleChecks {
  version: typeof CHECKS_VERSION;
  url: string;
  /** By claimKey(). */
  checks: Record<string, ClaimCheck>;
}

export const NOTE_MAX_LENGTH = 2000;
const KEY_PATTERN = /^[0-9a-f]{8}$/;

/** Query parameters that only track where a reader came from: the same article without them. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|smid|cmpid)$/i;

/** The article's identity for storage: its URL without fragment and tracking parameters. */
export function articleKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
    }
    return parsed.href;
  } catch {
    return url;
  }
}

export const storageKey = (url: string): string => `checks:${articleKey(url)}`;

/** FNV-1a, 32 bits, as 8 hex digits: short keys that survive the engine re-running on the same text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Identifies one claim in its article: its source and its sentence, spacing and case aside. */
export function claimKey(a: Pick<Attribution, 'source' | 'sentence'>): string {
  return hash(`${foldText(a.source).trim()}\n${foldText(a.sentence).replace(/\s+/g, ' ').trim()}`);
}

export const emptyChecks = (url: string): ArticleChecks => ({ version: CHECKS_VERSION, url: articleKey(url), checks: {} });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Stored evidence as far as it is valid; null for anything unreadable (the check itself is kept). */
export function parseEvidence(raw: unknown): StoredEvidence | null {
  if (!isRecord(raw) || typeof raw.url !== 'string' || raw.url.length > URL_MAX_LENGTH || !/^https?:\/\//.test(raw.url)) return null;
  const status = EVIDENCE_STATUSES.find((s) => s === raw.status);
  if (!status) return null;
  const passage = typeof raw.passage === 'string' ? raw.passage.slice(0, PASSAGE_MAX_LENGTH) : '';
  const marks = (Array.isArray(raw.marks) ? raw.marks : [])
    .filter((m): m is { start: number; end: number } => isRecord(m) && isCount(m.start) && isCount(m.end) && m.start < m.end && m.end <= passage.length)
    .map(({ start, end }) => ({ start, end }))
    .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
  const evidence: StoredEvidence = { url: raw.url, status, passage, marks, readAt: typeof raw.readAt === 'number' && Number.isFinite(raw.readAt) ? raw.readAt : 0 };
  const reason = UNREACHABLE_REASONS.find((r) => r === raw.reason);
  if (status === 'unreachable' && reason) evidence.reason = reason;
  if (status === 'unreachable' && isCount(raw.httpStatus)) evidence.httpStatus = raw.httpStatus;
  return evidence;
}

function parseCheck(raw: unknown): ClaimCheck | null {
  if (!isRecord(raw)) return null;
  const status = CHECK_STATUSES.find((s) => s === raw.status);
  if (!status) return null;
  const note = typeof raw.note === 'string' ? raw.note.slice(0, NOTE_MAX_LENGTH) : '';
  const updatedAt = typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) ? raw.updatedAt : 0;
  const evidence = raw.evidence === undefined ? null : parseEvidence(raw.evidence);
  return evidence ? { status, note, updatedAt, evidence } : { status, note, updatedAt };
}

/** The valid part of what storage holds for `url`; an empty record for anything unreadable. */
export function parseArticleChecks(raw: unknown, url: string): ArticleChecks {
  const result = emptyChecks(url);
  if (!isRecord(raw) || raw.version !== CHECKS_VERSION || !isRecord(raw.checks)) return result;
  for (const [key, value] of Object.entries(raw.checks)) {
    const check = KEY_PATTERN.test(key) ? parseCheck(value) : null;
    if (check) result.checks[key] = check;
  }
  return result;
}

/** A check with nothing in it (unchecked, no note, no linked page read) is not stored. */
export function isBlank(check: Pick<ClaimCheck, 'status' | 'note' | 'evidence'>): boolean {
  return check.status === 'unchecked' && check.note.trim() === '' && !check.evidence;
}

export function withCheck(current: ArticleChecks, key: string, check: ClaimCheck): ArticleChecks {
  const checks = { ...current.checks };
  if (isBlank(check)) delete checks[key];
  else checks[key] = { ...check, note: check.note.slice(0, NOTE_MAX_LENGTH) };
  return { ...current, checks };
}

/** The report with the reader's checks alongside its attributions, for exports. */
export function withReaderChecks(report: Report, checks: ArticleChecks): Report {
  return {
    ...report,
    checks: report.attributions.map((a) => {
      const check = checks.checks[claimKey(a)];
      return check ? { status: check.status, note: check.note } : null;
    }),
  };
}
