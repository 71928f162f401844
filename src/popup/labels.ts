// Display names of the engine's and the reader's enumerations (text, so kinds never rely on colour).
import type { Attribution, SourceKind } from '../core/types';
import { t, type MessageKey } from '../shared/i18n';
import { KIND_KEYS } from '../shared/kind-keys';
import type { CheckStatus } from './checks';

const STATUS_KEYS: Record<CheckStatus, MessageKey> = {
  unchecked: 'statusUnchecked',
  corroborated: 'statusCorroborated',
  'not-found': 'statusNotFound',
  disputed: 'statusDisputed',
};

export const kindLabel = (kind: SourceKind): string => t(KIND_KEYS[kind]);
export const statusLabel = (status: CheckStatus): string => t(STATUS_KEYS[status]);

/** The cue and its time, as the article has them: "reported Friday", "told … that on Wednesday". */
export function cueLabel(a: Pick<Attribution, 'cue' | 'when'>): string {
  return [a.cue, a.when].filter(Boolean).join(' ');
}

/** Characters an excerpt does not end on before its ellipsis. */
const EXCERPT_TRAILING = /[\s,;:.]/;

/** At most `max` characters, cut at a word, with an ellipsis. */
export function excerpt(text: string, max = 280): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const kept = space > max * 0.6 ? cut.slice(0, space) : cut;
  // A loop, not /[\s,;:.]+$/ (which backtracks quadratically on a long run of those characters).
  let end = kept.length;
  while (end > 0 && EXCERPT_TRAILING.test(kept[end - 1]!)) end--;
  return `${kept.slice(0, end)}…`;
}
