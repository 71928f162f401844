export declare const repoRoot: string;
export declare function sharedDirIfPresent(): string | null;
export declare function findSharedDir(): string;
