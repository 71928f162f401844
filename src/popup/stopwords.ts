// Loads one language's stop words for the Check searches when a Check panel first needs them. Each
// list is a chunk of its own beside popup.js (a dynamic import: build.mjs builds the popup as an ES
// module with code splitting), so opening the popup reads none of them.
import type { SupportedLanguage } from '../core/lang/supported';
import { installStopwords, stopwordsInstalled } from './key-terms';

const LISTS: Record<SupportedLanguage, () => Promise<{ default: string[] }>> = {
  en: () => import('./stopwords/en.json'),
  fr: () => import('./stopwords/fr.json'),
  de: () => import('./stopwords/de.json'),
  es: () => import('./stopwords/es.json'),
  pt: () => import('./stopwords/pt.json'),
};

const pending = new Map<SupportedLanguage, Promise<void>>();

/** Resolves once `code`'s stop words are installed; a list that cannot be read installs as empty (terms get longer, nothing breaks). */
export function loadStopwords(code: SupportedLanguage): Promise<void> {
  if (stopwordsInstalled(code)) return Promise.resolve();
  let load = pending.get(code);
  if (!load) {
    load = LISTS[code]().then(
      (list) => installStopwords(code, list.default),
      (error: unknown) => {
        console.warn(`Attribution Lens: the ${code} stop words could not be loaded`, error);
        installStopwords(code, []);
      },
    ).finally(() => pending.delete(code));
    pending.set(code, load);
  }
  return load;
}
