// The popup's states other than the list: analyzing, a page no extension may read, no article, an
// article in a language Attribution Lens does not read, a tab the side panel may not read yet, an error.
import type { ComponentChildren } from 'preact';
import browser from 'webextension-polyfill';
import { languageName, readableLanguages } from '../../report/languages';
import { t } from '../../shared/i18n';
import type { Restriction } from '../../shared/restricted';

function Message({ state, title, children }: { state: string; title: string; children?: ComponentChildren }) {
  return (
    <section class={`state state-${state}`} aria-labelledby="state-title">
      <h1 id="state-title">{title}</h1>
      {children}
    </section>
  );
}

export function Analyzing() {
  return (
    <div class="state state-loading" role="status">
      <span class="spinner" aria-hidden="true" />
      <p>{t('stateAnalyzing')}</p>
    </div>
  );
}

const RESTRICTION_BODY = { browser: 'restrictedBrowser', store: 'restrictedStore', pdf: 'restrictedPdf' } as const;

export function Restricted({ reason }: { reason: Restriction }) {
  return (
    <Message state="restricted" title={t('restrictedTitle')}>
      <p>{t(RESTRICTION_BODY[reason])}</p>
    </Message>
  );
}

export function NoArticle({ onWholePage }: { onWholePage: () => void }) {
  return (
    <Message state="no-article" title={t('noArticleTitle')}>
      <p>{t('noArticleBody')}</p>
      <button type="button" class="primary" onClick={onWholePage}>{t('analyzeWholePage')}</button>
    </Message>
  );
}

/** An article in a language Attribution Lens does not read: said, in the reader's language, not guessed at. */
export function UnsupportedLanguage({ lang }: { lang: string }) {
  const locale = browser.i18n.getUILanguage();
  const name = languageName(lang, locale);
  return (
    <Message state="unsupported-language" title={name ? t('unsupportedTitle', name) : t('unsupportedUnknownTitle')}>
      <p>{t('unsupportedBody', readableLanguages(locale))}</p>
    </Message>
  );
}

/** The side panel's tab is one the extension may not read until the reader asks (a toolbar click or the shortcut). */
export function NeedsAccess() {
  return (
    <Message state="needs-access" title={t('needsAccessTitle')}>
      <p>{t('needsAccessBody')}</p>
    </Message>
  );
}

export function Failed({ timeout, onRetry }: { timeout: boolean; onRetry: () => void }) {
  return (
    <Message state="error" title={t('errorTitle')}>
      <p>{t(timeout ? 'errorTimeout' : 'errorBody')}</p>
      <button type="button" class="primary" onClick={onRetry} autoFocus>{t('retry')}</button>
    </Message>
  );
}
