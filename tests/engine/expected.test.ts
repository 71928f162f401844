// The engine's output on every dev-corpus page, against tests/expected/ (written by `npm run expected`).
// A failure here is not a verdict: it says the output changed. Regenerate, read the diff, commit it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedFor, goldPages } from '../helpers/expected-output';

const dir = path.join(__dirname, '..', 'expected');

describe('expected output (npm run expected regenerates it)', () => {
  it.each(goldPages().map((p) => [p]))('%s', (page) => {
    const expected = readFileSync(path.join(dir, `${page}.txt`), 'utf8');
    expect(expectedFor(page), 'the engine\'s output changed: run `npm run expected` and review the diff').toBe(expected);
  });
});
