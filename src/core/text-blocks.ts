// Plain text in, blocks out: paragraphs are separated by blank lines (the CLI's .txt input).
import type { Block } from './types';

export function blocksFromText(text: string): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));
}
