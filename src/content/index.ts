// Placeholder content script (the full one is issue 3): analyzes a clone of the page on request.
import browser from 'webextension-polyfill';
import { analyze } from '../core/analyze';
import { extractArticle } from '../extract/readability';

browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { type?: string })?.type !== 'analyze') return undefined;
  const article = extractArticle(document.cloneNode(true) as Document);
  return Promise.resolve(article ? { title: article.title, attributions: analyze(article.blocks) } : null);
});
