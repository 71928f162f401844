// A report: what the CLI prints per file and what the popup exports. Plain data.
import type { Attribution } from '../core/types';

/** What the reader found when checking a claim elsewhere (set in the popup, kept per article). */
export interface ReaderCheck {
  status: 'unchecked' | 'corroborated' | 'not-found' | 'disputed';
  note: string;
}

export interface Report {
  /** The path as given on the command line (CLI only). */
  file?: string;
  url?: string | null;
  title: string;
  articleFound: boolean;
  /** Why there is no article (unreadable file, no article text, restricted page). */
  error?: string;
  attributions: Attribution[];
  /** The reader's checks, one per attribution (null where unchecked): in the popup's exports only. */
  checks?: (ReaderCheck | null)[];
}
