import type { AnalyzeOptions, Attribution, Block } from './types';

export function analyze(blocks: readonly Block[], _options: AnalyzeOptions = {}): Attribution[] {
  void blocks;
  return [];
}
