// Every UI string comes from _locales/<lang>/messages.json through the browser's i18n API.
// MessageKey is derived from the English catalogue, so a misspelt or missing key fails the type check.
import browser from 'webextension-polyfill';

export type MessageKey = keyof typeof import('../../_locales/en/messages.json');

/** The localized message; `substitutions` fill $1…$9 (named placeholders in messages.json point at them). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String));
}
