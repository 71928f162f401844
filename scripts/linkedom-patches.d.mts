import type { Plugin } from 'esbuild';

export const COMPILED_SELECTOR_CACHE: number;
export const linkedomPatches: Plugin;
