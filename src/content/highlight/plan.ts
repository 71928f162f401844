// What the page's highlights paint: each stretch of text in one kind only. Two attributions often
// share a sentence ("X said, according to Reuters"); painted as two translucent highlights their
// colours blend into a third colour that matches no kind. Here overlapping sentences are cut at
// their boundaries and each piece takes the kind that comes first in KIND_PRIORITY.
// Pure: offsets in, offsets out (no DOM), so it is tested on its own.
import { SOURCE_KINDS, type SourceKind } from '../../core/types';

export interface KindSpan {
  /** Offsets in the page's compact text (src/content/text-index.ts): [start, end). */
  start: number;
  end: number;
  kind: SourceKind;
}

/**
 * Which kind a sentence with sources of several kinds is painted as: the first of these. Unnamed
 * sources lead, since a statement that rests even partly on them is the one a reader most needs to
 * look at twice; then the named kinds from the most to the least specific. The page's legend lists
 * the kinds in this order and says so.
 */
export const KIND_PRIORITY: readonly SourceKind[] = ['anonymous', 'document', 'person', 'organization', 'outlet'];

const RANK: Record<SourceKind, number> = Object.fromEntries(KIND_PRIORITY.map((kind, i) => [kind, i])) as Record<SourceKind, number>;

/**
 * The pieces to paint: spans of the kinds in `shown` (every kind when it is empty), cut where they
 * overlap, each piece in the highest-priority kind covering it (pieces of one span that another
 * kind's boundary cut but did not change are joined again).
 * Null spans (sentences not found in the page) are skipped. Sorted by start; no two overlap.
 */
export function paintSpans(spans: readonly (KindSpan | null)[], shown: ReadonlySet<SourceKind>): KindSpan[] {
  const kept = spans.filter((s): s is KindSpan => s !== null && s.end > s.start && (shown.size === 0 || shown.has(s.kind)));
  // Boundary events: +1 where a span of a kind starts, -1 where it ends.
  const events = kept.flatMap((s) => [{ at: s.start, kind: s.kind, delta: 1 }, { at: s.end, kind: s.kind, delta: -1 }]);
  events.sort((a, b) => a.at - b.at);
  const open = new Array<number>(SOURCE_KINDS.length).fill(0); // per rank: how many spans cover this point
  const pieces: KindSpan[] = [];
  for (let i = 0; i < events.length;) {
    const at = events[i]!.at;
    const through = [...open]; // per rank: spans that go on past `at` (those ending here are taken off)
    for (; i < events.length && events[i]!.at === at; i++) {
      const { kind, delta } = events[i]!;
      open[RANK[kind]] = open[RANK[kind]]! + delta;
      if (delta < 0) through[RANK[kind]] = through[RANK[kind]]! - 1;
    }
    const next = events[i]?.at;
    const rank = open.findIndex((n) => n > 0);
    if (next === undefined || rank < 0) continue;
    const kind = KIND_PRIORITY[rank]!;
    const last = pieces.at(-1);
    // One span of this kind runs on through `at` (cut only by another kind's boundary): one piece.
    // Two sentences that merely touch stay two pieces, so no range runs across paragraphs.
    if (last && last.kind === kind && last.end === at && through[rank]! > 0) last.end = next;
    else pieces.push({ start: at, end: next, kind });
  }
  return pieces;
}

/** The kinds that appear in `pieces`, in KIND_PRIORITY order (what the legend lists). */
export function paintedKinds(pieces: readonly KindSpan[]): SourceKind[] {
  const present = new Set(pieces.map((p) => p.kind));
  return KIND_PRIORITY.filter((kind) => present.has(kind));
}
