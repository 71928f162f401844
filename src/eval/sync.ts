// npm run corpus:sync: brings the pages and gold files that are new or changed in the team's
// working copy of the corpus (../shared/corpus) into the repository's corpus/, and says what it
// changed. It never deletes and never commits: the changes are reviewed and committed by hand.
// README.md, GUIDELINE.md and NOTICE of corpus/ are the project's own and are not copied.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusSets, filesIn } from './corpus';

export interface SyncPlan {
  /** Paths relative to the corpus folder, e.g. `fr/pages/x.html`. */
  added: string[];
  updated: string[];
  /** Files of a synced folder that exist only in the repository (left alone). */
  onlyInRepository: string[];
}

const SUBFOLDERS = ['pages', 'gold'] as const;

/** What a sync from `fromCorpus` into `toCorpus` would change. Reads only. */
export function planSync(fromCorpus: string, toCorpus: string): SyncPlan {
  const plan: SyncPlan = { added: [], updated: [], onlyInRepository: [] };
  for (const set of corpusSets(fromCorpus)) {
    const setDir = path.relative(fromCorpus, path.dirname(set.goldDir));
    for (const sub of SUBFOLDERS) {
      const rel = (name: string): string => path.join(setDir, sub, name).split(path.sep).join('/');
      const fromFiles = filesIn(path.join(fromCorpus, setDir, sub));
      const toDir = path.join(toCorpus, setDir, sub);
      for (const name of fromFiles) {
        const target = path.join(toDir, name);
        if (!existsSync(target)) plan.added.push(rel(name));
        else if (!readFileSync(target).equals(readFileSync(path.join(fromCorpus, setDir, sub, name)))) plan.updated.push(rel(name));
      }
      const known = new Set(fromFiles);
      for (const name of filesIn(toDir)) if (!known.has(name)) plan.onlyInRepository.push(rel(name));
    }
  }
  return plan;
}

/** Copies what `plan` lists from `fromCorpus` into `toCorpus`. */
export function applySync(plan: SyncPlan, fromCorpus: string, toCorpus: string): void {
  for (const rel of [...plan.added, ...plan.updated]) {
    const target = path.join(toCorpus, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(fromCorpus, rel), target);
  }
}

/** New pages that corpus/README.md's table of origins does not name yet. */
export function pagesWithoutOrigin(plan: SyncPlan, readme: string): string[] {
  return [...plan.added, ...plan.updated].filter((rel) => /(^|\/)pages\//.test(rel) && !readme.includes(`\`${rel}\``));
}
