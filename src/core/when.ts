// When a statement was made, as the text says it next to the cue: "reported Friday", "told ... on
// Wednesday", "a Friday report", "said late Thursday", "yesterday", "last month", "In 2009" (the
// words are the pack's `time` lists).
import type { SentenceContext } from './context';
import { C, type Language } from './lang/types';
import { PATTERNS } from './patterns';
import { isDayPossessive, isWeekday } from './sources/words';
import type { Token } from './text/tokens';

const isDay = (t: Token | undefined): boolean => t !== undefined && PATTERNS.dayOfMonth.test(t.norm);

/** A date starting at token i ("March 3", "3 March", "3. März", "3 de marzo", "March 3, 2024"): its end (exclusive), or -1. */
function dateAt(lang: Language, tokens: readonly Token[], i: number): number {
  const { months, dayMonthJoiners } = lang.time;
  const isMonth = (k: number): boolean => months.has(tokens[k]?.norm ?? '');
  let j: number;
  if (isMonth(i) && isDay(tokens[i + 1])) j = i + 2;
  else if (isDay(tokens[i])) {
    j = i + 1;
    if (tokens[j]?.text === '.') j++;
    if (dayMonthJoiners.has(tokens[j]?.norm ?? '')) j++;
    if (!isMonth(j)) return -1;
    j++;
  } else return -1;
  // Its year: "March 3, 2024", "3 mars 2024", "3 de marzo de 2024".
  const k = tokens[j]?.text === ',' || dayMonthJoiners.has(tokens[j]?.norm ?? '') ? j + 1 : j;
  return tokens[k] && PATTERNS.year.test(tokens[k]!.text) ? k + 1 : j;
}

/** A time expression starting at token i: its end (exclusive), or -1. */
function timeAt(lang: Language, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || !t.word) return -1;
  const w = t.norm;
  const time = lang.time;
  const next = (k: number): string => tokens[i + k]?.norm ?? '';
  // "Saturday's primary" names an event by its day; it does not say when anything was said, unless
  // what it names is itself a statement ("Wednesday's report", "Friday's speech").
  if (isDayPossessive(t) && ((tokens[i + 1]?.cls ?? 0) & (C.DOCUMENT | C.STATEMENT)) === 0) return -1;
  if (isWeekday(t)) return time.afterWeekday.has(next(1)) ? i + 2 : i + 1;
  if (time.beforeWeekday.has(w) && tokens[i + 1] && (isWeekday(tokens[i + 1]!) || dateAt(lang, tokens, i + 1) > 0)) return timeAt(lang, tokens, i + 1);
  const date = dateAt(lang, tokens, i);
  if (date > 0) return date;
  if (time.deictic.has(w)) return i + 1;
  if (time.periodOpeners.has(w) && time.periods.has(next(1))) return i + 2;
  if (time.earlier.has(w) && time.earlierDeictics.has(next(1)) && time.periods.has(next(2))) return i + 3;
  for (const phrase of lang.timePhrases) if (phrase.every((p, k) => next(k) === p)) return i + phrase.length;
  if (time.yearPreposition.has(w) && tokens[i + 1] && PATTERNS.year.test(tokens[i + 1]!.text)) return i + 2;
  return -1;
}

/** The first time expression among tokens [from, to), as written, or null. */
export function findWhen(ctx: SentenceContext, from: number, to: number): string | null {
  const { tokens } = ctx;
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    if (ctx.quoted[i]) continue;
    const end = timeAt(ctx.lang, tokens, i);
    if (end > 0) {
      const first = tokens[i]!;
      const lastTok = tokens[end - 1]!;
      return ctx.text.slice(first.start, lastTok.end).replace(PATTERNS.trailingPossessive, '');
    }
  }
  return null;
}
