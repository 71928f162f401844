// The page's highlight plan: overlapping sentences painted in one kind each (no blended colours),
// and the popup's kind filter applied before overlaps are resolved.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KIND_PRIORITY, paintedKinds, paintSpans, type KindSpan } from '../../src/content/highlight/plan';
import { SOURCE_KINDS, type SourceKind } from '../../src/core/types';

const ALL = new Set<SourceKind>();
const span = (start: number, end: number, kind: SourceKind): KindSpan => ({ start, end, kind });

describe('paintSpans', () => {
  test('one sentence with two sources is painted once, in the kind that comes first', () => {
    expect(paintSpans([span(10, 40, 'outlet'), span(10, 40, 'anonymous')], ALL)).toEqual([span(10, 40, 'anonymous')]);
    expect(paintSpans([span(10, 40, 'person'), span(10, 40, 'outlet')], ALL)).toEqual([span(10, 40, 'person')]);
  });

  test('partly overlapping spans are cut at their boundaries', () => {
    expect(paintSpans([span(0, 20, 'outlet'), span(10, 30, 'person')], ALL))
      .toEqual([span(0, 10, 'outlet'), span(10, 30, 'person')]);
    expect(paintSpans([span(0, 30, 'anonymous'), span(10, 20, 'outlet')], ALL)).toEqual([span(0, 30, 'anonymous')]);
    expect(paintSpans([span(0, 30, 'outlet'), span(10, 20, 'document')], ALL))
      .toEqual([span(0, 10, 'outlet'), span(10, 20, 'document'), span(20, 30, 'outlet')]);
  });

  test('touching sentences of one kind stay two pieces; a span cut by a lower kind is one piece again', () => {
    expect(paintSpans([span(0, 10, 'person'), span(10, 20, 'person')], ALL)).toEqual([span(0, 10, 'person'), span(10, 20, 'person')]);
  });

  test('separate sentences stay separate; the same sentence twice is painted once; null spans are skipped', () => {
    expect(paintSpans([span(50, 60, 'person'), null, span(0, 10, 'person'), span(0, 10, 'person')], ALL))
      .toEqual([span(0, 10, 'person'), span(50, 60, 'person')]);
  });

  test('the kind filter applies first: a hidden kind neither shows nor masks a shown one', () => {
    const spans = [span(0, 20, 'anonymous'), span(0, 20, 'outlet'), span(30, 40, 'person')];
    expect(paintSpans(spans, new Set(['outlet']))).toEqual([span(0, 20, 'outlet')]);
    expect(paintSpans(spans, new Set(['person', 'anonymous']))).toEqual([span(0, 20, 'anonymous'), span(30, 40, 'person')]);
    expect(paintSpans(spans, new Set(['document']))).toEqual([]);
  });

  test('paintedKinds lists the painted kinds in priority order', () => {
    expect(paintedKinds([span(0, 1, 'outlet'), span(2, 3, 'anonymous'), span(4, 5, 'outlet')])).toEqual(['anonymous', 'outlet']);
    expect([...KIND_PRIORITY].sort()).toEqual([...SOURCE_KINDS].sort());
  });

  test('property: pieces are ordered and disjoint, cover exactly what the shown spans cover, each in the best kind there', () => {
    const kind = fc.constantFrom(...SOURCE_KINDS);
    const arbSpan = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 25 }), kind).map(([s, len, k]) => span(s, s + len, k));
    fc.assert(fc.property(fc.array(fc.option(arbSpan, { nil: null }), { maxLength: 12 }), fc.subarray([...SOURCE_KINDS]), (spans, shownList) => {
      const shown = new Set(shownList);
      const pieces = paintSpans(spans, shown);
      for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBeGreaterThanOrEqual(pieces[i - 1]!.end);
      const visible = spans.filter((s): s is KindSpan => s !== null && (shown.size === 0 || shown.has(s.kind)));
      for (let at = 0; at < 90; at++) {
        const covering = visible.filter((s) => s.start <= at && at < s.end).map((s) => KIND_PRIORITY.indexOf(s.kind));
        const piece = pieces.find((p) => p.start <= at && at < p.end);
        if (!covering.length) expect(piece, `offset ${at}`).toBeUndefined();
        else expect(piece?.kind, `offset ${at}`).toBe(KIND_PRIORITY[Math.min(...covering)]);
      }
    }));
  });
});
