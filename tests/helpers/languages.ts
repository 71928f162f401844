// The installed language packs, for tests that call the engine's layers directly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_LANGUAGES } from '../../src/core/lang/bundled';
import { getLanguage } from '../../src/core/lang/registry';
import type { Language, RuleExamples } from '../../src/core/lang/types';
import { repoRoot } from '../../scripts/shared-dir.mjs';

export const LANGUAGE_CODES: readonly string[] = BUNDLED_LANGUAGES.map((l) => l.code);

/** The installed pack for `code` (tests/setup installs every bundled one). */
export function lang(code = 'en'): Language {
  const found = getLanguage(code);
  if (!found) throw new Error(`language pack ${code} is not installed`);
  return found;
}

/** The folder of a pack's data files. */
export const packDir = (code: string): string => path.join(repoRoot, 'src', 'core', 'lang', code);

/** A pack's rule examples (lang/CODE/examples.json): test data kept beside the pack, not shipped. */
export function examplesOf(code: string): Record<string, RuleExamples> {
  return JSON.parse(readFileSync(path.join(packDir(code), 'examples.json'), 'utf8')) as Record<string, RuleExamples>;
}
