// What tests/expected/ holds for a corpus page: one line per attribution, without the article's text.
import '../setup/entities';
import { analyze } from '../../src/core/analyze';
import { goldFiles, pageBlocks } from './corpus';

export const goldPages = (): string[] => goldFiles().map((g) => g.page);

export function expectedFor(page: string): string {
  const lines = analyze(pageBlocks(page).blocks).map((a) => [
    `${a.block}:${a.start}-${a.end}`, a.sourceKind, a.source, a.cue, a.rule,
    a.when ? `when=${a.when}` : '', a.via ? `via=${a.via}` : '', a.continuation.length ? `continued=${a.continuation.map((c) => `${c.block}:${c.start}-${c.end}`).join(',')}` : '',
  ].filter(Boolean).join(' | '));
  return `${lines.join('\n')}\n`;
}
