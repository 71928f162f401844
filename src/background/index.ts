// Placeholder background worker (the full one is issue 3).
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => undefined);
