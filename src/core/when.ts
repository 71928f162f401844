// When a statement was made, as the text says it next to the cue: "reported Friday", "told ... on
// Wednesday", "a Friday report", "said late Thursday", "yesterday", "last month", "In 2009".
import type { SentenceContext } from './rules/types';
import { PATTERNS } from './patterns';
import { isWeekday } from './sources/words';
import type { Token } from './text/tokens';

const BEFORE_WEEKDAY = new Set(['on', 'late', 'early', 'last', 'this', 'next']);
const AFTER_WEEKDAY = new Set(['morning', 'afternoon', 'evening', 'night']);
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'summer', 'spring', 'autumn', 'fall', 'winter']);

/** A time expression starting at token i: its end (exclusive), or -1. */
function timeAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || !t.word) return -1;
  const w = t.norm;
  if (isWeekday(t)) return AFTER_WEEKDAY.has(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
  if (BEFORE_WEEKDAY.has(w) && tokens[i + 1] && isWeekday(tokens[i + 1]!)) return timeAt(tokens, i + 1);
  if (w === 'yesterday' || w === 'today' || w === 'tonight') return i + 1;
  if ((w === 'last' || w === 'this') && PERIODS.has(tokens[i + 1]?.norm ?? '')) return i + 2;
  if (w === 'earlier' && (tokens[i + 1]?.norm === 'this' || tokens[i + 1]?.norm === 'that') && PERIODS.has(tokens[i + 2]?.norm ?? '')) return i + 3;
  if (w === 'at' && tokens[i + 1]?.norm === 'the' && tokens[i + 2]?.norm === 'time') return i + 3;
  if (w === 'in' && tokens[i + 1] && PATTERNS.year!.test(tokens[i + 1]!.text)) return i + 2;
  return -1;
}

/** The first time expression among tokens [from, to), as written, or null. */
export function findWhen(ctx: SentenceContext, from: number, to: number): string | null {
  const { tokens } = ctx;
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    if (ctx.quoted[i]) continue;
    const end = timeAt(tokens, i);
    if (end > 0) {
      const first = tokens[i]!;
      const lastTok = tokens[end - 1]!;
      return ctx.text.slice(first.start, lastTok.end).replace(PATTERNS.trailingPossessive!, '');
    }
  }
  return null;
}
