// The language packs this copy of the engine holds, by code. Node installs every bundled pack
// (src/core/node.ts); the extension's background worker installs each pack the first time an article
// in its language arrives, from lang/CODE.json.
import { compileLanguage } from './compile';
import type { Language, LanguageData } from './types';

const installed = new Map<string, Language>();

/** Compiles and installs a pack (replacing one of the same code); returns it. */
export function installLanguage(data: LanguageData): Language {
  const language = compileLanguage(data);
  installed.set(data.code, language);
  return language;
}

/** The installed pack for a language code, if any. */
export const getLanguage = (code: string): Language | undefined => installed.get(code);

/** Codes of the installed packs. */
export const installedLanguages = (): string[] => [...installed.keys()];
