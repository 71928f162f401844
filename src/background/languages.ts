// The language packs (the words each language is read with): the build writes one file per
// language, lang/CODE.json, and the background worker hands the page's to its content script.
import type { SupportedLanguage } from '../core/lang/supported';
import type { LanguageData } from '../core/lang/types';
import { readPackaged } from './packaged';

export const languageFile = (code: SupportedLanguage): string => `lang/${code}.json`;

/** lang/CODE.json, read once per worker lifetime. */
export const loadLanguage = (code: SupportedLanguage): Promise<LanguageData> => readPackaged<LanguageData>(languageFile(code));
