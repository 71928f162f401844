// A report: what the CLI prints per file and what the popup exports. Plain data.
import type { Attribution } from '../core/types';

export interface Report {
  /** The path as given on the command line (CLI only). */
  file?: string;
  url?: string | null;
  title: string;
  articleFound: boolean;
  /** Why there is no article (unreadable file, no article text, restricted page). */
  error?: string;
  attributions: Attribution[];
}
