// One attributed statement: who, what kind of source, the cue and time, the claim, the chain of
// publications, and the actions. Article text is untrusted: it appears only as text children.
import { t } from '../../shared/i18n';
import type { SiteDomains } from '../../shared/messages';
import type { ClaimCheck } from '../checks';
import type { ListedClaim } from '../claim-list';
import { cueLabel, excerpt, statusLabel } from '../labels';
import { CheckPanel } from './CheckPanel';
import { KindBadge } from './KindBadge';

const WEB_ADDRESS = /^https?:\/\//;

interface Props {
  claim: ListedClaim;
  /** False inside a group headed by the source. */
  showSource: boolean;
  located: boolean;
  domains: SiteDomains;
  /** The article's language, for the Check searches. */
  lang: string | undefined;
  check: ClaimCheck;
  onCheck: (check: ClaimCheck) => void;
  onShow: (index: number) => void;
  /** Whether the Check panel is open (kept with the reader's place). */
  open: boolean;
  onToggleCheck: (index: number) => void;
}

export function ClaimItem({ claim: { attribution: a, index }, showSource, located, domains, lang, check, onCheck, onShow, open, onToggleCheck }: Props) {
  const panelId = `check-${index}`;
  const cue = cueLabel(a);
  // The page's own links, already http(s) only (src/extract/blocks.ts); checked again before one becomes a link here.
  const source = a.links?.find((l) => WEB_ADDRESS.test(l.href));
  return (
    <li class="claim" data-index={index} data-kind={a.sourceKind} data-status={check.status}>
      <div class="claim-head">
        {showSource && <span class="claim-source">{a.source}</span>}
        {showSource && <KindBadge kind={a.sourceKind} />}
        <span class="claim-cue">{cue}</span>
        {a.sourceMention && <span class="claim-mention">{t('asMention', a.sourceMention)}</span>}
        {source && <span class="link-mark" title={t('linkMark', source.href)}>🔗</span>}
      </div>
      <p class="claim-text">{excerpt(a.claim || a.sentence)}</p>
      {a.via && <p class="claim-via" title={t('viaHint', a.via)}>{t('viaChain', a.via)}</p>}
      <div class="claim-actions">
        <button
          type="button"
          class="show"
          disabled={!located}
          title={located ? undefined : t('notInPage')}
          aria-label={t('showInPageLabel', a.source, cue)}
          onClick={() => onShow(index)}
        >
          {t('showInPage')}
        </button>
        <button
          type="button"
          class="check"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={t('checkLabel', a.source)}
          onClick={() => onToggleCheck(index)}
        >
          {t('check')}
        </button>
        {source && (
          <a class="open-source" href={source.href} target="_blank" rel="noopener noreferrer" aria-label={t('openSourceLabel', a.source, source.href)}>
            {t('openSource')}
          </a>
        )}
        <span class={`status-chip status-${check.status}`}>{t('statusChip', statusLabel(check.status))}</span>
      </div>
      {open && <CheckPanel id={panelId} attribution={a} domains={domains} lang={lang} check={check} onChange={onCheck} />}
    </li>
  );
}
