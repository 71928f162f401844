// The popup (and the same report in a tab, popup.html?tabId=N): finds the tab, has it analyzed, and
// shows the list or a clear state. Never a raw exception.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Scope } from '../../shared/messages';
import { emptyChecks, type ArticleChecks } from '../checks';
import { loadView, resolveTab, type PopupView } from '../load';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { loadChecks, loadSettings, saveSettings } from '../storage';
import { ReportView } from './ReportView';
import { Analyzing, Failed, NoArticle, Restricted, UnsupportedLanguage } from './StateMessage';

interface Props {
  /** From ?tabId=N: the report opened as a page for that tab. */
  requestedTabId: number | null;
}

type Loaded = { view: PopupView; checks: ArticleChecks; settings: Settings };

async function load(requestedTabId: number | null, scope: Scope, known: Settings | null): Promise<Loaded> {
  const [tab, settings] = await Promise.all([resolveTab(requestedTabId), known ?? loadSettings()]);
  if (!tab) return { view: { phase: 'error', tab: null, timeout: false }, checks: emptyChecks(''), settings };
  // Statuses are read while the page is analyzed, so the list shows with them at once.
  const early = tab.url ? loadChecks(tab.url) : null;
  const view = await loadView(tab, scope, settings.highlights);
  const url = view.phase === 'ready' ? view.result.report.url ?? tab.url ?? '' : '';
  const checks = view.phase === 'ready' ? await (early ?? loadChecks(url)) : emptyChecks(url);
  return { view, checks, settings };
}

export function App({ requestedTabId }: Props) {
  const pageMode = requestedTabId !== null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [scope, setScope] = useState<Scope>('article');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoaded(null);
    load(requestedTabId, scope, settings).then(
      (next) => {
        if (!current) return;
        setSettings(next.settings);
        setLoaded(next);
      },
      (error: unknown) => {
        console.warn('Attribution Lens: popup failed', error);
        if (current) setLoaded({ view: { phase: 'error', tab: null, timeout: false }, checks: emptyChecks(''), settings: settings ?? DEFAULT_SETTINGS });
      },
    );
    return () => {
      current = false;
    };
  }, [scope, attempt]);

  const changeSettings = (next: Settings): void => {
    setSettings(next);
    saveSettings(next).catch(() => undefined);
  };
  const view = loaded?.view ?? { phase: 'loading' };

  return (
    <main class={pageMode ? 'page' : 'popup'} data-state={view.phase}>
      <p class="brand"><img src="icons/icon-32.png" alt="" width={16} height={16} />{t('extName')}</p>
      {view.phase === 'loading' && <Analyzing />}
      {view.phase === 'restricted' && <Restricted reason={view.reason} />}
      {view.phase === 'no-article' && <NoArticle onWholePage={() => setScope('page')} />}
      {view.phase === 'unsupported-language' && <UnsupportedLanguage lang={view.lang} />}
      {view.phase === 'error' && <Failed timeout={view.timeout} onRetry={() => setAttempt(attempt + 1)} />}
      {view.phase === 'ready' && loaded && (
        <ReportView
          key={view.result.analysisId}
          tab={view.tab}
          result={view.result}
          initialChecks={loaded.checks}
          settings={settings ?? loaded.settings}
          onSettings={changeSettings}
          onScope={setScope}
          pageMode={pageMode}
        />
      )}
    </main>
  );
}
