// The reader's corroboration findings, kept per article in storage.local. Stored data is untrusted
// (older versions, other code, corruption): everything read is validated and anything invalid is
// dropped, so the popup never fails on what it finds in storage.
import type { Attribution } from '../core/types';
import type { Report } from '../report/report';
import { foldText } from './claim-list';

export const CHECK_STATUSES = ['unchecked', 'corroborated', 'not-found', 'disputed'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface ClaimCheck {
  status: CheckStatus;
  note: string;
  /** When the reader last changed it (ms since the epoch). */
  updatedAt: number;
}

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

function parseCheck(raw: unknown): ClaimCheck | null {
  if (!isRecord(raw)) return null;
  const status = CHECK_STATUSES.find((s) => s === raw.status);
  if (!status) return null;
  const note = typeof raw.note === 'string' ? raw.note.slice(0, NOTE_MAX_LENGTH) : '';
  const updatedAt = typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) ? raw.updatedAt : 0;
  return { status, note, updatedAt };
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

/** A check with nothing in it (unchecked, no note) is not stored. */
export function isBlank(check: Pick<ClaimCheck, 'status' | 'note'>): boolean {
  return check.status === 'unchecked' && check.note.trim() === '';
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
