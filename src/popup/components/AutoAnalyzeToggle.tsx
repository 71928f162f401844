// "Analyze automatically on this site": asks for this one site through optional_host_permissions.
// The background then analyzes its pages after each load and shows the count on the toolbar badge.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { sitePattern } from '../../shared/restricted';

export function AutoAnalyzeToggle({ url }: { url: string | null }) {
  const pattern = sitePattern(url);
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    if (!pattern) return;
    browser.permissions.contains({ origins: [pattern] }).then(setAllowed, () => setAllowed(false));
  }, [pattern]);
  if (!pattern || allowed === null) return null;
  const site = new URL(url!).hostname;
  const onChange = (e: Event): void => {
    const want = (e.currentTarget as HTMLInputElement).checked;
    // permissions.request must be called straight from the click (a user gesture), nothing awaited first.
    const change = want
      ? browser.permissions.request({ origins: [pattern] })
      : browser.permissions.remove({ origins: [pattern] }).then(() => false);
    setAllowed(want);
    change.then(setAllowed, () => setAllowed(!want));
  };
  return (
    <div class="auto">
      <label class="switch">
        <input type="checkbox" checked={allowed} onChange={onChange} aria-describedby="auto-hint" />
        <span>{t('autoToggle')}</span>
      </label>
      <p id="auto-hint" class="hint">{t('autoToggleHint', site)}</p>
    </div>
  );
}
