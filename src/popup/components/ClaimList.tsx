// The statements, grouped by source (most cited first) or in reading order.
import type { ArticleChecks, ClaimCheck } from '../checks';
import { claimKey } from '../checks';
import { groupBySource, type ListedClaim } from '../claim-list';
import type { Order } from '../settings';
import { t } from '../../shared/i18n';
import type { SiteDomains } from '../../shared/messages';
import { ClaimItem } from './ClaimItem';
import { KindBadge } from './KindBadge';

interface Props {
  claims: ListedClaim[];
  order: Order;
  located: boolean[];
  domains: SiteDomains[];
  /** The article's language (the report's `lang`), for the Check searches. */
  lang: string | undefined;
  checks: ArticleChecks;
  onCheck: (key: string, check: ClaimCheck) => void;
  onShow: (index: number) => void;
  /** Statements whose Check panel is open. */
  openChecks: readonly number[];
  onToggleCheck: (index: number) => void;
}

const UNCHECKED: ClaimCheck = { status: 'unchecked', note: '', updatedAt: 0 };
const NO_DOMAINS: SiteDomains = { source: null, via: null };

export function ClaimList({ claims, order, located, domains, lang, checks, onCheck, onShow, openChecks, onToggleCheck }: Props) {
  const item = (claim: ListedClaim, showSource: boolean) => {
    const key = claimKey(claim.attribution);
    return (
      <ClaimItem
        key={claim.index}
        claim={claim}
        showSource={showSource}
        located={located[claim.index] ?? false}
        domains={domains[claim.index] ?? NO_DOMAINS}
        lang={lang}
        check={checks.checks[key] ?? UNCHECKED}
        onCheck={(check) => onCheck(key, check)}
        onShow={onShow}
        open={openChecks.includes(claim.index)}
        onToggleCheck={onToggleCheck}
      />
    );
  };
  if (order === 'reading') {
    return <ol class="claims" aria-label={t('listLabel')}>{claims.map((c) => item(c, true))}</ol>;
  }
  return (
    <ul class="groups" aria-label={t('listLabel')}>
      {groupBySource(claims).map((group, g) => (
        <li key={group.key} class="group" data-kind={group.kind}>
          <h3 class="group-head" id={`group-${g}`}>
            <span class="group-source">{group.source}</span>
            <KindBadge kind={group.kind} />
            {/* The bare number for the eye, a sentence for screen readers (an aria-label on a span is not read). */}
            <span class="group-count">
              <span aria-hidden="true">{group.claims.length}</span>
              <span class="visually-hidden">{t('groupCountLabel', group.claims.length)}</span>
            </span>
          </h3>
          <ul class="claims" aria-labelledby={`group-${g}`}>{group.claims.map((c) => item(c, false))}</ul>
        </li>
      ))}
    </ul>
  );
}
