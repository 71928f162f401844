// "Check": the corroboration prompt for one claim. Ready-made searches open in new tabs when the
// reader follows them; the reader's finding and note are kept per article. The note is saved at every
// keystroke: a popup closes without warning (a click elsewhere), and nothing typed may be lost.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Attribution } from '../../core/types';
import { t, type MessageKey } from '../../shared/i18n';
import type { SiteDomains } from '../../shared/messages';
import { CHECK_STATUSES, NOTE_MAX_LENGTH, type ClaimCheck } from '../checks';
import { statusLabel } from '../labels';
import { searchLanguage, stopwordsInstalled } from '../key-terms';
import { checkTerms, searchLinks, type SearchLink } from '../search-links';
import { loadStopwords } from '../stopwords';
import { linkedPage } from '../evidence';
import { LinkedPageEvidence } from './LinkedPageEvidence';

const LINK_LABEL: Record<SearchLink['kind'], MessageKey> = { news: 'searchNews', factcheck: 'searchFactCheck', site: 'searchSite' };

interface Props {
  id: string;
  attribution: Attribution;
  domains: SiteDomains;
  /** The article's language (the report's `lang`): the searches are read and asked in it. */
  lang: string | undefined;
  check: ClaimCheck;
  onChange: (check: ClaimCheck) => void;
}

export function CheckPanel({ id, attribution, domains, lang, check, onChange }: Props) {
  const [note, setNote] = useState(check.note);
  // The key terms need the article language's stop words, loaded the first time a panel opens.
  const language = searchLanguage(lang);
  const [wordsReady, setWordsReady] = useState(() => stopwordsInstalled(language));
  useEffect(() => {
    if (!wordsReady) void loadStopwords(language).then(() => setWordsReady(true));
  }, [language]);
  const latest = useRef({ check, onChange });
  latest.current = { check, onChange };

  const change = (next: Partial<ClaimCheck>): void => {
    const merged = { ...latest.current.check, ...next, updatedAt: Date.now() };
    // A second change before the next render (a status, then a keystroke at once) builds on this one,
    // not on the check the last render saw: otherwise the note's save would put the old status back.
    latest.current.check = merged;
    latest.current.onChange(merged);
  };
  const link = linkedPage(attribution);

  return (
    <div id={id} class="check-panel" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('checkHeading')}</h4>
      <p class="check-sentence"><span class="label">{t('checkSentence')}</span> {attribution.sentence}</p>
      <p class="check-terms"><span class="label">{t('checkTerms')}</span> {wordsReady && checkTerms(attribution, lang).join(' · ')}</p>
      <ul class="search-links">
        {wordsReady && searchLinks(attribution, domains, lang).map((link) => (
          <li key={link.kind}>
            <a href={link.url} target="_blank" rel="noopener noreferrer" data-search={link.kind}>
              {t(LINK_LABEL[link.kind], link.domain ?? '')}
              <span class="visually-hidden"> {t('opensInNewTab')}</span>
            </a>
          </li>
        ))}
      </ul>
      {link && (
        <LinkedPageEvidence id={id} attribution={attribution} link={link} lang={lang} evidence={check.evidence} onEvidence={(evidence) => change({ evidence })} />
      )}
      <fieldset class="status-choice">
        <legend>{t('statusLegend')}</legend>
        {CHECK_STATUSES.map((status) => (
          <label key={status} class={`status-option status-${status}`}>
            <input
              type="radio"
              name={`${id}-status`}
              value={status}
              checked={check.status === status}
              onChange={() => change({ status })}
            />
            {statusLabel(status)}
          </label>
        ))}
      </fieldset>
      <label class="note">
        <span>{t('noteLabel')}</span>
        <textarea
          rows={2}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setNote(value);
            change({ note: value });
          }}
        />
      </label>
    </div>
  );
}
