// The popup's entry point; also the full-tab report (popup.html?tabId=N, "Open as a page") and the
// side panel beside the article (sidepanel.html, whose body says data-mode="panel").
import './popup.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { App, startLoading } from './components/App';
import type { ViewMode } from './load';

function requestedTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
const tabId = requestedTabId(location.search);
const mode: ViewMode = tabId !== null ? 'page' : document.body.dataset.mode === 'panel' ? 'panel' : 'popup';
document.body.classList.add(`${mode}-mode`);
const first = startLoading(mode, tabId);
render(<App mode={mode} requestedTabId={tabId} first={first} />, document.getElementById('app')!);
