// A report: what the CLI prints per file and what the popup exports. Plain data.
import type { Attribution } from '../core/types';

/** What the reader found when checking a claim elsewhere (set in the popup, kept per article). */
export interface ReaderCheck {
  status: 'unchecked' | 'corroborated' | 'not-found' | 'disputed';
  note: string;
}

/** What a page an attribution links to holds of its claim (the CLI's --follow-links). */
export interface LinkEvidence {
  /** The link's address, as in `links`. */
  url: string;
  /** The address read, when the link redirected elsewhere. */
  finalUrl?: string;
  /** As "Read the linked page" in the extension: src/evidence/match.ts, or the page could not be read. */
  status: 'found' | 'similar' | 'not-found' | 'unreachable';
  /** The page's passage that best matches the claim ('' for not-found and unreachable). */
  excerpt: string;
  /** Why the page could not be read (unreachable only). */
  reason?: string;
}

/** An attribution as a report holds it: the engine's, with the evidence of its linked pages when they were read. */
export type ReportAttribution = Attribution & { evidence?: LinkEvidence[] };

export interface Report {
  /** The path as given on the command line (CLI only). */
  file?: string;
  url?: string | null;
  title: string;
  /** The article's author(s), its publication and its publication date (ISO 8601), as the page's metadata gives them; null when it does not. */
  byline?: string | null;
  siteName?: string | null;
  published?: string | null;
  articleFound: boolean;
  /** The language the article was read in (ISO 639-1, "und" when unknown); absent when there is no article. */
  lang?: string;
  /** Whether Attribution Lens reads that language: when false, no attributions were looked for. */
  languageSupported?: boolean;
  /** Why there is no article (unreadable file, no article text, restricted page). */
  error?: string;
  attributions: ReportAttribution[];
  /**
   * Present (true) when the engine stopped at its limit (DEFAULT_MAX_ATTRIBUTIONS, 20,000) before
   * the end of the article: `attributions` holds the first ones only.
   */
  truncated?: true;
  /** The reader's checks, one per attribution (null where unchecked): in the popup's exports only. */
  checks?: (ReaderCheck | null)[];
}
