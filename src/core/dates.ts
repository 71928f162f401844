// Days, resolved against the article's publication date: its `published` metadata normalized to ISO
// 8601, and a statement's `when` ("reported Thursday", "yesterday", "last Tuesday", "on March 3",
// "le 3 mars") turned into the day it names. The words are the language pack's `time` lists
// (weekdays Monday first, months January first); what names no single day ("last week", "in 2009",
// "at the time") resolves to null, as does everything in an article with no publication date.
import type { Language } from './lang/types';
import { PATTERNS } from './patterns';

const DAY_MS = 86_400_000;
/** Days in a week. */
const WEEK = 7;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A day as YYYY-MM-DD (from a Date read in UTC, where day arithmetic has no daylight saving). */
const isoDay = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The UTC date of year-month-day, or null when there is no such day (February 30). */
function dayOf(year: number, month: number, day: number): Date | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year); // years 0-99 are taken as 1900-1999 by Date.UTC
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

/**
 * A publication date as the page writes it ("2024-03-15T10:00:00-05:00", "2024-03-15", "Fri, 15 Mar
 * 2024 10:00:00 GMT", "March 15, 2024") in ISO 8601: the day, and the time and offset when written.
 * An ISO value keeps the day as written (its local day, which is the reader's "Friday"); others are
 * read by the runtime's Date parser (UTC when they give a time, else their calendar day). Null when
 * it is no date.
 */
export function normalizePublished(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text || text.length > 64) return null;
  const iso = PATTERNS.isoDate.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const day = dayOf(Number(y), Number(mo), Number(d));
    if (!day) return null;
    if (h === undefined) return isoDay(day);
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
    const offset = !zone ? '' : zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return `${isoDay(day)}T${h}:${mi}:${s ?? '00'}${offset}`;
  }
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  if (PATTERNS.timeOfDay.test(text)) return date.toISOString().replace(PATTERNS.milliseconds, 'Z');
  return isoDay(new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())));
}

/** The words of a `when`, lowercased, without punctuation ("late Thursday," → late, thursday). */
function wordsOf(when: string): string[] {
  return when.toLowerCase().replace(PATTERNS.curlyApostrophe, "'").split(PATTERNS.dateWordBreak).filter(Boolean);
}

/** The index (0 = first) in `list` of a word: exact, a compound on it ("montagabend"), or a short form of a hyphenated one ("segunda" of "segunda-feira"). */
function indexIn(list: readonly string[], word: string, compounds: boolean): number {
  return list.findIndex((entry) => {
    const e = entry.toLowerCase();
    return e === word || (compounds && word.startsWith(e)) || e.startsWith(`${word}-`);
  });
}

/**
 * The day `when` names, as YYYY-MM-DD, for an article published on `published` (ISO 8601, as
 * normalizePublished gives it), read with the words of `lang`; null when it names no single day or
 * there is no publication date. Statements are reported after they are made: a bare weekday is the
 * latest such day up to the publication day ("Thursday" in Friday's paper: the day before).
 */
export function resolveWhen(when: string | null, published: string | null | undefined, lang: Language): string | null {
  if (!when || !published) return null;
  const pub = PATTERNS.isoDate.exec(published);
  const base = pub && dayOf(Number(pub[1]), Number(pub[2]), Number(pub[3]));
  if (!base) return null;
  const time = lang.time;
  const words = wordsOf(when);
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  const shift = (days: number): string => isoDay(new Date(base.getTime() + days * DAY_MS));

  if (has(time.dayBeforeYesterday)) return shift(-2);
  if (has(time.yesterday)) return shift(-1);
  if (has(time.today)) return shift(0);

  // "on March 3", "le 3 mars 2024", "3 de marzo": the latest such day up to publication, unless a year is given.
  const months = lang.data.time.months;
  const month = words.reduce((found, w) => (found >= 0 ? found : indexIn(months, w, false)), -1);
  const dayWord = words.find((w) => PATTERNS.dayOfMonth.test(w));
  if (month >= 0 && dayWord) {
    const day = parseInt(dayWord, 10);
    const yearWord = words.find((w) => PATTERNS.year.test(w));
    const year = yearWord ? Number(yearWord) : base.getUTCFullYear();
    const named = dayOf(year, month + 1, day);
    const date = yearWord || (named && named <= base) ? named : dayOf(year - 1, month + 1, day);
    return date ? isoDay(date) : null;
  }

  const weekdays = lang.data.time.weekdays;
  const weekday = words.reduce((found, w) => (found >= 0 ? found : indexIn(weekdays, w, true)), -1);
  if (weekday >= 0) {
    const baseWeekday = (base.getUTCDay() + WEEK - 1) % WEEK; // Monday 0
    if (has(time.next)) return shift((weekday - baseWeekday + WEEK - 1) % WEEK + 1);
    const back = (baseWeekday - weekday + WEEK) % WEEK;
    return shift(-(back === 0 && has(time.previous) ? WEEK : back));
  }

  // "this morning", "tonight"; "last night": the day before.
  if (has(time.dayParts) && has(time.periodOpeners)) return shift(has(time.previous) ? -1 : 0);
  return null;
}
