// "Read the linked page" in the Check panel: says what will be fetched and from where before the
// browser's prompt, then shows what the page holds of the claim: found, similar, not found or
// unreachable, with the best passage and the words it shares with the claim marked. The page's text is
// untrusted: it is rendered as text nodes and <mark> elements only.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Attribution, Link } from '../../core/types';
import { t, type MessageKey } from '../../shared/i18n';
import type { UnreachableReason } from '../../shared/messages';
import { sitePattern } from '../../shared/restricted';
import type { EvidenceOutcome, StoredEvidence } from '../checks';
import { evidenceFrom, passageRuns, requestLinkedPage } from '../evidence';
import { searchLanguage } from '../key-terms';
import { loadStopwords } from '../stopwords';

const OUTCOME_LABEL: Record<Exclude<EvidenceOutcome, 'unreachable'>, MessageKey> = {
  found: 'evidenceFound', similar: 'evidenceSimilar', 'not-found': 'evidenceNotFound',
};
const REASON_LABEL: Record<UnreachableReason, MessageKey> = {
  'http-error': 'reasonHttpError', timeout: 'reasonTimeout', 'not-html': 'reasonNotHtml', 'too-large': 'reasonTooLarge',
  network: 'reasonNetwork', permission: 'reasonPermission', unreadable: 'reasonUnreadable',
};

function outcomeText(e: StoredEvidence): string {
  if (e.status !== 'unreachable') return t(OUTCOME_LABEL[e.status]);
  return t('evidenceUnreachable', e.reason ? t(REASON_LABEL[e.reason], e.httpStatus ?? '') : '');
}

interface Props {
  id: string;
  attribution: Attribution;
  link: Link;
  lang: string | undefined;
  evidence: StoredEvidence | undefined;
  onEvidence: (evidence: StoredEvidence) => void;
}

export function LinkedPageEvidence({ id, attribution, link, lang, evidence, onEvidence }: Props) {
  const pattern = sitePattern(link.href)!;
  const host = new URL(link.href).host;
  // Whether the site was granted before (then it stays granted; else it is given back after the read).
  const [allowedBefore, setAllowedBefore] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.contains({ origins: [pattern] }).then(setAllowedBefore, () => setAllowedBefore(false));
  }, [pattern]);
  const [reading, setReading] = useState(false);
  const [failed, setFailed] = useState(false);

  const read = (): void => {
    setReading(true);
    setFailed(false);
    // First call in the click: the browser's permission prompt needs the reader's gesture.
    requestLinkedPage(link.href, allowedBefore === true)
      .then(async (answer) => {
        await loadStopwords(searchLanguage(lang));
        onEvidence(evidenceFrom(answer, attribution, lang, link.href));
      })
      .catch((error: unknown) => {
        console.warn('Attribution Lens: reading the linked page failed', error);
        setFailed(true);
      })
      .finally(() => setReading(false));
  };

  return (
    <section class="evidence" aria-labelledby={`${id}-evidence`}>
      <h5 id={`${id}-evidence`}>{t('evidenceHeading')}</h5>
      <p class="evidence-what">{t('evidenceWhat', link.href, host)}</p>
      <button type="button" class="read-linked" disabled={reading || allowedBefore === null} onClick={read}>
        {evidence ? t('evidenceReadAgain') : t('evidenceRead')}
      </button>
      <p class="evidence-status" role="status" data-evidence={reading ? 'reading' : evidence?.status ?? (failed ? 'failed' : 'none')}>
        {reading ? t('evidenceReading') : failed ? t('evidenceFailed') : evidence ? outcomeText(evidence) : ''}
      </p>
      {!reading && evidence?.passage && (
        <blockquote class="evidence-passage" cite={evidence.url}>
          {passageRuns(evidence.passage, evidence.marks).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : run.text))}
        </blockquote>
      )}
      {!reading && evidence && evidence.url !== link.href && <p class="evidence-url">{t('evidenceReadFrom', evidence.url)}</p>}
    </section>
  );
}
