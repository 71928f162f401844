export interface BundleBudget {
  name: string;
  /** Files that must exist in dist/chrome. */
  files: string[];
  /** Files counted when present. */
  optional: string[];
  limitKiB: number;
}
export declare const BUNDLE_BUDGETS: readonly BundleBudget[];
