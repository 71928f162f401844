// Reading gold folders (corpus/GUIDELINE.md, section 3): every NAME.json of a folder, checked, in
// file-name order. A file that is not valid gold is reported with what is wrong and left out.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Gold, GoldRecord } from './score';

export const KINDS = ['outlet', 'person', 'organization', 'document', 'anonymous'] as const;

export interface GoldFolder {
  golds: Gold[];
  /** Files left out, each with why: "x.json: attributions[2].anchor is not a non-empty string". */
  problems: string[];
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isKind = (v: unknown): boolean => (KINDS as readonly unknown[]).includes(v);

/** What is wrong with one record (empty when nothing is). */
function recordProblems(r: unknown, at: string): string[] {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return [`${at} is not an object`];
  const rec = r as Record<string, unknown>;
  const problems: string[] = [];
  if (!isText(rec.anchor)) problems.push(`${at}.anchor is not a non-empty string`);
  if (!isText(rec.source)) problems.push(`${at}.source is not a non-empty string`);
  if (rec.alt !== undefined && !(Array.isArray(rec.alt) && rec.alt.every((a) => typeof a === 'string'))) {
    problems.push(`${at}.alt is not a list of strings`);
  }
  const kinds = [rec.kind].flat();
  if (!kinds.length || !kinds.every(isKind)) problems.push(`${at}.kind is not one of ${KINDS.join(', ')} (or a list of them)`);
  if (rec.optional !== undefined && typeof rec.optional !== 'boolean') problems.push(`${at}.optional is not true or false`);
  for (const field of ['cue', 'claim'] as const) {
    if (rec[field] !== undefined && typeof rec[field] !== 'string') problems.push(`${at}.${field} is not a string`);
  }
  for (const field of ['when', 'via'] as const) {
    if (rec[field] !== undefined && rec[field] !== null && typeof rec[field] !== 'string') problems.push(`${at}.${field} is not a string or null`);
  }
  return problems;
}

/** The problems of a parsed gold file (empty when it is valid gold). */
export function goldProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const g = value as Record<string, unknown>;
  const problems: string[] = [];
  if (!isText(g.page)) problems.push('page is not a non-empty string');
  else if (/[\\/]/.test(g.page)) problems.push('page must be a file name, without folders');
  if (g.lang !== undefined && !(typeof g.lang === 'string' && /^[a-z]{2,3}$/.test(g.lang))) problems.push('lang is not a language code such as "fr"');
  if (!Array.isArray(g.attributions)) problems.push('attributions is not a list');
  else g.attributions.forEach((r, i) => problems.push(...recordProblems(r, `attributions[${i}]`)));
  return problems;
}

/** Parses one gold file's text: the gold, or why it is not valid. */
export function parseGold(text: string): { gold: Gold } | { problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { problems: [`not valid JSON (${(err as Error).message})`] };
  }
  const problems = goldProblems(value);
  return problems.length ? { problems } : { gold: value as Gold };
}

/** Every *.json file of `dir`, sorted by file name. Throws when the folder cannot be read. */
export function readGoldFolder(dir: string): GoldFolder {
  const golds: Gold[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, file), 'utf8');
    } catch (err) {
      problems.push(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      continue;
    }
    const parsed = parseGold(text);
    if ('problems' in parsed) {
      problems.push(...parsed.problems.map((p) => `${file}: ${p}`));
      continue;
    }
    const earlier = seen.get(parsed.gold.page);
    if (earlier) {
      problems.push(`${file}: annotates ${parsed.gold.page}, as ${earlier} already does`);
      continue;
    }
    seen.set(parsed.gold.page, file);
    golds.push(parsed.gold);
  }
  return { golds, problems };
}

export const requiredRecords = (gold: Gold): GoldRecord[] => gold.attributions.filter((r) => !r.optional);
