// Where ../shared (the dev corpus and its scorer) is: $ATTRIBUTION_LENS_SHARED, else the nearest
// folder named `shared` beside the repository or one of its parents.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function findSharedDir() {
  if (process.env.ATTRIBUTION_LENS_SHARED) return path.resolve(process.env.ATTRIBUTION_LENS_SHARED);
  for (let dir = repoRoot; ; dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), 'shared');
    if (existsSync(path.join(candidate, 'corpus', 'gold'))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error('Cannot find ../shared (the dev corpus). Set ATTRIBUTION_LENS_SHARED to its path.');
}
