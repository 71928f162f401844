// The popup's side of "Read the linked page", without a browser: the messages it exchanges with the
// background (validated both ways), what is kept in storage with the reader's finding (and older data
// still read), the passage as runs of plain and marked text.
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { isBlank, parseArticleChecks, parseEvidence, type StoredEvidence } from '../../src/popup/checks';
import { evidenceFrom, linkedPage, passageRuns } from '../../src/popup/evidence';
import { loadStopwords } from '../../src/popup/stopwords';
import { isEvidenceRequest, isLinkedPageAnswer, isOffscreenRequest } from '../../src/shared/messages';

vi.mock('webextension-polyfill', () => ({ default: {} }));

beforeAll(() => loadStopwords('en'));

const URL_A = 'https://example.org/report';

describe('messages', () => {
  test.each<[string, unknown, boolean]>([
    ['a read', { type: 'read-linked-page', url: URL_A, release: true }, true],
    ['an intent', { type: 'linked-page-intent', url: URL_A }, true],
    ['a read without release', { type: 'read-linked-page', url: URL_A }, false],
    ['a file address', { type: 'read-linked-page', url: 'file:///etc/passwd', release: false }, false],
    ['a javascript: address', { type: 'read-linked-page', url: 'javascript:alert(1)', release: false }, false],
    ['an address of 5000 characters', { type: 'read-linked-page', url: `https://x.org/${'a'.repeat(5000)}`, release: false }, false],
    ['another message type', { type: 'analyze-blocks', url: URL_A }, false],
    ['null', null, false],
  ])('isEvidenceRequest: %s → %s', (_name, message, ok) => expect(isEvidenceRequest(message)).toBe(ok));

  test('answers: read with text blocks, or unreachable with a known reason', () => {
    expect(isLinkedPageAnswer({ status: 'read', url: URL_A, title: 't', lang: null, blocks: ['a'] })).toBe(true);
    expect(isLinkedPageAnswer({ status: 'unreachable', reason: 'http-error', httpStatus: 404 })).toBe(true);
    expect(isLinkedPageAnswer({ status: 'unreachable', reason: 'gone' })).toBe(false);
    expect(isLinkedPageAnswer({ status: 'read', url: URL_A, title: 't', lang: null, blocks: [1] })).toBe(false);
    expect(isLinkedPageAnswer(undefined)).toBe(false);
  });

  test('the offscreen document answers only its own request type', () => {
    expect(isOffscreenRequest({ type: 'offscreen-read-page', html: '<p>', url: URL_A })).toBe(true);
    expect(isOffscreenRequest({ type: 'read-linked-page', url: URL_A, release: true })).toBe(false);
  });
});

describe('what the popup keeps', () => {
  const claim = { claim: 'the city council will close the Riverside library branch in September', sentence: 'x', quote: 'indirect' as const };

  test('a found passage with its marks; a redirect keeps the address read', () => {
    const e = evidenceFrom({ status: 'read', url: `${URL_A}?moved`, title: '', lang: 'en', blocks: ['Budget.', 'The city council will close the Riverside library branch in September.'] }, claim, 'en', URL_A, 5);
    expect(e).toMatchObject({ url: `${URL_A}?moved`, status: 'found', readAt: 5 });
    expect(e.marks.map((m) => e.passage.slice(m.start, m.end))).toEqual(['city', 'council', 'close', 'Riverside', 'library', 'branch', 'September']);
  });

  test('unreachable: the reason and status, no passage', () => {
    expect(evidenceFrom({ status: 'unreachable', reason: 'http-error', httpStatus: 404 }, claim, 'en', URL_A, 1))
      .toEqual({ url: URL_A, status: 'unreachable', reason: 'http-error', httpStatus: 404, passage: '', marks: [], readAt: 1 });
  });

  test('stored evidence is read back as far as it is valid; marks outside the passage dropped', () => {
    const raw = { url: URL_A, status: 'similar', passage: 'abc def', marks: [{ start: 0, end: 3 }, { start: 2, end: 5 }, { start: 4, end: 99 }], readAt: 3 };
    expect(parseEvidence(raw)).toEqual({ url: URL_A, status: 'similar', passage: 'abc def', marks: [{ start: 0, end: 3 }], readAt: 3 });
    expect(parseEvidence({ ...raw, url: 'javascript:alert(1)' })).toBeNull();
    expect(parseEvidence({ ...raw, status: 'proven' })).toBeNull();
  });

  test('older stored checks (no evidence) read as before; a bad evidence entry drops only the evidence', () => {
    const stored = parseArticleChecks({
      version: 1, url: URL_A,
      checks: { '0000000a': { status: 'corroborated', note: 'n', updatedAt: 1 }, '0000000b': { status: 'disputed', note: '', updatedAt: 2, evidence: { status: 'found' } } },
    }, URL_A);
    expect(stored.checks['0000000a']).toEqual({ status: 'corroborated', note: 'n', updatedAt: 1 });
    expect(stored.checks['0000000b']).toEqual({ status: 'disputed', note: '', updatedAt: 2 });
  });

  test('a check holding only evidence is kept (not blank)', () => {
    const evidence: StoredEvidence = { url: URL_A, status: 'not-found', passage: '', marks: [], readAt: 1 };
    expect(isBlank({ status: 'unchecked', note: '', evidence })).toBe(false);
    expect(isBlank({ status: 'unchecked', note: '' })).toBe(true);
  });
});

describe('rendering helpers', () => {
  test('passage runs: plain and marked text, in order, covering the passage once', () => {
    const runs = passageRuns('the <b>council</b> will close', [{ start: 7, end: 14 }, { start: 24, end: 29 }]);
    expect(runs).toEqual([{ text: 'the <b>', marked: false }, { text: 'council', marked: true }, { text: '</b> will ', marked: false }, { text: 'close', marked: true }]);
  });

  test('the link read is the first web link of the sentence', () => {
    expect(linkedPage({ links: [{ href: 'mailto:a@b.org', text: 'mail' }, { href: URL_A, text: 'report' }] })?.href).toBe(URL_A);
    expect(linkedPage({ links: [] })).toBeUndefined();
  });
});
