// A pack's auxiliary rules applied to its cue verb forms: "dicho" becomes "ha dicho", "han dicho", …
// At compile time, so the packs that travel as data carry the rule rather than every pair.
import type { AuxiliaryRule } from './types';

/** The rule a form's first word falls under, if any (the first that matches: "-ndo" before "-o"). */
function ruleFor(form: string, rules: readonly AuxiliaryRule[]): AuxiliaryRule | undefined {
  const head = form.split(' ')[0]!;
  return rules.find((r) => r.words?.includes(head) || r.endings.some((e) => head.endsWith(e)));
}

/** `forms` with each one an auxiliary rule covers written out after its auxiliaries (and kept alone where the rule says). */
export function withAuxiliaries(forms: readonly string[], rules: readonly AuxiliaryRule[] = []): string[] {
  if (!rules.length) return [...forms];
  const out: string[] = [];
  for (const form of forms) {
    const rule = ruleFor(form, rules);
    if (!rule) out.push(form);
    else out.push(...(rule.alone ? [form] : []), ...rule.before.map((a) => `${a} ${form}`));
  }
  return [...new Set(out)];
}
