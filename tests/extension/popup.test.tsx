// @vitest-environment jsdom
// The popup rendered with Preact in jsdom, against a fake browser whose content script answers with
// hand-written reports shaped like the engine's output (tests/fixtures/report-*.json).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Report } from '../../src/report/report';
import { READER_CSV_COLUMNS, toCsv } from '../../src/report/csv';
import type { AnalysisResult, ContentRequest } from '../../src/shared/messages';
import { claimKey, storageKey } from '../../src/popup/checks';
import { SETTINGS_KEY } from '../../src/popup/settings';
import type { ViewMode } from '../../src/popup/load';
import seed from '../fixtures/report-seed.json';
import hostile from '../fixtures/report-hostile.json';
import { createFakeBrowser, getMessage, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser;
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, key) => fake.api[key as string] }) }));
const { App } = await import('../../src/popup/components/App');
// The Check panel's stop words load on demand (a chunk per language in the build; the lazy path runs in
// the end-to-end tests); here they are loaded first, so a panel renders its searches at once.
const { loadStopwords } = await import('../../src/popup/stopwords');
await Promise.all((['en', 'fr', 'de', 'es', 'pt'] as const).map((code) => loadStopwords(code)));
const { forgetKnownChecks } = await import('../../src/popup/storage');

const SEED = seed as Report;
const ARTICLE_URL = 'https://news.example/2016/07/has-the-caliphate-begun-to-crack';

function okResult(report: Report, scope: 'article' | 'page' = 'article'): AnalysisResult {
  const domain = (name: string | null) => ({ Reuters: 'reuters.com', 'the Free Beacon': 'freebeacon.com' } as Record<string, string>)[name ?? ''] ?? null;
  return {
    status: 'ok', analysisId: 3, scope, readerable: true, report, located: report.attributions.map((_, i) => i !== 2),
    domains: report.attributions.map((a) => ({ source: domain(a.source), via: domain(a.via) })),
  };
}

/** The content script's answers: `analyze` answers `analysis()` (a function, so tests can change it). */
function contentScript(analysis: (request: ContentRequest) => AnalysisResult | Error) {
  fake.onTabMessage = (_tabId, message) => {
    const request = message as ContentRequest;
    switch (request.type) {
      case 'ping': return { alive: true };
      case 'analyze': return analysis(request);
      case 'set-highlights': return { on: request.on };
      case 'show': return { shown: true };
    }
  };
}

let container: HTMLElement;

async function waitFor<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value) return value;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function mount(requestedTabId: number | null = null, mode: ViewMode = requestedTabId === null ? 'popup' : 'page'): Promise<string> {
  await act(() => {
    render(<App mode={mode} requestedTabId={requestedTabId} />, container);
  });
  return waitFor(() => {
    const state = container.querySelector('main')?.dataset.state;
    return state !== 'loading' && state;
  }, 'the popup to settle');
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const text = (selector: string) => $(selector)?.textContent ?? null;
const msg = (key: string, ...subs: string[]) => getMessage(key, subs);
const click = (el: Element | null) => act(() => {
  (el as HTMLElement).click();
});
const groupOf = (source: string) => $$('.group').find((g) => g.querySelector('.group-source')?.textContent === source);
const calls = (method: string) => fake.calls.filter((c) => c.method === method);
const sentRequests = () => calls('tabs.sendMessage').map((c) => c.args[1] as ContentRequest);

beforeEach(() => {
  fake = createFakeBrowser();
  forgetKnownChecks();
  fake.activeTab = { id: 7, windowId: 1, url: ARTICLE_URL };
  contentScript(() => okResult(SEED));
  container = document.createElement('div');
  document.body.replaceChildren(container);
});

afterEach(async () => {
  await act(() => {
    render(null, container);
  });
});

// Preact runs effects after the next frame, with a 100 ms timer as the fallback, which calls
// cancelAnimationFrame when it fires. A render from a promise that settled after a test's last act()
// leaves such a timer behind; if it fires after the file's jsdom is torn down, cancelAnimationFrame is
// gone and vitest reports an unhandled ReferenceError (seen once in CI on a loaded machine). So the
// file ends only after those timers have run.
const PREACT_FRAME_FALLBACK_MS = 100;
afterAll(() => new Promise((resolve) => setTimeout(resolve, PREACT_FRAME_FALLBACK_MS + 50)));

describe('the list', () => {
  test('groups by source with a kind badge in words, the cue with its time, and the chain', async () => {
    expect(await mount()).toBe('ready');
    expect(text('h1.title')).toBe("Has the 'caliphate' begun to crack?");
    const groups = $$('.group').map((g) => [g.querySelector('.group-source')!.textContent, g.querySelector('.group-head .kind-badge')!.textContent]);
    expect(groups).toContainEqual(['the Free Beacon', msg('kindOutlet')]);
    expect(groups).toContainEqual(['two sources', msg('kindAnonymous')]);
    expect(groups).toContainEqual(['Major General Najm al-Jubbouri', msg('kindPerson')]);
    // Most cited first (two statements), then in reading order.
    expect(groups.slice(0, 2).map((g) => g[0])).toEqual(['Ahmed Al-Jubouri', 'two sources']);
    const daesh = groupOf('Daesh Daily')!;
    expect(daesh.querySelector('.claim-cue')!.textContent).toBe('reported Friday');
    expect(daesh.querySelector('.claim-via')!.textContent).toBe('via the Free Beacon');
    expect(daesh.querySelector('.claim-text')!.textContent).toBe('This is the largest synchronized attack since ISIS occupied the city in 2014');
    expect(groupOf('Reuters')!.querySelector('.claim-via')).toBeNull();
    // A quotation that runs on is one claim: its later sentence is in the claim, not a card of its own.
    const quoted = groupOf('Major General Najm al-Jubbouri')!;
    expect(quoted.querySelectorAll('.claim')).toHaveLength(1);
    expect(quoted.querySelector('.claim-text')!.textContent).toBe('They are harsh, but they are not strong … Their hosts reject them.');
  });

  test('a list the engine cut at its limit says so; a whole list says nothing', async () => {
    await mount();
    expect($('[data-notice="truncated"]')).toBeNull();
    render(null, container);
    contentScript(() => okResult({ ...SEED, truncated: true }));
    await mount();
    expect(text('[data-notice="truncated"]')).toBe(msg('truncatedNotice', SEED.attributions.length.toLocaleString()));
    expect(text('[data-notice="truncated"]')).toContain(String(SEED.attributions.length));
  });

  test('the sourcing profile counts each category, second-hand statements, and lists the outlets', async () => {
    await mount();
    const figure = (name: string) => text(`[data-figure="${name}"]`);
    const of = (...kinds: string[]) => String(SEED.attributions.filter((a) => kinds.includes(a.sourceKind)).length);
    expect(figure('total')).toBe(String(SEED.attributions.length));
    expect(figure('people-organizations')).toBe(of('person', 'organization'));
    expect(figure('outlet-statements')).toBe(of('outlet'));
    expect(figure('documents')).toBe(of('document'));
    expect(figure('anonymous')).toBe(of('anonymous'));
    expect(figure('named')).toBeNull(); // "Named sources" mixed documents and outlets in: gone
    // Each category is labelled, and the key says what it counts.
    const labels = $$('.profile-figures dt').map((dt) => dt.textContent);
    expect(labels).toEqual([msg('profileTotal'), msg('profilePeopleOrganizations'), msg('profileOutletStatements'),
      msg('profileDocuments'), msg('profileAnonymous'), msg('profileSecondHand'), msg('profileLinked'), msg('profileUnlinked')]);
    expect(text('.profile-key summary')).toBe(msg('profileKeySummary'));
    expect($$('.profile-key dd').map((dd) => dd.textContent)).toEqual([msg('profileKeyPeople'), msg('profileKeyOutlets'),
      msg('profileKeyDocuments'), msg('profileKeyAnonymous'), msg('profileSecondHandHint')]);
    expect($('.profile-bar')!.getAttribute('aria-label')).toBe(msg('profileBarLabel', of('person', 'organization'), of('outlet'), of('document'), of('anonymous')));
    expect(figure('second-hand')).toBe(String(SEED.attributions.filter((a) => a.via).length));
    expect(figure('outlets')).toContain('the Free Beacon');
    expect(figure('outlets')).toContain('Reuters');
  });

  test('the kind filter reaches the page\'s highlights: the analysis shows every kind, each change is sent', async () => {
    await mount();
    expect(sentRequests().find((r) => r.type === 'analyze')).toMatchObject({ kinds: [] });
    expect(sentRequests().filter((r) => r.type === 'set-kinds')).toEqual([]); // nothing to repeat at first
    await click($('button.kind-toggle[data-kind="person"]'));
    await click($('button.kind-toggle[data-kind="anonymous"]'));
    await waitFor(() => sentRequests().filter((r) => r.type === 'set-kinds').length === 2, 'two set-kinds');
    expect(sentRequests().filter((r) => r.type === 'set-kinds').at(-1)).toEqual({ type: 'set-kinds', kinds: ['person', 'anonymous'] });
    await click($('button.kind-toggle[data-kind="person"]'));
    await click($('button.kind-toggle[data-kind="anonymous"]'));
    await waitFor(() => sentRequests().filter((r) => r.type === 'set-kinds').length === 4, 'four set-kinds');
    expect(sentRequests().at(-1)).toEqual({ type: 'set-kinds', kinds: [] });
  });

  test('accessible names: "Open as a page" is named by its visible label; group counts are text a screen reader reads', async () => {
    await mount();
    const open = $$('button').find((b) => b.textContent === msg('openAsPage'))!;
    expect(open).toBeDefined();
    expect(open.hasAttribute('aria-label')).toBe(false);
    expect(open.title).toBe(msg('openAsPageLabel'));
    const count = groupOf('Ahmed Al-Jubouri')!.querySelector('.group-count')!;
    expect(count.hasAttribute('aria-label')).toBe(false);
    expect(count.querySelector('[aria-hidden="true"]')!.textContent).toBe('2');
    expect(count.querySelector('.visually-hidden')!.textContent).toBe(msg('groupCountLabel', '2'));
  });

  test('filter by kind and search within the list; clear the filter', async () => {
    await mount();
    await click($('button.kind-toggle[data-kind="person"]'));
    expect($('button.kind-toggle[data-kind="person"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(new Set($$('.claim').map((c) => c.dataset.kind))).toEqual(new Set(['person']));
    await click($('button.kind-toggle[data-kind="person"]'));
    const search = $('input.search') as HTMLInputElement;
    await act(() => {
      search.value = 'sumaria posters';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($$('.claim').map((c) => c.querySelector('.claim-text')!.textContent)).toEqual([
      'Daesh militia are looking for unknown people in Mosul who tore up Daesh posters',
    ]);
    await act(() => {
      search.value = 'zebra';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(text('.empty')).toContain(msg('noMatches'));
    await click([...container.querySelectorAll('.empty button')][0]!);
    expect($$('.claim')).toHaveLength(SEED.attributions.length);
  });

  test('reading order lists every statement with its source, and the choice is remembered', async () => {
    await mount();
    await click(container.querySelector('input[name="order"][value="reading"]'));
    const items = $$('ol.claims > .claim');
    expect(items.map((c) => Number(c.dataset.index))).toEqual(SEED.attributions.map((_, i) => i));
    expect(items[0]!.querySelector('.claim-source')!.textContent).toBe('two sources');
    expect(items[0]!.querySelector('.kind-badge')!.textContent).toBe(msg('kindAnonymous'));
    await waitFor(() => (fake.store[SETTINGS_KEY] as { order?: string } | undefined)?.order === 'reading', 'settings saved');
  });

  test('Show in page asks the content script for that analysis\' sentence; sentences not in the page cannot be shown', async () => {
    await mount();
    const buttons = $$('.claim').map((c) => [Number(c.dataset.index), c.querySelector<HTMLButtonElement>('button.show')!] as const);
    expect(buttons.find(([i]) => i === 2)![1].disabled).toBe(true);
    await click(buttons.find(([i]) => i === 10)![1]);
    await waitFor(() => sentRequests().some((r) => r.type === 'show'), 'a show request');
    expect(sentRequests().find((r) => r.type === 'show')).toEqual({ type: 'show', analysisId: 3, index: 10 });
    expect(buttons[0]![1].getAttribute('aria-label')).toMatch(/^Show in page: /);
  });

  test('Highlight in page switches the page\'s highlights', async () => {
    await mount();
    expect(sentRequests().find((r) => r.type === 'analyze')).toMatchObject({ highlights: true });
    await click(container.querySelector('.switch input[type="checkbox"]'));
    expect(sentRequests().at(-1)).toEqual({ type: 'set-highlights', on: false });
  });
});

describe('links and article metadata', () => {
  /** The seed with links on its first two statements (one of them hostile), and its metadata. */
  const LINKED: Report = {
    ...SEED, byline: 'Jane <b>Doe</b>', siteName: 'News Example', published: '2016-07-08T09:00:00-04:00',
    attributions: SEED.attributions.map((a, i) => ({
      ...a, whenDate: null,
      links: i === 0 ? [{ href: 'https://freebeacon.com/national-security/caliphate/', text: 'the Free Beacon' }, { href: 'https://example.org/b', text: 'b' }]
        : i === 1 ? [{ href: 'javascript:window.__pwned=5', text: 'x' }] : [],
    })),
  };

  test('the header shows byline, publication and date; the profile counts linked and unlinked statements', async () => {
    contentScript(() => okResult(LINKED));
    await mount();
    expect(text('.article-meta')).toBe('Jane <b>Doe</b> · News Example · 2016-07-08');
    expect(container.querySelectorAll('b').length).toBe(0);
    expect(text('[data-figure="linked"]')).toBe('2');
    expect(text('[data-figure="unlinked"]')).toBe(String(SEED.attributions.length - 2));
  });

  test('a linked claim has a mark and "Open the source", a web link opened apart from the extension; a link that is not a web address is never one', async () => {
    contentScript(() => okResult(LINKED));
    await mount();
    await click(container.querySelector('input[name="order"][value="reading"]'));
    const [first, second] = $$('.claim');
    const open = first!.querySelector<HTMLAnchorElement>('a.open-source')!;
    expect(open.textContent).toBe(msg('openSource'));
    expect(open.getAttribute('href')).toBe('https://freebeacon.com/national-security/caliphate/');
    expect([open.target, open.rel]).toEqual(['_blank', 'noopener noreferrer']);
    expect(first!.querySelector('.link-mark')!.getAttribute('title')).toBe(msg('linkMark', 'https://freebeacon.com/national-security/caliphate/'));
    expect(second!.querySelector('.link-mark, a.open-source')).toBeNull();
    expect($$('.claim').filter((c) => c.querySelector('a.open-source')).length).toBe(1);
  });

  test('the filter shows only the statements without a link, and clearing the filter brings back the rest', async () => {
    contentScript(() => okResult(LINKED));
    await mount();
    await click(container.querySelector('input[name="order"][value="reading"]'));
    expect($$('.claim').length).toBe(SEED.attributions.length);
    await click($('input[data-filter="unlinked"]'));
    expect($$('.claim').map((c) => Number(c.dataset.index))).toEqual(SEED.attributions.map((_, i) => i).filter((i) => i !== 0 && i !== 1));
    expect($$('.claim a.open-source')).toEqual([]);
  });

  test('with no metadata and no links there is no header line and no filter', async () => {
    await mount();
    expect($('.article-meta')).toBeNull();
    expect($('input[data-filter="unlinked"]')).toBeNull();
    expect(text('[data-figure="linked"]')).toBe('0');
  });
});

describe('Check: the corroboration prompt', () => {
  test('offers searches in new tabs and keeps the reader\'s status and note per article', async () => {
    await mount();
    const claim = groupOf('Reuters')!.querySelector('.claim')!;
    const check = claim.querySelector<HTMLButtonElement>('button.check')!;
    expect(check.getAttribute('aria-expanded')).toBe('false');
    await click(check);
    expect(check.getAttribute('aria-expanded')).toBe('true');
    const panel = container.querySelector(`#${check.getAttribute('aria-controls')}`)!;
    const links = [...panel.querySelectorAll('a')];
    expect(links.map((a) => a.dataset.search)).toEqual(['news', 'factcheck', 'site']);
    expect(links.every((a) => a.target === '_blank' && a.rel.includes('noopener'))).toBe(true);
    expect(links[2]!.textContent).toContain('reuters.com');

    await click(panel.querySelector('input[value="disputed"]'));
    expect(claim.querySelector('.status-chip')!.textContent).toBe(`Status: ${msg('statusDisputed')}`);
    const key = claimKey(SEED.attributions.find((a) => a.source === 'Reuters')!);
    await waitFor(() => (fake.store[storageKey(ARTICLE_URL)] as { checks?: Record<string, unknown> } | undefined)?.checks?.[key], 'the status saved');
    expect(fake.store[storageKey(ARTICLE_URL)]).toMatchObject({ version: 1, checks: { [key]: { status: 'disputed', note: '' } } });

    const note = panel.querySelector('textarea')!;
    await act(() => {
      note.value = 'AP reports the opposite';
      note.dispatchEvent(new Event('input', { bubbles: true }));
      note.dispatchEvent(new Event('blur'));
    });
    await waitFor(() => (fake.store[storageKey(ARTICLE_URL)] as { checks: Record<string, { note: string }> }).checks[key]!.note === 'AP reports the opposite', 'the note saved');

    // A keystroke is stored at once, without a blur, a pause or the panel closing.
    await act(() => {
      note.value = 'AP reports the opposite!';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect((fake.store[storageKey(ARTICLE_URL)] as { checks: Record<string, { note: string }> }).checks[key]!.note).toBe('AP reports the opposite!');

    // Reopened: the status is shown again.
    render(null, container);
    await mount();
    expect(groupOf('Reuters')!.querySelector('.status-chip')!.textContent).toBe(`Status: ${msg('statusDisputed')}`);
  });

  test('a status chosen and a note typed at once, before the popup renders again, are both kept', async () => {
    await mount();
    const claim = groupOf('Reuters')!.querySelector('.claim')!;
    await click(claim.querySelector<HTMLButtonElement>('button.check'));
    const panel = container.querySelector(`#${claim.querySelector('button.check')!.getAttribute('aria-controls')}`)!;
    const key = claimKey(SEED.attributions.find((a) => a.source === 'Reuters')!);
    // Both events in one task: no render between them (a quick reader, or a busy machine).
    const radio = panel.querySelector<HTMLInputElement>('input[value="disputed"]')!;
    const note = panel.querySelector('textarea')!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    note.value = 'seen elsewhere';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    const stored = () => (fake.store[storageKey(ARTICLE_URL)] as { checks?: Record<string, { status: string; note: string }> } | undefined)?.checks?.[key];
    await waitFor(() => stored()?.note === 'seen elsewhere', 'the note saved');
    await act(() => undefined);
    expect(stored()).toMatchObject({ status: 'disputed', note: 'seen elsewhere' });
  });

  test('the searches are asked in the article\'s language (the report\'s lang)', async () => {
    const hrefs = async (report: Report): Promise<URL[]> => {
      render(null, container);
      fake.session = {}; // a new browser session: no Check panel left open from the last run
      contentScript(() => okResult(report));
      await mount();
      const check = groupOf('Reuters')!.querySelector<HTMLButtonElement>('button.check')!;
      await click(check);
      return [...container.querySelectorAll<HTMLAnchorElement>(`#${check.getAttribute('aria-controls')} a`)].map((a) => new URL(a.href));
    };
    const [news, factcheck, site] = await hrefs({ ...SEED, lang: 'fr', languageSupported: true });
    expect(news!.searchParams.get('ceid')).toBe('FR:fr');
    expect(factcheck!.pathname.endsWith(';hl=fr')).toBe(true);
    expect(site!.searchParams.get('kl')).toBe('fr-fr');
    // A report without a language (the seed has none): the English searches, with no language or region.
    expect(SEED.lang).toBeUndefined();
    const [enNews, enFactcheck, enSite] = await hrefs(SEED);
    expect(enNews!.searchParams.has('hl')).toBe(false);
    expect(enFactcheck!.pathname).not.toContain(';');
    expect(enSite!.searchParams.has('kl')).toBe(false);
  });

  test('garbage where the statuses are stored does not break the popup', async () => {
    fake.store[storageKey(ARTICLE_URL)] = { version: 1, checks: { zzz: 'x', '0000000a': { status: 42 } } };
    fake.store[SETTINGS_KEY] = 'not settings';
    expect(await mount()).toBe('ready');
    expect($$('.status-chip').every((c) => c.textContent === `Status: ${msg('statusUnchecked')}`)).toBe(true);
  });
});

describe('untrusted article text', () => {
  test('markup in titles, sources, cues and claims is shown as text and never becomes elements', async () => {
    contentScript(() => okResult(hostile as Report));
    await mount();
    expect(text('h1.title')).toBe((hostile as Report).title);
    await click(container.querySelector('input[name="order"][value="reading"]'));
    const page = container.textContent!;
    for (const literal of ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">', 'Mayor <b>Jane</b> Smith',
      'said <i>loudly</i> <u>Tuesday</u>', '<svg onload="window.__pwned=3">', 'via <a href="javascript:window.__pwned=4">the Beacon</a>']) {
      expect(page).toContain(literal);
    }
    expect(container.querySelectorAll('script, img:not(.brand img), svg, b, i, u, iframe').length).toBe(0);
    expect([...container.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('javascript:'))).toEqual([]);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('states', () => {
  test.each([
    ['chrome://settings/', 'restrictedBrowser'],
    ['https://chromewebstore.google.com/detail/x', 'restrictedStore'],
    ['https://example.com/paper.pdf', 'restrictedPdf'],
  ])('%s: says why, and injects nothing', async (url, bodyKey) => {
    fake.activeTab = { id: 7, windowId: 1, url };
    expect(await mount()).toBe('restricted');
    expect(text('h1')).toBe(msg('restrictedTitle'));
    expect(text('.state p')).toBe(msg(bodyKey));
    expect(calls('scripting.executeScript')).toEqual([]);
  });

  test('a page the browser refuses to script reads as restricted, not as an exception', async () => {
    fake.onTabMessage = () => new Error('Could not establish connection. Receiving end does not exist.');
    (fake.api.scripting as Record<string, unknown>).executeScript = async () => {
      throw new Error('Cannot access contents of the page.');
    };
    expect(await mount()).toBe('restricted');
    expect(container.textContent).not.toContain('Cannot access');
  });

  test('first visit: the content script is injected before the analysis, its styles after', async () => {
    let injected = false;
    fake.onTabMessage = (_id, message) => {
      const request = message as ContentRequest;
      if (!injected) return new Error('Receiving end does not exist.');
      return request.type === 'analyze' ? okResult(SEED) : { alive: true };
    };
    (fake.api.scripting as Record<string, unknown>).executeScript = async (details: unknown) => {
      fake.calls.push({ method: 'scripting.executeScript', args: [details] });
      injected = true;
    };
    expect(await mount()).toBe('ready');
    expect(calls('scripting.insertCSS').map((c) => c.args[0])).toEqual([{ target: { tabId: 7 }, files: ['highlight.css'] }]);
    expect(calls('scripting.executeScript').map((c) => c.args[0])).toEqual([{ target: { tabId: 7 }, files: ['content.js'] }]);
    // The styles restyle the whole page: they go in once the analysis (which reads computed styles) has answered.
    const order = fake.calls.map((c) => (c.method === 'tabs.sendMessage' ? (c.args[1] as ContentRequest).type : c.method));
    expect(order.indexOf('scripting.insertCSS')).toBeGreaterThan(order.indexOf('analyze'));
  });

  test('an error offers a retry, which analyzes again', async () => {
    let fail = true;
    contentScript(() => (fail ? { status: 'error', message: 'TypeError: x is undefined' } : okResult(SEED)));
    expect(await mount()).toBe('error');
    expect(text('h1')).toBe(msg('errorTitle'));
    expect(container.textContent).not.toContain('TypeError');
    fail = false;
    await click(container.querySelector('.state button'));
    await waitFor(() => container.querySelector('main')?.dataset.state === 'ready', 'ready after retry');
  });

  test('no article: "Analyze the whole page" analyzes with scope page', async () => {
    contentScript((request) => (request.type === 'analyze' && request.scope === 'page'
      ? okResult({ ...SEED, attributions: [] }, 'page')
      : { status: 'no-article', scope: 'article', readerable: false, title: 'Sign in', url: ARTICLE_URL }));
    expect(await mount()).toBe('no-article');
    await click(container.querySelector('.state button'));
    await waitFor(() => container.querySelector('main')?.dataset.state === 'ready', 'the whole page analyzed');
    expect(sentRequests().filter((r) => r.type === 'analyze').map((r) => (r as { scope: string }).scope)).toEqual(['article', 'page']);
    expect(text('.notice')).toContain(msg('wholePageNotice'));
    expect(text('.empty')).toBe(msg('emptyList'));
  });

  test('popup.html?tabId=N reports on that tab, with no "Open as a page" button', async () => {
    fake.activeTab = { id: 42, windowId: 3, url: ARTICLE_URL };
    expect(await mount(42)).toBe('ready');
    expect(sentRequests()[0]).toEqual({ type: 'ping' });
    expect(calls('tabs.sendMessage').every((c) => c.args[0] === 42)).toBe(true);
    expect(container.querySelector('.report-head button')).toBeNull();
    // The tab is titled with the article's title.
    expect(document.title).toBe(`${SEED.title} — ${msg('extName')}`);
  });

  test('a closed tab (popup.html?tabId=N after the tab went away) is an error with a retry', async () => {
    expect(await mount(999)).toBe('error');
    expect(container.querySelector('.state button')).not.toBeNull();
  });

  test.each([
    ['cs', 'Czech'],
    ['und', null],
  ])('an article in a language no pack reads (%s) says so, with the languages read, and lists nothing', async (lang, name) => {
    contentScript(() => okResult({ ...SEED, lang, languageSupported: false, attributions: [] }));
    expect(await mount()).toBe('unsupported-language');
    expect(text('h1')).toBe(name ? msg('unsupportedTitle', name) : msg('unsupportedUnknownTitle'));
    expect(text('.state p')).toBe(msg('unsupportedBody', 'English, French, German, Spanish, and Portuguese'));
    expect($('.group')).toBeNull();
    await waitFor(() => calls('action.setBadgeText').length, 'the badge');
    expect(calls('action.setBadgeText')[0]!.args[0]).toEqual({ tabId: 7, text: '' });
  });

  test('the toolbar badge shows the count after the popup analyzes', async () => {
    await mount();
    await waitFor(() => calls('action.setBadgeText').length, 'the badge');
    expect(calls('action.setBadgeText')[0]!.args[0]).toEqual({ tabId: 7, text: String(SEED.attributions.length) });
  });
});

describe('start', () => {
  test('the entry point starts the analysis before the first render, and the popup uses it: one analysis, not two', async () => {
    const { startLoading } = await import('../../src/popup/components/App');
    const first = startLoading('popup', null);
    await act(() => {
      render(<App mode="popup" requestedTabId={null} first={first} />, container);
    });
    await waitFor(() => $('main')!.dataset.state === 'ready', 'the list');
    expect(sentRequests().filter((r) => r.type === 'analyze')).toHaveLength(1);
    render(null, container);
  });
});

describe('the reader\'s place', () => {
  test('reopened on the same article, the popup keeps the kind filter, the search and the open Check panel', async () => {
    await mount();
    await click($('button.kind-toggle[data-kind="outlet"]'));
    const search = $('input.search') as HTMLInputElement;
    await act(() => {
      search.value = 'reuters';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(groupOf('Reuters')!.querySelector('button.check'));
    expect(groupOf('Reuters')!.querySelector('.check-panel')).not.toBeNull();

    render(null, container); // a search link opened a tab: the popup closed
    await mount();
    expect(($('input.search') as HTMLInputElement).value).toBe('reuters');
    expect($('button.kind-toggle[data-kind="outlet"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(groupOf('Reuters')!.querySelector('button.check')!.getAttribute('aria-expanded')).toBe('true');
    expect(groupOf('Reuters')!.querySelector('.check-panel')).not.toBeNull();

    // Another article starts from the top, with nothing filtered.
    render(null, container);
    fake.activeTab = { id: 8, windowId: 1, url: 'https://news.example/another' };
    contentScript(() => okResult({ ...SEED, url: 'https://news.example/another' }));
    await mount();
    expect(($('input.search') as HTMLInputElement).value).toBe('');
    expect($$('.check-panel')).toHaveLength(0);
  });
});

describe('the side panel', () => {
  test('follows its window\'s active tab: a tab switch or a finished load reads the tab shown', async () => {
    expect(await mount(null, 'panel')).toBe('ready');
    expect($('main')!.className).toBe('panel');
    expect($('[data-action="keep-open"]')).toBeNull(); // already beside the article
    const analyses = () => sentRequests().filter((r) => r.type === 'analyze').length;
    const before = analyses();

    fake.activeTab = { id: 9, windowId: 1, url: 'https://news.example/second' };
    contentScript(() => okResult({ ...SEED, url: 'https://news.example/second', title: 'Second article' }));
    await act(async () => fake.emit('tabs.onActivated', { tabId: 9, windowId: 1 }));
    await waitFor(() => text('h1.title') === 'Second article', 'the second tab\'s report');
    expect(calls('tabs.sendMessage').at(-1)!.args[0]).toBe(9);

    // A tab switch in another window is not this panel's.
    await act(async () => fake.emit('tabs.onActivated', { tabId: 5, windowId: 2 }));
    // The page reloads: read again once it has loaded.
    const afterSwitch = analyses();
    await act(async () => fake.emit('tabs.onUpdated', 9, { status: 'loading' }));
    expect(analyses()).toBe(afterSwitch);
    await act(async () => fake.emit('tabs.onUpdated', 9, { status: 'complete' }));
    await waitFor(() => analyses() > afterSwitch && $('main')!.dataset.state === 'ready', 'the reload');
    expect(afterSwitch).toBeGreaterThan(before);
  });

  test('back from a search tab, the article\'s list shows at once where the reader left it, without a new analysis', async () => {
    await mount(null, 'panel');
    await click(groupOf('Reuters')!.querySelector('button.check'));
    const analyses = () => sentRequests().filter((r) => r.type === 'analyze').length;
    // The search tab: the panel may not read it.
    fake.activeTab = { id: 20, windowId: 1 };
    await act(async () => fake.emit('tabs.onActivated', { tabId: 20, windowId: 1 }));
    await waitFor(() => $('main')!.dataset.state === 'needs-access', 'the search tab\'s state');
    const before = analyses();
    await act(async () => fake.emit('tabs.onRemoved', 20));
    fake.activeTab = { id: 7, windowId: 1, url: ARTICLE_URL };
    await act(async () => fake.emit('tabs.onActivated', { tabId: 7, windowId: 1 }));
    await waitFor(() => $('main')!.dataset.state === 'ready', 'the article again');
    expect(analyses()).toBe(before);
    expect(groupOf('Reuters')!.querySelector('.check-panel')).not.toBeNull();
    // After the article navigates, it is read anew.
    await act(async () => fake.emit('tabs.onUpdated', 7, { status: 'loading', url: `${ARTICLE_URL}?page=2` }));
    await act(async () => fake.emit('tabs.onUpdated', 7, { status: 'complete' }));
    await waitFor(() => analyses() > before && $('main')!.dataset.state === 'ready', 'the new page read');
  });

  test('a tab it may not read says how to give access; the popup\'s or the shortcut\'s message reads it then', async () => {
    fake.activeTab = { id: 11, windowId: 1 }; // no url: no access to this tab
    expect(await mount(null, 'panel')).toBe('needs-access');
    expect(text('h1')).toBe(msg('needsAccessTitle'));
    expect(sentRequests()).toHaveLength(0); // nothing was injected

    fake.activeTab = { id: 11, windowId: 1, url: ARTICLE_URL }; // the reader clicked the toolbar button
    await act(async () => fake.emit('runtime.onMessage', { type: 'panel-refresh', tabId: 11 }, { id: 'another-extension' }));
    expect($('main')!.dataset.state).toBe('needs-access'); // not from this extension: ignored
    await act(async () => fake.emit('runtime.onMessage', { type: 'panel-refresh', tabId: 11 }, { id: 'test' }));
    await waitFor(() => $('main')!.dataset.state === 'ready', 'the report after access was given');
  });

  test('the popup tells an open panel it read the tab, and "Keep open beside the article" opens the panel in its window', async () => {
    const opened: unknown[] = [];
    const chromeGlobal = globalThis as { chrome?: unknown };
    chromeGlobal.chrome = { sidePanel: { open: async (o: unknown) => { opened.push(o); } } };
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    try {
      await mount();
      expect(calls('runtime.sendMessage').map((c) => c.args[0])).toContainEqual({ type: 'panel-refresh', tabId: 7 });
      await click($('[data-action="keep-open"]'));
      await waitFor(() => close.mock.calls.length > 0, 'the popup to close');
      expect(opened).toEqual([{ windowId: 1 }]);
    } finally {
      delete chromeGlobal.chrome;
      close.mockRestore();
    }
  });
});

describe('exports', () => {
  test('Copy CSV puts the report writer\'s CSV on the clipboard; Download JSON saves the report', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => { copied.push(s); } } });
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    const downloads: string[] = [];
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    await mount();
    await click(container.querySelector('button[data-export="csv"][data-action="copy"]'));
    await waitFor(() => copied.length, 'the copy');
    // The reader's columns, without a byte-order mark on the clipboard.
    expect(copied[0]).toBe(toCsv([SEED], READER_CSV_COLUMNS));
    expect(copied[0]!.split('\r\n')[0]).toBe('url,title,byline,siteName,published,n,source,sourceKind,sourceMention,cue,when,whenDate,via,quote,continuedSentences,claim,sentence,links,check,checkNote');
    await waitFor(() => text('.announcer') === msg('copied', msg('formatCsv')), 'the announcement');

    await click(container.querySelector('button[data-export="json"][data-action="download"]'));
    expect(downloads).toEqual(['attribution-lens-has-the-caliphate-begun-to-crack.json']);
    // The report as analyzed, with the reader's checks alongside (none set here).
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ ...SEED, checks: SEED.attributions.map(() => null) });
    expect(blobs[0]!.type).toMatch(/^application\/json/);

    // A downloaded CSV starts with the UTF-8 byte-order mark (EF BB BF), then the same CSV.
    await click(container.querySelector('button[data-export="csv"][data-action="download"]'));
    const bytes = new Uint8Array(await blobs[1]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`\uFEFF${toCsv([SEED], READER_CSV_COLUMNS)}`);
    expect(downloads.at(-1)).toBe('attribution-lens-has-the-caliphate-begun-to-crack.csv');
  });

  test('Copy Markdown writes the report in the UI language\'s words (here the English catalogue)', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => { copied.push(s); } } });
    await mount();
    await click(container.querySelector('button[data-export="md"][data-action="copy"]'));
    await waitFor(() => copied.length, 'the copy');
    const md = copied[0]!;
    expect(md.startsWith(`# ${msg('mdHeading')}\n`)).toBe(true);
    expect(md).toContain(`**${msg('profileOutlets')}**`);
    // Kinds as the popup names them, not the CLI's lower-case English.
    expect(md).toContain(`(${msg('kindOutlet')})`);
    expect(md).not.toContain('(news outlet)');
    expect(md).toMatch(/\*\*Sourcing profile:\*\* \d+ attributed statements/);
  });
});
