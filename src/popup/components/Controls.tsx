// List options: order, kind filter, search and in-page highlights.
import { SOURCE_KINDS, type SourceKind } from '../../core/types';
import { t } from '../../shared/i18n';
import { kindLabel } from '../labels';
import type { Order } from '../settings';

interface Props {
  order: Order;
  onOrder: (order: Order) => void;
  highlights: boolean;
  onHighlights: (on: boolean) => void;
  kindCounts: Record<SourceKind, number>;
  kinds: ReadonlySet<SourceKind>;
  onToggleKind: (kind: SourceKind) => void;
  query: string;
  onQuery: (query: string) => void;
}

export function Controls(props: Props) {
  const present = SOURCE_KINDS.filter((kind) => props.kindCounts[kind] > 0);
  return (
    <section class="controls" aria-label={t('controlsHeading')}>
      <div class="controls-row">
        <fieldset class="order">
          <legend>{t('orderLegend')}</legend>
          {(['source', 'reading'] as const).map((order) => (
            <label key={order} class="segment">
              <input type="radio" name="order" value={order} checked={props.order === order} onChange={() => props.onOrder(order)} />
              <span>{t(order === 'source' ? 'orderBySource' : 'orderReading')}</span>
            </label>
          ))}
        </fieldset>
        <label class="switch">
          <input type="checkbox" checked={props.highlights} onChange={(e) => props.onHighlights(e.currentTarget.checked)} />
          <span>{t('highlightsToggle')}</span>
        </label>
      </div>
      {present.length > 1 && (
        <fieldset class="kind-filter">
          <legend>{t('filterLegend')}</legend>
          {present.map((kind) => (
            <button
              key={kind}
              type="button"
              class={`kind-toggle kind-${kind}`}
              data-kind={kind}
              aria-pressed={props.kinds.has(kind)}
              aria-label={t('filterKindLabel', kindLabel(kind), props.kindCounts[kind])}
              onClick={() => props.onToggleKind(kind)}
            >
              {kindLabel(kind)} <span class="count" aria-hidden="true">{props.kindCounts[kind]}</span>
            </button>
          ))}
        </fieldset>
      )}
      <input
        type="search"
        class="search"
        value={props.query}
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
      />
    </section>
  );
}
