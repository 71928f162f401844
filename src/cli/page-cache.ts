// The on-disk cache of --follow-links: one JSON file per linked URL, so that a re-run (or another
// article linking to the same page) fetches nothing twice. It keeps what the matcher needs, not the
// page: the HTTP status, the address after redirects, the fetch time and the page's text blocks (or
// why it could not be read). Only lasting answers are kept: a page read, an HTTP 4xx, a page that is
// not HTML or too large. A timeout, a network failure or a 5xx may pass: those are fetched again.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PageText } from '../evidence/page-text';
import type { UnreachableReason } from '../shared/messages';

/** Bumped when what an entry holds, or how a page's text is read, changes: older entries are then ignored. */
export const CACHE_FORMAT = 1;

export type CachedPage = {
  /** The URL as linked (the key). */
  url: string;
  /** ISO 8601. */
  fetchedAt: string;
  /** The HTTP status of the last response (0 when there was none). */
  httpStatus: number;
} & (
  | { status: 'read'; /** After redirects. */ finalUrl: string; page: PageText }
  | { status: 'unreachable'; reason: UnreachableReason; message: string }
);

/** The OS's place for caches: $XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%. */
export function defaultCacheDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  const base = platform === 'win32' ? env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local')
    : platform === 'darwin' ? path.join(home, 'Library', 'Caches')
      : env.XDG_CACHE_HOME || path.join(home, '.cache');
  return path.join(base, 'attribution-lens', 'linked-pages');
}

/** Whether a failure says something lasting about the page (kept), or only about this moment (fetched again). */
export function lastingFailure(reason: UnreachableReason, httpStatus?: number): boolean {
  if (reason === 'http-error') return httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500;
  return reason === 'not-html' || reason === 'too-large' || reason === 'unreadable';
}

const isPage = (p: unknown): p is PageText => typeof p === 'object' && p !== null
  && typeof (p as PageText).title === 'string' && Array.isArray((p as PageText).blocks)
  && (p as PageText).blocks.every((b) => typeof b === 'string');

export class PageCache {
  constructor(readonly dir: string) {}

  private file(url: string): string {
    return path.join(this.dir, `${createHash('sha256').update(url).digest('hex')}.json`);
  }

  /** The entry for `url`, or null (none, unreadable, of another format, or for another URL). */
  async get(url: string): Promise<CachedPage | null> {
    let raw: { format?: unknown; entry?: CachedPage };
    try {
      raw = JSON.parse(await readFile(this.file(url), 'utf8')) as typeof raw;
    } catch {
      return null;
    }
    const entry = raw?.entry;
    if (raw?.format !== CACHE_FORMAT || !entry || entry.url !== url) return null;
    if (entry.status === 'read' ? !isPage(entry.page) || typeof entry.finalUrl !== 'string' : entry.status !== 'unreachable') return null;
    return entry;
  }

  /** Keeps `entry`; written to a temporary file first, so a run stopped midway leaves no half entry. */
  async put(entry: CachedPage): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.file(entry.url);
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temp, JSON.stringify({ format: CACHE_FORMAT, entry }));
    await rename(temp, file);
  }
}
