import type { Plugin } from 'esbuild';

export const readabilityPatches: Plugin;
