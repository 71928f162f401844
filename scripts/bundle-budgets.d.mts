export interface BundleBudget {
  name: string;
  /** Files that must exist in dist/chrome. */
  files: string[];
  /** Files counted when present. */
  optional: string[];
  limitKiB: number;
}
export declare const BUNDLE_BUDGETS: readonly BundleBudget[];
export declare const LANGUAGE_PACK_KIB: number;
export declare const LANGUAGE_PACKS: readonly string[];
