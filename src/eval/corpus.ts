// The layout of a corpus folder (corpus/README.md): English in pages/ and gold/ at the top, every
// other language in a folder of its own with the same two subfolders (fr/pages, fr/gold, ...).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CorpusSet {
  /** `en` for the top-level set, else the folder's name (`fr`, `de`, ...). */
  name: string;
  goldDir: string;
  pagesDir: string;
}

/** The name of the set kept at the top of a corpus folder. */
export const TOP_SET = 'en';

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** Every set of a corpus folder: the top-level one first, then the others by name. */
export function corpusSets(corpusDir: string): CorpusSet[] {
  const sets: CorpusSet[] = [];
  const setAt = (name: string, dir: string): void => {
    if (isDir(path.join(dir, 'gold'))) sets.push({ name, goldDir: path.join(dir, 'gold'), pagesDir: path.join(dir, 'pages') });
  };
  setAt(TOP_SET, corpusDir);
  const subfolders = readdirSync(corpusDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'gold' && e.name !== 'pages')
    .map((e) => e.name)
    .sort();
  for (const name of subfolders) setAt(name, path.join(corpusDir, name));
  return sets;
}

/** The files of a folder (not its subfolders), sorted; none when the folder does not exist. */
export const filesIn = (dir: string): string[] =>
  isDir(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort() : [];
