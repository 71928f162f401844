// The languages Attribution Lens reads: one pack each (src/core/lang/CODE). Small on purpose: the
// background worker and the popup import it without the packs themselves.
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt'] as const;

export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const isSupportedLanguage = (code: unknown): code is SupportedLanguage =>
  typeof code === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
