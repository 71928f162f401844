// What every result of the engine must satisfy, whatever the input: shared by the property tests
// and the adversarial tests. Checked in plain code (one expect at the end) so that tens of thousands
// of attributions are checked quickly.
import { expect } from 'vitest';
import { SOURCE_KINDS, type Attribution, type Block } from '../../src/core/types';

const QUOTE_TYPES: readonly string[] = ['direct', 'indirect', 'mixed'];

/** What is wrong with one attribution for these blocks (empty when nothing is). */
export function attributionProblems(blocks: readonly Block[], a: Attribution): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(a.block) || a.block < 0 || a.block >= blocks.length) return [`block index ${a.block} of ${blocks.length}`];
  const text = blocks[a.block]!.text;
  if (!Number.isInteger(a.start) || !Number.isInteger(a.end)) problems.push(`offsets not integers: ${a.start}–${a.end}`);
  else if (!(0 <= a.start && a.start <= a.end && a.end <= text.length)) problems.push(`offsets ${a.start}–${a.end} outside a text of ${text.length}`);
  else if (a.sentence !== text.slice(a.start, a.end)) problems.push(`sentence is not text.slice(${a.start}, ${a.end})`);
  if (!SOURCE_KINDS.includes(a.sourceKind)) problems.push(`sourceKind ${String(a.sourceKind)}`);
  if (!QUOTE_TYPES.includes(a.quote)) problems.push(`quote ${String(a.quote)}`);
  if (!Array.isArray(a.continuation)) problems.push('continuation is not an array');
  else for (const c of a.continuation) {
    const own = blocks[c.block]?.text;
    if (own === undefined || own.slice(c.start, c.end) !== c.sentence || c.start >= c.end) problems.push(`continuation ${c.block}:${c.start}–${c.end} is not a sentence of the blocks`);
    else if (c.block === a.block && c.start < a.end && c.end > a.start) problems.push(`continuation ${c.block}:${c.start} overlaps its own sentence`);
  }
  for (const key of ['cue', 'source', 'claim', 'rule'] as const) if (typeof a[key] !== 'string') problems.push(`${key} is not a string`);
  for (const key of ['sourceMention', 'when', 'via'] as const) if (a[key] !== null && typeof a[key] !== 'string') problems.push(`${key} is neither null nor a string`);
  return problems;
}

/** Fails (listing the first few problems) when an attribution breaks the engine's contract for these blocks. */
export function expectValidAttributions(blocks: readonly Block[], attributions: readonly Attribution[]): void {
  expect(Array.isArray(attributions)).toBe(true);
  const problems: string[] = [];
  for (const [i, a] of attributions.entries()) {
    for (const p of attributionProblems(blocks, a)) if (problems.length < 10) problems.push(`#${i} (${JSON.stringify(a.sentence)?.slice(0, 80)}): ${p}`);
  }
  expect(problems).toEqual([]);
}

/** True when offset `i` of `text` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
