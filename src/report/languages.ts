// Language names for people: the CLI's note and the popup's message on an article in a language
// Attribution Lens does not read ("Czech"), and the list of those it reads, in the reader's language.
import { SUPPORTED_LANGUAGES } from '../core/lang/supported';

/** "cs" → "Czech" (in `locale`); the code itself where the runtime has no name for it. */
export function languageName(code: string, locale = 'en'): string {
  if (code === 'und') return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "English, French, German, Spanish and Portuguese" (in `locale`). */
export function readableLanguages(locale = 'en'): string {
  const names = SUPPORTED_LANGUAGES.map((code) => languageName(code, locale));
  try {
    return new Intl.ListFormat([locale], { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
