import type { SourceKind } from '../../core/types';
import { kindLabel } from '../labels';

/** The kind of source as a word (colour only repeats it). */
export function KindBadge({ kind }: { kind: SourceKind }) {
  return <span class={`kind-badge kind-${kind}`} data-kind={kind}>{kindLabel(kind)}</span>;
}
