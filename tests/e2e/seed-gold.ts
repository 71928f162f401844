// What the seed article (corpus/pages/seed-mosul.html) must show, read from its gold file
// (corpus/gold/seed-mosul.json); shared by the Chromium and Firefox end-to-end tests.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import messages from '../../_locales/en/messages.json';
import { repoRoot } from '../../scripts/shared-dir.mjs';

export interface GoldAttribution {
  source: string;
  alt: string[];
  kind: string | string[];
  via: string | null;
  anchor: string;
}

const gold: { attributions: GoldAttribution[] } = JSON.parse(
  await readFile(path.join(repoRoot, 'corpus', 'gold', 'seed-mosul.json'), 'utf8'),
);

export const goldFor = (source: string): GoldAttribution => {
  const found = gold.attributions.find((a) => a.source === source);
  if (!found) throw new Error(`gold has no ${source}`);
  return found;
};

/** Source names compare without case and without a leading "the". */
export const norm = (name: string) => name.trim().toLowerCase().replace(/^the\s+/, '');

export const KIND_LABELS: Record<string, string> = {
  outlet: messages.kindOutlet.message, person: messages.kindPerson.message, organization: messages.kindOrganization.message,
  document: messages.kindDocument.message, anonymous: messages.kindAnonymous.message,
};

/** The sources the seed page must show (named in the issue), with their gold kinds. */
export const SEED_SOURCES = ['the Free Beacon', 'Reuters', 'Daesh Daily', 'Sumaria', 'two sources', 'Major General Najm al-Jubbouri'];

export interface ShownGroup {
  source: string;
  kind: string;
  claims: string[];
}

/** The popup's groups as shown (run in the popup page: pass to $$eval('.group', …)). */
export function readShownGroups(groups: Element[]): ShownGroup[] {
  return groups.map((g) => ({
    source: g.querySelector('.group-source')?.textContent ?? '',
    kind: g.querySelector('.group-head .kind-badge')?.textContent ?? '',
    claims: [...g.querySelectorAll('.claim')].map((c) => c.textContent ?? ''),
  }));
}

export function groupFor(groups: ShownGroup[], goldSource: string): ShownGroup | undefined {
  const g = goldFor(goldSource);
  const names = [g.source, ...g.alt].map(norm);
  return groups.find((shown) => names.includes(norm(shown.source)));
}
