// The toolbar badge: the number of attributions found in the tab's article (nothing when there is no
// article, or it is in a language Attribution Lens does not read).
import browser from 'webextension-polyfill';
import type { AnalysisResult } from './messages';

export const BADGE_COLOR = '#1d4ed8';

export function badgeText(result: AnalysisResult): string {
  // No count where nothing was looked for (an article in a language no pack reads).
  if (result.status !== 'ok' || result.report.languageSupported === false) return '';
  const count = result.report.attributions.length;
  return count > 999 ? '999+' : String(count);
}

export async function showBadge(tabId: number, result: AnalysisResult): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(result) });
}
