// The popup (and the same report in a tab, popup.html?tabId=N, and in the side panel beside the
// article, sidepanel.html): finds the tab, has it analyzed, and shows the list or a clear state.
// Never a raw exception. The side panel follows its window's active tab.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Scope } from '../../shared/messages';
import { notifyPanel } from '../../shared/side-panel';
import { emptyChecks, type ArticleChecks } from '../checks';
import { useFollowActiveTab } from '../follow-tab';
import { loadView, resolveTab, type PopupView, type ViewMode } from '../load';
import { EMPTY_PLACE, type ReaderPlace } from '../place';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { loadChecks, loadPlace, loadSettings, saveSettings } from '../storage';
import { ReportView } from './ReportView';
import { Analyzing, Failed, NeedsAccess, NoArticle, Restricted, UnsupportedLanguage } from './StateMessage';

interface Props {
  mode: ViewMode;
  /** From ?tabId=N: the report opened as a page for that tab. */
  requestedTabId: number | null;
  /** The first load, started before the first render (startLoading): the analysis need not wait for a frame. */
  first?: Promise<Loaded>;
}

export type Loaded = { view: PopupView; checks: ArticleChecks; settings: Settings; place: ReaderPlace };

/**
 * The first analysis, started by the entry point before Preact renders anything: effects run after
 * the first paint, and the page's analysis is most of what the reader waits for.
 */
export function startLoading(mode: ViewMode, requestedTabId: number | null): Promise<Loaded> {
  return load(mode, requestedTabId, 'article', null, null);
}

/**
 * `cached`: the side panel's reports of tabs it read before (none when a reload must read the tab
 * anew); a cached report comes back with the reader's latest place, without analyzing again.
 */
async function load(mode: ViewMode, requestedTabId: number | null, scope: Scope, known: Settings | null,
  cached: ReadonlyMap<number, Loaded> | null): Promise<Loaded> {
  const [tab, settings] = await Promise.all([resolveTab(requestedTabId), known ?? loadSettings()]);
  if (!tab) return { view: { phase: 'error', tab: null, timeout: false }, checks: emptyChecks(''), settings, place: EMPTY_PLACE };
  const hit = cached?.get(tab.id);
  if (hit?.view.phase === 'ready') {
    const url = hit.view.result.report.url ?? tab.url ?? '';
    const [checks, place] = await Promise.all([loadChecks(url), loadPlace(url)]);
    return { ...hit, checks, settings, place };
  }
  // A tab the extension was given no access to shows no address: the side panel asks for the reader's click.
  if (mode === 'panel' && tab.url === null) return { view: { phase: 'needs-access', tab }, checks: emptyChecks(''), settings, place: EMPTY_PLACE };
  // Statuses and the reader's place are read while the page is analyzed, so the list shows with them at once.
  const early = tab.url ? Promise.all([loadChecks(tab.url), loadPlace(tab.url)]) : null;
  const view = await loadView(tab, scope, settings.highlights);
  if (view.phase !== 'ready') return { view, checks: emptyChecks(''), settings, place: EMPTY_PLACE };
  if (mode === 'popup') notifyPanel(tab.id);
  const url = view.result.report.url ?? tab.url ?? '';
  const [checks, place] = await (url === tab.url && early ? early : Promise.all([loadChecks(url), loadPlace(url)]));
  return { view, checks, settings, place };
}


export function App({ mode, requestedTabId, first }: Props) {
  const pageMode = mode === 'page';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [scope, setScope] = useState<Scope>('article');
  const [attempt, setAttempt] = useState(0);
  // The side panel keeps each tab's report until that tab navigates or closes: coming back from a
  // search tab shows the article's list at once, where the reader left it.
  const reports = useRef(new Map<number, Loaded>());
  const fromCache = useRef(false);
  const firstUsed = useRef(false);
  useFollowActiveTab(mode === 'panel', {
    switched: () => {
      fromCache.current = true;
      setScope('article');
      setAttempt((n) => n + 1);
    },
    reread: (tabId) => {
      reports.current.delete(tabId);
      fromCache.current = false;
      setScope('article');
      setAttempt((n) => n + 1);
    },
    forget: (tabId) => reports.current.delete(tabId),
  });

  useEffect(() => {
    let current = true;
    setLoaded(null);
    const cached = fromCache.current ? reports.current : null;
    fromCache.current = false;
    const pending = first && !firstUsed.current ? first : load(mode, requestedTabId, scope, settings, cached);
    firstUsed.current = true;
    pending.then(
      (next) => {
        if (!current) return;
        setSettings(next.settings);
        setLoaded(next);
        if (mode === 'panel' && next.view.phase === 'ready') reports.current.set(next.view.tab.id, next);
      },
      (error: unknown) => {
        console.warn('Attribution Lens: popup failed', error);
        if (current) setLoaded({ view: { phase: 'error', tab: null, timeout: false }, checks: emptyChecks(''), settings: settings ?? DEFAULT_SETTINGS, place: EMPTY_PLACE });
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
    <main class={pageMode ? 'page' : mode} data-state={view.phase}>
      <p class="brand"><img src="icons/icon-32.png" alt="" width={16} height={16} />{t('extName')}</p>
      {view.phase === 'loading' && <Analyzing />}
      {view.phase === 'restricted' && <Restricted reason={view.reason} />}
      {view.phase === 'no-article' && <NoArticle onWholePage={() => setScope('page')} />}
      {view.phase === 'unsupported-language' && <UnsupportedLanguage lang={view.lang} />}
      {view.phase === 'needs-access' && <NeedsAccess />}
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
          mode={mode}
          initialPlace={loaded.place}
        />
      )}
    </main>
  );
}
