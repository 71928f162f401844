// The reader's place in an article's list: the kind filter, the search, the statement whose Check
// panel is open, and how far the list is scrolled. Kept per article in storage.session (memory only,
// gone when the browser closes), so a popup closed by a search tab opens again where the reader was,
// and the side panel comes back to each tab's place (src/popup/storage.ts reads and writes it).
import { SOURCE_KINDS, type SourceKind } from '../core/types';

export interface ReaderPlace {
  kinds: SourceKind[];
  query: string;
  /** The statements (their indexes in the report) whose Check panels are open. */
  openChecks: number[];
  scrollY: number;
}

export const EMPTY_PLACE: ReaderPlace = { kinds: [], query: '', openChecks: [], scrollY: 0 };

/** Longest search kept: a place is a few words, not a store for pasted text. */
const MAX_QUERY_CHARS = 500;
/** Open Check panels kept: more than a reader works on at once. */
const MAX_OPEN_CHECKS = 50;

/** The storage.session key of an article's place. */
export const placeKey = (url: string): string => `place:${url}`;

/** A stored place, validated like everything read from storage: anything odd reads as no place. */
export function parsePlace(raw: unknown): ReaderPlace {
  if (typeof raw !== 'object' || raw === null) return { ...EMPTY_PLACE };
  const { kinds, query, openChecks, scrollY } = raw as Record<string, unknown>;
  return {
    kinds: Array.isArray(kinds) ? [...new Set(kinds.filter((k): k is SourceKind => SOURCE_KINDS.includes(k as SourceKind)))] : [],
    query: typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '',
    openChecks: Array.isArray(openChecks)
      ? [...new Set(openChecks.filter((i): i is number => Number.isInteger(i) && i >= 0))].slice(0, MAX_OPEN_CHECKS) : [],
    scrollY: typeof scrollY === 'number' && Number.isFinite(scrollY) && scrollY > 0 ? Math.round(scrollY) : 0,
  };
}
