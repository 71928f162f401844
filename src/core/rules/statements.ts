// "In a statement, the ministry condemned the attack." / "The ministry condemned the attack in a
// statement." / "In an interview with the BBC, the minister defended the policy.": a statement noun
// after "in" makes what the clause's subject did a statement. The subject is the source; what
// it did is the claim.
import { AUTHOR_PRONOUNS, BE_FORMS, SUBJECT_PRONOUNS, isDeterminer } from '../sources/words';
import { STATEMENT_NOUNS } from '../lexicon';
import { plausibleSource } from '../sources/noun-phrase';
import { findCueVerbs } from './cue-verbs';
import { WITH_EXAMPLES } from './examples-flag';
import { mainSubject } from './speech-verbs';
import type { Candidate, Rule, SentenceContext } from './types';

/** How many words may stand between the determiner and the noun: "in a brief written statement". */
const MAX_MODIFIERS = 3;

/** The end (exclusive) of "a (written) statement" / "an interview" starting at token i, or -1. */
function statementPhraseEnd(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  if (!tokens[i] || !isDeterminer(tokens[i]!)) return -1;
  let j = i + 1;
  let end = -1;
  for (let k = 0; k <= MAX_MODIFIERS && tokens[j]?.word && !ctx.quoted[j] && !tokens[j]!.cap; k++, j++) {
    if (STATEMENT_NOUNS.has(tokens[j]!.norm)) end = j + 1;
    else if (end > 0) break;
  }
  return end;
}

export const inAStatement: Rule = {
  reason: 'in-a-statement',
  triggers: ['in'],
  description: 'In a statement / an interview with X / a tweet, SUBJECT did ... (or ... in a statement)',
  examples: WITH_EXAMPLES ? {
    detects: [
      { sentence: 'In a statement, the ministry condemned the attack.', source: 'the ministry' },
      { sentence: 'In an interview with the BBC on Sunday, the minister defended the policy.', source: 'the minister' },
      { sentence: 'Human Rights Watch condemned the verdict in a statement on Friday.', source: 'Human Rights Watch' },
    ],
    ignores: [
      'In a statement released on Friday, we explained our position.',
      'The attack was condemned in a statement on Friday.',
      'He was sitting in the address bar of the browser.',
      'The craft broke up over Siberia, the agency said in a statement.',
    ],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    // "..., Roscosmos said in a statement": with a cue verb in the sentence, the statement is that verb's.
    if (findCueVerbs(ctx).length > 0) return out;
    tokens.forEach((t, i) => {
      if (t.norm !== 'in' || ctx.quoted[i]) return;
      const end = statementPhraseEnd(ctx, i + 1);
      if (end < 0) return;
      const fronted = i === 0 || (i === 1 && !tokens[0]!.word) || tokens[i - 1]!.norm === 'but' || tokens[i - 1]!.norm === 'and';
      let subjectAt = -1;
      if (fronted) {
        const comma = tokens.findIndex((x, k) => k >= end && x.text === ',' && !ctx.quoted[k]);
        if (comma < 0 || comma - end > 12) return;
        subjectAt = comma + 1;
      }
      const first = tokens[subjectAt];
      const cueSpan = { start: i, end };
      const cue = tokens.slice(i, end).map((x) => x.text.toLowerCase()).join(' ');
      // "In a statement, he said ...": a pronoun, resolved later.
      if (first && SUBJECT_PRONOUNS.has(first.norm)) {
        if (AUTHOR_PRONOUNS.has(first.norm) || !tokens[subjectAt + 1]?.word) return;
        out.push({ rule: 'in-a-statement', cue, cueSpan, source: { start: subjectAt, end: subjectAt + 1 }, pronoun: true,
          claim: { start: tokens[subjectAt + 1]!.start, end: ctx.end }, timeWindow: { start: i, end: subjectAt } });
        return;
      }
      const subject = mainSubject(ctx, fronted ? tokens.length : i);
      if (!subject || subject.pronoun || !plausibleSource(tokens, subject.span)) return;
      const after = subject.mention.end;
      // A verb must follow the subject, and not a passive one ("The attack was condemned in a statement").
      if (!tokens[after]?.word || tokens.slice(after, fronted ? after + 2 : i).some((x) => BE_FORMS.has(x.norm))) return;
      if (AUTHOR_PRONOUNS.has(tokens[subject.head]!.norm)) return;
      const claimEnd = fronted ? ctx.end : t.start;
      out.push({
        rule: 'in-a-statement', cue, cueSpan, source: subject.span, mention: subject.mention, appositive: subject.appositive,
        claim: { start: tokens[after]!.start, end: claimEnd },
        timeWindow: { start: i, end: fronted ? subjectAt : Math.min(tokens.length, end + 3) },
      });
    });
    return out;
  },
};
