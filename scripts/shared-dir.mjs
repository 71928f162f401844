// Where the repository is, and where the team's ../shared folder is (its working copy of the corpus
// and the reference scorer): $ATTRIBUTION_LENS_SHARED, else the nearest folder named `shared` beside
// the repository or one of its parents. The project's own tests and tools read the corpus in
// corpus/; only the scorer-agreement test and `npm run corpus:sync` look for ../shared.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shared folder, or null when there is none. */
export function sharedDirIfPresent() {
  if (process.env.ATTRIBUTION_LENS_SHARED) return path.resolve(process.env.ATTRIBUTION_LENS_SHARED);
  for (let dir = repoRoot; ; dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), 'shared');
    if (existsSync(path.join(candidate, 'corpus', 'gold'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

export function findSharedDir() {
  const dir = sharedDirIfPresent();
  if (!dir) throw new Error('Cannot find ../shared (the team\'s corpus and reference scorer). Set ATTRIBUTION_LENS_SHARED to its path.');
  return dir;
}
