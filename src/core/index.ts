// The engine's public surface: pure functions, no DOM, no browser APIs.
export { analyze, analyzeArticle } from './analyze';
export type { Analysis } from './analyze';
export { blocksFromText } from './text-blocks';
export { chooseLanguage, type LanguageChoice } from './lang/choose';
export { SUPPORTED_LANGUAGES, isSupportedLanguage, type SupportedLanguage } from './lang/supported';
export { sourcingProfile } from './profile';
export type { SourcingProfile, SourceTally } from './profile';
export * from './types';
