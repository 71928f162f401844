// Installs a language pack in this page's copy of the engine, once per language, from the data the
// background worker sends (only the page's language travels). A malformed or failed answer installs
// nothing and is asked again at the next analysis.
import { getLanguage, installLanguage } from '../core/lang/registry';
import type { SupportedLanguage } from '../core/lang/supported';
import { isLanguageData } from '../core/lang/validate';
import type { BackgroundRequest } from '../shared/messages';

export function languageInstaller(ask: (request: BackgroundRequest) => Promise<unknown>): (code: SupportedLanguage) => Promise<void> {
  const pending = new Map<string, Promise<void>>();
  return (code) => {
    if (getLanguage(code)) return Promise.resolve();
    let request = pending.get(code);
    if (!request) {
      request = ask({ type: 'get-language', code }).then((data) => {
        if (!isLanguageData(data) || data.code !== code) throw new Error(`the ${code} language pack from the background worker is malformed`);
        installLanguage(data);
      }).catch((error: unknown) => {
        console.warn(`Attribution Lens: language pack ${code} unavailable`, error);
      }).finally(() => pending.delete(code));
      pending.set(code, request);
    }
    return request;
  };
}
