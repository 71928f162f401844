// Every rule, in the order their candidates are preferred when two name the same source in one sentence.
import { accordingTo, asReportedBy, citing, inTheWordsOf, per, possessiveWords, toQuote } from './prepositional';
import { participle, passiveBy, quotedAsSaying, verbAfterSubject, verbBeforeSource, withParticiple } from './speech-verbs';
import { findingNouns } from './findings';
import { inAStatement } from './statements';
import type { Rule } from './types';
import { isSaidTo, reportedly, thereAreReports, weAreTold } from './vague';

export const RULES: readonly Rule[] = [
  accordingTo,
  asReportedBy,
  inTheWordsOf,
  toQuote,
  possessiveWords,
  per,
  citing,
  quotedAsSaying,
  verbBeforeSource,
  verbAfterSubject,
  participle,
  withParticiple,
  passiveBy,
  findingNouns,
  inAStatement,
  thereAreReports,
  weAreTold,
  isSaidTo,
  reportedly,
];
