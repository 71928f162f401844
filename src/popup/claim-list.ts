// What the popup lists: the attributions that pass the reader's filter (kinds, search words), in
// reading order or grouped by source.
import type { Attribution, SourceKind } from '../core/types';

export interface ListedClaim {
  attribution: Attribution;
  /** Position in the report (reading order); "Show in page" and stored statuses refer to it. */
  index: number;
}

export interface SourceGroup {
  key: string;
  source: string;
  kind: SourceKind;
  claims: ListedClaim[];
}

export interface ClaimFilter {
  /** Kinds to show; every kind when empty. */
  kinds: ReadonlySet<SourceKind>;
  query: string;
  /** Only the claims whose sentence links to nothing. */
  unlinked?: boolean;
}

/** Lower case, accents removed: "Jubbouri" finds "Jubbourí", "reuters" finds "Reuters". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchable(a: Attribution): string {
  return foldText([a.source, a.sourceMention, a.cue, a.when, a.via, a.claim, a.sentence].filter(Boolean).join('\n'));
}

/** Claims that match the filter: one of the kinds, and every word of the query somewhere in the claim's fields. */
export function filterClaims(attributions: readonly Attribution[], filter: ClaimFilter): ListedClaim[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return attributions
    .map((attribution, index) => ({ attribution, index }))
    .filter(({ attribution }) => (filter.kinds.size === 0 || filter.kinds.has(attribution.sourceKind)) && !(filter.unlinked && attribution.links?.length))
    .filter(({ attribution }) => {
      if (!words.length) return true;
      const haystack = searchable(attribution);
      return words.every((w) => haystack.includes(w));
    });
}

/** Same source: compared without case and without a leading "the" (as the sourcing profile does). */
export function sourceKey(a: Pick<Attribution, 'source' | 'sourceKind'>): string {
  return `${a.sourceKind}:${a.source.toLowerCase().replace(/^the\s+/, '').trim()}`;
}

/** Groups by source: the most cited first, ties in order of first appearance; claims stay in reading order. */
export function groupBySource(claims: readonly ListedClaim[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const claim of claims) {
    const key = sourceKey(claim.attribution);
    const group = groups.get(key);
    if (group) group.claims.push(claim);
    else groups.set(key, { key, source: claim.attribution.source, kind: claim.attribution.sourceKind, claims: [claim] });
  }
  return [...groups.values()].sort((a, b) => b.claims.length - a.claims.length || a.claims[0]!.index - b.claims[0]!.index);
}
