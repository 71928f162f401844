// The engine's data files, written by the build and read from the extension's own package:
// the named-entity lexicons (lexicon.json) and one file per language pack (lang/CODE.json).
import type { SupportedLanguage } from '../core/lang/supported';
import { readPackaged } from './packaged';

export const LEXICON_FILE = 'lexicon.json';
export const languageFile = (code: SupportedLanguage): string => `lang/${code}.json`;

/** lexicon.json, read once per worker lifetime. */
export const loadEntities = (): Promise<unknown> => readPackaged(LEXICON_FILE);

/** lang/CODE.json, read once per worker lifetime. */
export const loadLanguage = (code: SupportedLanguage): Promise<unknown> => readPackaged(languageFile(code));
