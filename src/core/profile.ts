// The sourcing profile of an article: how much of it rests on named, unnamed and second-hand sources.
// Teachers read this first, so it is computed once here and shown the same way everywhere.
import { nameKey } from './lexicon';
import { SOURCE_KINDS, type Attribution, type SourceKind } from './types';

export interface SourceTally {
  source: string;
  kind: SourceKind;
  count: number;
}

/**
 * The profile's categories, each one a teacher can explain: people and organizations (by name, or by
 * role as with "Police" or "the ministry"), news outlets, documents (reports, studies, statements), and
 * unnamed or vague sources. Every attribution is in exactly one.
 */
export const PROFILE_CATEGORIES = ['people-organizations', 'outlets', 'documents', 'unnamed'] as const;
export type ProfileCategory = (typeof PROFILE_CATEGORIES)[number];

/** The category each kind of source counts in. */
export const CATEGORY_OF_KIND: Readonly<Record<SourceKind, ProfileCategory>> = {
  person: 'people-organizations',
  organization: 'people-organizations',
  outlet: 'outlets',
  document: 'documents',
  anonymous: 'unnamed',
};

export interface SourcingProfile {
  /** All attributions (a quotation that runs over several sentences is one). */
  total: number;
  /**
   * Attributions to any source but an unnamed or vague one (people, organizations, outlets and
   * documents together). Kept for callers that read it; the popup and the Markdown export show
   * `byCategory`, which tells documents and outlets apart from people and organizations.
   */
  named: number;
  /** Attributions to unnamed or vague sources. */
  anonymous: number;
  /** Attributions inside a passage quoted from another publication. */
  secondHand: number;
  byKind: Record<SourceKind, number>;
  /** Attributions per category (they add up to `total`). */
  byCategory: Record<ProfileCategory, number>;
  /** Distinct sources, most cited first. */
  sources: SourceTally[];
  /** Outlets the article cites, directly or as the publication a passage was taken from. */
  outlets: string[];
}

const key = (name: string): string => nameKey(name);

function categoryCounts(byKind: Record<SourceKind, number>): Record<ProfileCategory, number> {
  const counts = Object.fromEntries(PROFILE_CATEGORIES.map((c) => [c, 0])) as Record<ProfileCategory, number>;
  for (const kind of SOURCE_KINDS) counts[CATEGORY_OF_KIND[kind]] += byKind[kind];
  return counts;
}

export function sourcingProfile(attributions: readonly Attribution[]): SourcingProfile {
  const byKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  const tallies = new Map<string, SourceTally>();
  const outlets = new Map<string, string>();
  let secondHand = 0;
  for (const a of attributions) {
    byKind[a.sourceKind]++;
    if (a.via) {
      secondHand++;
      if (!outlets.has(key(a.via))) outlets.set(key(a.via), a.via);
    }
    if (a.sourceKind === 'outlet' && !outlets.has(key(a.source))) outlets.set(key(a.source), a.source);
    const tally = tallies.get(key(a.source));
    if (tally) tally.count++;
    else tallies.set(key(a.source), { source: a.source, kind: a.sourceKind, count: 1 });
  }
  return {
    total: attributions.length,
    named: attributions.length - byKind.anonymous,
    anonymous: byKind.anonymous,
    secondHand,
    byKind,
    byCategory: categoryCounts(byKind),
    sources: [...tallies.values()].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)),
    outlets: [...outlets.values()],
  };
}
