// "Read the linked page", the popup's side: asks for the link's one site (within the reader's click),
// has the background fetch and read the page (the popup itself never fetches), and matches the claim
// against the page's text (src/evidence/match.ts) in the article's language.
import browser from 'webextension-polyfill';
import type { Attribution, Link } from '../core/types';
import { matchEvidence } from '../evidence/match';
import { isLinkedPageAnswer, type EvidenceRequest, type LinkedPageAnswer } from '../shared/messages';
import { sitePattern } from '../shared/restricted';
import { PASSAGE_MAX_LENGTH, type StoredEvidence } from './checks';
import { evidenceLanguage } from './key-terms';

/** The link "Read the linked page" reads: the sentence's first web link whose site can be asked for. */
export function linkedPage(a: Pick<Attribution, 'links'>): Link | undefined {
  return a.links?.find((l) => sitePattern(l.href) !== null);
}

/**
 * Asks for `href`'s site and, once granted, for the page. Call it straight from the click (the browser
 * shows its prompt only within the reader's gesture): nothing is awaited before the request.
 * `allowedBefore`: the site was granted already (it is then kept; else it is given back after the read).
 */
export function requestLinkedPage(href: string, allowedBefore: boolean): Promise<LinkedPageAnswer> {
  const pattern = sitePattern(href);
  if (!pattern) return Promise.resolve({ status: 'unreachable', reason: 'permission' });
  const intent: EvidenceRequest = { type: 'linked-page-intent', url: href };
  if (!allowedBefore) void browser.runtime.sendMessage(intent).catch(() => undefined);
  return browser.permissions.request({ origins: [pattern] }).then(async (granted): Promise<LinkedPageAnswer> => {
    if (!granted) return { status: 'unreachable', reason: 'permission' };
    const read: EvidenceRequest = { type: 'read-linked-page', url: href, release: !allowedBefore };
    const answer: unknown = await browser.runtime.sendMessage(read);
    if (!isLinkedPageAnswer(answer)) throw new Error('the background did not answer');
    return answer;
  });
}

/** What is kept of an answer for `a`: the status, and the best passage with the words it shares with the claim. */
export function evidenceFrom(answer: LinkedPageAnswer, a: Pick<Attribution, 'claim' | 'sentence' | 'quote'>, lang: string | null | undefined, href: string, now = Date.now()): StoredEvidence {
  if (answer.status === 'unreachable') {
    return { url: href, status: 'unreachable', reason: answer.reason, ...(answer.httpStatus === undefined ? {} : { httpStatus: answer.httpStatus }), passage: '', marks: [], readAt: now };
  }
  const match = matchEvidence(a, answer.blocks, evidenceLanguage(lang));
  const passage = (match.status === 'not-found' ? '' : match.passage ?? '').slice(0, PASSAGE_MAX_LENGTH);
  return { url: answer.url, status: match.status, passage, marks: passage ? match.marks.filter((m) => m.end <= passage.length) : [], readAt: now };
}

/** The passage as runs of plain and marked text (rendered as text nodes and <mark> elements). */
export function passageRuns(passage: string, marks: readonly { start: number; end: number }[]): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > passage.length) continue;
    if (m.start > at) runs.push({ text: passage.slice(at, m.start), marked: false });
    runs.push({ text: passage.slice(m.start, m.end), marked: true });
    at = m.end;
  }
  if (at < passage.length) runs.push({ text: passage.slice(at), marked: false });
  return runs;
}
