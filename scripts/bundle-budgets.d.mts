export interface BundleBudget {
  name: string;
  /** Files that must exist in dist/chrome. */
  files: string[];
  /** Files counted when present. */
  optional: string[];
  /** Count the chunks the files import statically (an ES module's code-split chunks). */
  staticImports?: boolean;
  limitKiB: number;
}
/** The files a budget counts in `dir` (required, present optional, and static imports when asked). */
export declare function budgetFiles(budget: BundleBudget, dir: string): string[];
export declare const BUNDLE_BUDGETS: readonly BundleBudget[];
export declare const LANGUAGE_PACK_KIB: number;
export declare const LANGUAGE_PACKS: readonly string[];
