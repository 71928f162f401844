// "Check": the corroboration prompt for one claim. Ready-made searches open in new tabs when the
// reader follows them; the reader's finding and note are kept per article.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Attribution } from '../../core/types';
import { t, type MessageKey } from '../../shared/i18n';
import type { SiteDomains } from '../../shared/messages';
import { CHECK_STATUSES, NOTE_MAX_LENGTH, type ClaimCheck } from '../checks';
import { statusLabel } from '../labels';
import { checkTerms, searchLinks, type SearchLink } from '../search-links';

const LINK_LABEL: Record<SearchLink['kind'], MessageKey> = { news: 'searchNews', factcheck: 'searchFactCheck', site: 'searchSite' };
const NOTE_SAVE_DELAY_MS = 500;

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
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null); // a note typed but not saved yet
  const latest = useRef({ check, onChange });
  latest.current = { check, onChange };

  const change = (next: Partial<ClaimCheck>): void => {
    latest.current.onChange({ ...latest.current.check, ...next, updatedAt: Date.now() });
  };
  const flushNote = (): void => {
    clearTimeout(timer.current);
    const value = pending.current;
    pending.current = null;
    if (value !== null && value !== latest.current.check.note) change({ note: value });
  };
  // A note still being typed is saved when the panel closes.
  useEffect(() => flushNote, []);

  return (
    <div id={id} class="check-panel" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('checkHeading')}</h4>
      <p class="check-sentence"><span class="label">{t('checkSentence')}</span> {attribution.sentence}</p>
      <p class="check-terms"><span class="label">{t('checkTerms')}</span> {checkTerms(attribution, lang).join(' · ')}</p>
      <ul class="search-links">
        {searchLinks(attribution, domains, lang).map((link) => (
          <li key={link.kind}>
            <a href={link.url} target="_blank" rel="noopener noreferrer" data-search={link.kind}>
              {t(LINK_LABEL[link.kind], link.domain ?? '')}
              <span class="visually-hidden"> {t('opensInNewTab')}</span>
            </a>
          </li>
        ))}
      </ul>
      <fieldset class="status-choice">
        <legend>{t('statusLegend')}</legend>
        {CHECK_STATUSES.map((status) => (
          <label key={status} class={`status-option status-${status}`}>
            <input
              type="radio"
              name={`${id}-status`}
              value={status}
              checked={check.status === status}
              onChange={() => {
                clearTimeout(timer.current);
                pending.current = null;
                change({ status, note });
              }}
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
            pending.current = e.currentTarget.value;
            setNote(pending.current);
            clearTimeout(timer.current);
            timer.current = setTimeout(flushNote, NOTE_SAVE_DELAY_MS);
          }}
          onBlur={flushNote}
        />
      </label>
    </div>
  );
}
