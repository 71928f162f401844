// Cues that name no source: "there are reports of", "reportedly", "is said to", "it is believed",
// "we're told". The source shown is what the text implies: unnamed reports or sources.
import { claimAfter } from '../claim';
import { BE_FORMS } from '../sources/words';
import { WITH_EXAMPLES } from './examples-flag';
import type { Candidate, Rule, SentenceContext } from './types';

const REPORT_NOUNS = new Set(['reports', 'rumors', 'rumours', 'indications', 'accounts']);
const HEARSAY = new Set(['said', 'believed', 'thought', 'reported', 'understood', 'alleged', 'rumored', 'rumoured', 'claimed']);
const UNNAMED_REPORTS = { text: 'unnamed reports', kind: 'anonymous' } as const;
const UNNAMED_SOURCES = { text: 'unnamed sources', kind: 'anonymous' } as const;

const word = (ctx: SentenceContext, i: number): string => (ctx.quoted[i] ? '' : ctx.tokens[i]?.norm ?? '');
const whole = (ctx: SentenceContext) => ({ start: ctx.start, end: ctx.end });

export const thereAreReports: Rule = {
  reason: 'there-are-reports',
  triggers: ['there'],
  description: 'there are (also) reports of / that ...',
  examples: WITH_EXAMPLES ? {
    detects: [{ sentence: 'There are also reports of firefights within the ISIS police force as tension mounts.', source: 'reports' }],
    ignores: ['There are also firefights within the ISIS police force.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    ctx.tokens.forEach((t, i) => {
      if (t.norm !== 'there' || ctx.quoted[i]) return;
      let j = i + 1;
      if (!BE_FORMS.has(word(ctx, j)) && word(ctx, j) !== 'have' && word(ctx, j) !== 'has') return;
      j++;
      if (word(ctx, j) === 'been') j++;
      while (j < i + 6 && ctx.tokens[j]?.word && !REPORT_NOUNS.has(word(ctx, j)) && !ctx.quoted[j]) j++;
      if (!REPORT_NOUNS.has(word(ctx, j))) return;
      const link = word(ctx, j + 1);
      if (link !== 'of' && link !== 'that') return;
      out.push({
        rule: 'there-are-reports', cue: `there are reports ${link}`, cueSpan: { start: i, end: j + 2 },
        source: { start: j, end: j + 1 }, claim: claimAfter(ctx, j + 2), timeWindow: { start: i, end: j },
      });
    });
    return out;
  },
};

export const reportedly: Rule = {
  reason: 'reportedly',
  triggers: ['reportedly', 'purportedly'],
  description: 'reportedly / purportedly: a claim resting on unnamed reports',
  examples: WITH_EXAMPLES ? {
    detects: [{ sentence: 'The commanders reportedly were convicted by a Sharia Court for high treason.', source: 'unnamed reports' }],
    ignores: ['The commanders were convicted by a Sharia Court for high treason.'],
  } : undefined,
  match(ctx) {
    return ctx.tokens.flatMap((t, i): Candidate[] => (t.norm === 'reportedly' || t.norm === 'purportedly') && !ctx.quoted[i]
      ? [{ rule: 'reportedly', cue: t.norm, cueSpan: { start: i, end: i + 1 }, source: UNNAMED_REPORTS, claim: whole(ctx) }]
      : []);
  },
};

export const isSaidTo: Rule = {
  reason: 'is-said-to',
  triggers: [...HEARSAY],
  description: 'X is said / believed / reported to ...; it is believed that ...',
  examples: WITH_EXAMPLES ? {
    detects: [
      { sentence: 'The leader is said to be hiding near the border.', source: 'unnamed sources' },
      { sentence: 'It is widely believed that the vote was rigged.', source: 'unnamed sources' },
    ],
    ignores: ['He said he would go.', 'The vote is expected to be close.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    ctx.tokens.forEach((t, i) => {
      if (!HEARSAY.has(t.norm) || ctx.quoted[i]) return;
      let b = i - 1;
      if (word(ctx, b) === 'widely' || word(ctx, b) === 'also' || word(ctx, b) === 'generally') b--;
      if (!BE_FORMS.has(word(ctx, b))) return;
      const next = word(ctx, i + 1);
      const impersonal = word(ctx, b - 1) === 'it' && next === 'that';
      if (next !== 'to' && !impersonal) return;
      out.push({
        rule: 'is-said-to', cue: impersonal ? `it is ${t.norm} that` : `is ${t.norm} to`, cueSpan: { start: b, end: i + 1 },
        source: UNNAMED_SOURCES, claim: impersonal ? claimAfter(ctx, i + 2) : whole(ctx),
      });
    });
    return out;
  },
};

export const weAreTold: Rule = {
  reason: 'we-are-told',
  triggers: ['told'],
  description: "we're told / I am told: the outlet's own unnamed sources",
  examples: WITH_EXAMPLES ? {
    detects: [{ sentence: "We're told there is security footage that cops are looking at.", source: 'unnamed sources' }],
    ignores: ['We told them to leave.', 'They were told to leave.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    ctx.tokens.forEach((t, i) => {
      if (t.norm !== 'told' || ctx.quoted[i]) return;
      let b = i - 1;
      if (word(ctx, b) === 'been') b--;
      if (!['are', 'am', "'re", "'m", 'were', 'was', 'have', "'ve"].includes(word(ctx, b))) {
        // "We’re" may be one token: we're / i'm
        if (!["we're", "i'm"].includes(word(ctx, b))) return;
      } else b--;
      const who = word(ctx, b);
      if (!['we', 'i', "we're", "i'm"].includes(who)) return;
      if (word(ctx, i + 1) === 'to') return;
      out.push({
        rule: 'we-are-told', cue: `${ctx.text.slice(ctx.tokens[b]!.start, t.end).toLowerCase()}`, cueSpan: { start: b, end: i + 1 },
        source: UNNAMED_SOURCES, claim: claimAfter(ctx, i + 1),
      });
    });
    return out;
  },
};
