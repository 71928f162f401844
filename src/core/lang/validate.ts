// Checks the shape of a language pack received as data (the background worker reads it from
// lang/CODE.json) before the engine compiles it: a malformed pack is refused, not half-used.
import type { LanguageData } from './types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWords = (v: unknown): v is string[] => Array.isArray(v) && v.every((w) => typeof w === 'string');
const allWords = (v: unknown): boolean => isRecord(v) && Object.values(v).every(isWords);

/** Word-list fields every pack has. */
const LISTS = ['peopleNouns', 'institutionNouns', 'documentNouns', 'statementNouns', 'titles', 'modifiers', 'nameParticles',
  'nonSources', 'abbreviations', 'organizationWords', 'outletWords', 'outletDescriptors', 'organizationDescriptors', 'anonymityPhrases'] as const;

export function isLanguageData(data: unknown): data is LanguageData {
  if (!isRecord(data)) return false;
  const d = data;
  return typeof d.code === 'string' && typeof d.locale === 'string' && typeof d.capitalsMarkNames === 'boolean'
    && isWords(d.elisions) && isWords(d.enclitics) && (d.objectEnclitics === undefined || isWords(d.objectEnclitics)) && typeof d.nullSubject === 'boolean' && [d.quotedNames, d.epithets, d.bareEpithets].every((v) => v === undefined || typeof v === 'boolean')
    && (d.headInitial === undefined || typeof d.headInitial === 'boolean') && (d.localOrganizations === undefined || isWords(d.localOrganizations))
    && (d.nounEndings === undefined || (Array.isArray(d.nounEndings) && d.nounEndings.every((r) => isWords(r) && r.length > 0)))
    && (d.auxiliaries === undefined || (Array.isArray(d.auxiliaries) && d.auxiliaries.every((r) => isRecord(r)
      && isWords(r.endings) && isWords(r.before) && (r.words === undefined || isWords(r.words)) && typeof r.alone === 'boolean')))
    && allWords(d.grammar) && allWords(d.roles) && allWords(d.time) && LISTS.every((k) => isWords(d[k]))
    && isRecord(d.morphology) && Object.entries(d.morphology).every(([, v]) => v === null || typeof v === 'string' || typeof v === 'boolean')
    && Array.isArray(d.cueVerbs) && d.cueVerbs.every((v) => isRecord(v) && typeof v.lemma === 'string' && (v.forms === undefined || isWords(v.forms)) && typeof v.needs === 'string')
    && isRecord(d.pronouns) && isRecord(d.titleGender) && allWords(d.quotes) && isRecord(d.display)
    && Array.isArray(d.rules) && d.rules.every((r) => isRecord(r) && typeof r.family === 'string' && typeof r.reason === 'string');
}
