export declare const repoRoot: string;
export declare function findSharedDir(): string;
