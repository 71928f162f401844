// The popup's entry point; also the full-tab report (popup.html?tabId=N, "Open as a page").
import './popup.css';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { App } from './components/App';

function requestedTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
const tabId = requestedTabId(location.search);
if (tabId !== null) document.body.classList.add('page-mode');
render(<App requestedTabId={tabId} />, document.getElementById('app')!);
