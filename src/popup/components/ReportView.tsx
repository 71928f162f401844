// The list a reader came for: the article's title and sourcing profile, the options, the statements
// and the exports.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sourcingProfile } from '../../core/profile';
import type { SourceKind } from '../../core/types';
import { t } from '../../shared/i18n';
import { sendToTab } from '../../shared/content-client';
import type { Scope } from '../../shared/messages';
import { withCheck, withReaderChecks, type ArticleChecks, type ClaimCheck } from '../checks';
import { filterClaims } from '../claim-list';
import type { OkResult, TabInfo, ViewMode } from '../load';
import type { ReaderPlace } from '../place';
import type { Settings } from '../settings';
import { canOpenBeside, openBeside } from '../side-panel';
import { saveCheck, savePlace } from '../storage';
import { AutoAnalyzeToggle } from './AutoAnalyzeToggle';
import { ClaimList } from './ClaimList';
import { Controls } from './Controls';
import { ExportBar } from './ExportBar';
import { Profile } from './Profile';

/** Performance mark set when the list first shows (scripts/measure-popup.mjs reads it). */
export const LIST_SHOWN_MARK = 'attribution-lens:list-shown';

interface Props {
  tab: TabInfo;
  result: OkResult;
  initialChecks: ArticleChecks;
  settings: Settings;
  onSettings: (settings: Settings) => void;
  onScope: (scope: Scope) => void;
  mode: ViewMode;
  /** Where the reader was in this article's list (filter, search, open Check panels, scroll). */
  initialPlace: ReaderPlace;
}

/** Scroll positions are saved at most this often while the reader scrolls. */
const SCROLL_SAVE_MS = 250;

export function ReportView({ tab, result, initialChecks, settings, onSettings, onScope, mode, initialPlace }: Props) {
  const pageMode = mode === 'page';
  const { report, located, domains, analysisId } = result;
  const profile = useMemo(() => sourcingProfile(report.attributions), [report]);
  const [checks, setChecks] = useState(initialChecks);
  const [kinds, setKinds] = useState<ReadonlySet<SourceKind>>(new Set(initialPlace.kinds));
  const [query, setQuery] = useState(initialPlace.query);
  const [openChecks, setOpenChecks] = useState<readonly number[]>(initialPlace.openChecks);
  const [announcement, setAnnouncement] = useState('');
  const [unlinked, setUnlinked] = useState(false);
  const claims = useMemo(() => filterClaims(report.attributions, { kinds, query, unlinked }), [report, kinds, query, unlinked]);
  const linked = useMemo(() => report.attributions.filter((a) => a.links?.length).length, [report]);
  const meta = [report.byline, report.siteName, report.published?.slice(0, 10)].filter(Boolean).join(' · ');
  // A report opened as a page is a tab among others: its title says which article it is about.
  useEffect(() => {
    if (pageMode) document.title = report.title ? `${report.title} — ${t('extName')}` : t('extName');
  }, [pageMode, report.title]);

  const articleUrl = report.url ?? tab.url ?? '';

  // The reader's place, saved on every change (a popup closes without warning when a search tab opens).
  const place = useRef<ReaderPlace>(initialPlace);
  const keepPlace = (change: Partial<ReaderPlace>): void => {
    place.current = { ...place.current, ...change };
    savePlace(articleUrl, place.current).catch(() => undefined);
  };
  useEffect(() => {
    keepPlace({ kinds: [...kinds], query, openChecks: [...openChecks] });
  }, [kinds, query, openChecks]);
  useEffect(() => {
    performance.mark(LIST_SHOWN_MARK, { detail: result.timings ?? null });
    if (initialPlace.scrollY) window.scrollTo(0, initialPlace.scrollY);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = (): void => {
      timer ??= setTimeout(() => {
        timer = undefined;
        keepPlace({ scrollY: window.scrollY });
      }, SCROLL_SAVE_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      clearTimeout(timer);
    };
  }, []);
  const toggleCheck = (index: number): void =>
    setOpenChecks((open) => (open.includes(index) ? open.filter((i) => i !== index) : [...open, index]));
  // The kind filter applies to the page's highlights too. The analysis already showed every kind,
  // so an empty filter at first is not sent again (a filter restored from the reader's place is).
  const kindsSent = useRef(false);
  useEffect(() => {
    if (!kindsSent.current && kinds.size === 0) return;
    kindsSent.current = true;
    sendToTab(tab.id, { type: 'set-kinds', kinds: [...kinds] }).catch(() => undefined);
  }, [kinds]);

  const onCheck = (key: string, check: ClaimCheck): void => {
    setChecks((current) => withCheck(current, key, check));
    saveCheck(articleUrl, key, check).then(() => setAnnouncement(t('saved')), () => setAnnouncement(t('saveFailed')));
  };
  const onShow = async (index: number): Promise<void> => {
    if (pageMode) {
      // The report has a tab of its own: bring the article forward to show the sentence.
      await browser.tabs.update(tab.id, { active: true }).catch(() => undefined);
      if (tab.windowId !== null) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    }
    const { shown } = await sendToTab(tab.id, { type: 'show', analysisId, index }).catch(() => ({ shown: false }));
    if (!shown) setAnnouncement(t('notInPage'));
  };
  const onHighlights = (on: boolean): void => {
    onSettings({ ...settings, highlights: on });
    sendToTab(tab.id, { type: 'set-highlights', on }).catch(() => undefined);
  };
  const toggleKind = (kind: SourceKind): void => {
    const next = new Set(kinds);
    if (!next.delete(kind)) next.add(kind);
    setKinds(next);
  };
  const openAsPage = async (): Promise<void> => {
    await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tabId=${tab.id}`) });
    if (mode === 'popup') window.close();
  };
  const keepOpenBeside = (): void => {
    // First, while the click still counts as the reader's gesture.
    openBeside(tab.windowId).then(() => window.close(), (error: unknown) => {
      console.warn('Attribution Lens: the side panel did not open', error);
      setAnnouncement(t('besideFailed'));
    });
  };

  return (
    <>
      <header class="report-head">
        <h1 class="title">{report.title || t('extName')}</h1>
        {!pageMode && (
          <span class="head-actions">
            {mode === 'popup' && canOpenBeside() && (
              <button type="button" class="link-button" data-action="keep-open" onClick={keepOpenBeside}>{t('keepOpenBeside')}</button>
            )}
            {/* The accessible name is the visible label (WCAG 2.5.3); the longer wording is its description. */}
            <button type="button" class="link-button" title={t('openAsPageLabel')} onClick={() => void openAsPage()}>
              {t('openAsPage')}
            </button>
          </span>
        )}
      </header>
      {meta && <p class="article-meta">{meta}</p>}
      {result.scope === 'page' ? (
        <p class="notice">
          {t('wholePageNotice')}{' '}
          <button type="button" class="link-button" onClick={() => onScope('article')}>{t('analyzeArticleOnly')}</button>
        </p>
      ) : !result.readerable && (
        <p class="notice">
          {t('notReaderableNotice')}{' '}
          <button type="button" class="link-button" onClick={() => onScope('page')}>{t('analyzeWholePage')}</button>
        </p>
      )}
      {report.truncated && <p class="notice" data-notice="truncated">{t('truncatedNotice', report.attributions.length.toLocaleString())}</p>}
      <Profile profile={profile} linked={linked} unlinkedOnly={unlinked} onUnlinkedOnly={setUnlinked} />
      <Controls
        order={settings.order}
        onOrder={(order) => onSettings({ ...settings, order })}
        highlights={settings.highlights}
        onHighlights={onHighlights}
        kindCounts={profile.byKind}
        kinds={kinds}
        onToggleKind={toggleKind}
        query={query}
        onQuery={setQuery}
      />
      {report.attributions.length === 0 ? (
        <p class="empty">{t('emptyList')}</p>
      ) : claims.length === 0 ? (
        <p class="empty">
          {t('noMatches')}{' '}
          <button type="button" class="link-button" onClick={() => { setKinds(new Set()); setQuery(''); setUnlinked(false); }}>{t('clearFilter')}</button>
        </p>
      ) : (
        <ClaimList
          claims={claims} order={settings.order} located={located} domains={domains} lang={report.lang} checks={checks}
          onCheck={onCheck} onShow={(i) => void onShow(i)} openChecks={openChecks} onToggleCheck={toggleCheck}
        />
      )}
      <ExportBar report={withReaderChecks(report, checks)} announce={setAnnouncement} />
      <AutoAnalyzeToggle url={tab.url} />
      <p class="announcer" role="status" aria-live="polite">{announcement}</p>
    </>
  );
}
