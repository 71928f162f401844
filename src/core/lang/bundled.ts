// Every language pack as bundled data, for Node (the CLI, tests, benchmarks) and for the build,
// which writes each to the extension as lang/CODE.json.
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { PT } from './pt';
import type { LanguageData } from './types';

export const BUNDLED_LANGUAGES: readonly LanguageData[] = [EN, FR, DE, ES, PT];
