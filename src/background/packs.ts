// The engine's data files, written by the build and read from the extension's own package:
// the named-entity lexicons (lexicon.json), one file per language pack (lang/CODE.json) and the
// language detector's profiles (language-profiles.json).
import type { SupportedLanguage } from '../core/lang/supported';
import { readPackaged } from './packaged';

export const LEXICON_FILE = 'lexicon.json';
export const languageFile = (code: SupportedLanguage): string => `lang/${code}.json`;
export const PROFILES_FILE = 'language-profiles.json';

/** lexicon.json, read once per worker lifetime. */
export const loadEntities = (): Promise<unknown> => readPackaged(LEXICON_FILE);

/** language-profiles.json, read once per worker lifetime (before the first article's language is chosen). */
export const loadProfiles = (): Promise<unknown> => readPackaged(PROFILES_FILE);

/** lang/CODE.json, read once per worker lifetime. */
export const loadLanguage = (code: SupportedLanguage): Promise<unknown> => readPackaged(languageFile(code));
