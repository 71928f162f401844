// The corpus tools behind `npm run score`, `npm run corpus:text` and `npm run corpus:sync`
// (scripts/eval.mjs builds, then runs dist/cli/eval.mjs with the repository's folders).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticle } from '../cli/load';
import { corpusSets, type CorpusSet } from './corpus';
import { readGoldFolder } from './gold';
import { analyzeWithCli } from './run-cli';
import { reportsByPage, scoreLines, scoreSet, summaryLine, type Gold, type PageReport, type SetScore } from './score';
import { ERRORS_USAGE, errorsCommand } from './errors-command';
import { applySync, pagesWithoutOrigin, planSync } from './sync';

export const USAGE = `Usage:
  npm run score [-- [--gold DIR [--pages DIR]] [--lang LIST] [--reports FILE] [--jobs N] [--verbose] [--json]]
  npm run errors [-- [--gold DIR [--pages DIR]] [--lang LIST] [--examples N] [--top N] [--json]]
  npm run corpus:text -- FILE...
  npm run corpus:sync [-- --dry-run]

score   runs the CLI on the pages of a gold folder and scores its reports against the gold
        (corpus/GUIDELINE.md, section 5). Without --gold: every set of the corpus (English in
        corpus/gold, then corpus/fr, corpus/de, ...), each with its own summary.
  --gold DIR      a folder of gold files (NAME.json, one per page)
  --pages DIR     where their pages are (default: the folder "pages" beside DIR)
  --lang LIST     the corpus sets to score, e.g. en or fr,de (default: all)
  --reports FILE  score these reports (JSON lines, as "analyze --format jsonl" writes) instead of
                  running the CLI; a report scores the gold whose page has its file's base name
  --jobs N        analyze N pages at a time (default: auto, one per CPU core)
  --verbose       every miss, false alarm and wrong kind, under its page
  --json          the scores as JSON: one object for one set, else an object keyed by set
${ERRORS_USAGE}
text    prints the text Readability extracts from each FILE (title, then one block per paragraph):
        what gold anchors are copied from
sync    copies pages and gold files that are new or changed in ../shared/corpus into corpus/ and
        lists them (--dry-run: list only). Deletes nothing, commits nothing.

Exit status: 0 when everything was scored (or printed, or synced); 1 when a gold file was invalid,
a page was missing or had no article (its records count as misses), or the CLI failed; 2 on a usage
error.`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export interface Locations {
  /** The repository's corpus folder. */
  corpusDir: string;
  /** The built CLI (dist/cli/attribution-lens.mjs). */
  cliPath: string;
  /** The team's shared folder (for sync), when there is one. */
  sharedDir?: string | null;
}

const stdio: Output = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

interface ScoreTarget {
  name: string;
  goldDir: string;
  pagesDir: string;
}

function usageError(io: Output, message: string): number {
  io.err(`score: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** The sets to score: --gold's folder, or the corpus sets --lang names. A string is a usage error. */
function targets(values: { gold?: string; pages?: string; lang?: string }, corpusDir: string): ScoreTarget[] | string {
  if (values.gold !== undefined) {
    if (values.lang !== undefined) return '--gold and --lang cannot be combined';
    const goldDir = path.resolve(values.gold);
    const pagesDir = path.resolve(values.pages ?? path.join(goldDir, '..', 'pages'));
    return [{ name: path.basename(path.dirname(goldDir)) || 'gold', goldDir, pagesDir }];
  }
  if (values.pages !== undefined) return '--pages needs --gold';
  const sets: CorpusSet[] = existsSync(corpusDir) ? corpusSets(corpusDir) : [];
  if (!sets.length) return `no corpus sets in ${corpusDir}`;
  if (values.lang === undefined || values.lang === 'all') return sets;
  const wanted = values.lang.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((w) => !sets.some((s) => s.name === w));
  if (unknown.length || !wanted.length) return `unknown --lang ${unknown.join(',') || values.lang} (the corpus has: ${sets.map((s) => s.name).join(', ')})`;
  return sets.filter((s) => wanted.includes(s.name));
}

function readReportsFile(file: string): PageReport[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    try {
      return JSON.parse(line) as PageReport;
    } catch {
      throw new Error(`${file}, line ${i + 1}: not a JSON report`);
    }
  });
}

const display = (p: string): string => {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
};

async function score(argv: string[], where: Locations, io: Output): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        gold: { type: 'string' }, pages: { type: 'string' }, lang: { type: 'string' }, reports: { type: 'string' },
        jobs: { type: 'string', short: 'j' }, verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' },
      },
    }));
  } catch (err) {
    return usageError(io, (err as Error).message);
  }
  const jobs = values.jobs ?? 'auto';
  if (!/^(auto|0|[1-9]\d{0,3})$/.test(jobs)) return usageError(io, `--jobs takes a number of threads, 0 or auto, not: ${jobs}`);
  const chosen = targets(values, where.corpusDir);
  if (typeof chosen === 'string') return usageError(io, chosen);

  let failed = false;
  const problem = (text: string): void => {
    failed = true;
    io.err(`score: ${text}\n`);
  };

  // Gold first: every set's files, checked.
  const golds = new Map<ScoreTarget, Gold[]>();
  for (const t of chosen) {
    if (!existsSync(t.goldDir)) return usageError(io, `no such gold folder: ${t.goldDir}`);
    const folder = readGoldFolder(t.goldDir);
    for (const p of folder.problems) problem(`${display(path.join(t.goldDir, p))} (left out)`);
    golds.set(t, folder.golds);
  }

  // Then the reports: from --reports, or from the CLI over every page of every set in one run.
  const reports = new Map<ScoreTarget, Map<string, PageReport>>();
  if (values.reports !== undefined) {
    let all: PageReport[];
    try {
      all = readReportsFile(values.reports);
    } catch (err) {
      return usageError(io, (err as NodeJS.ErrnoException).code === 'ENOENT' ? `no such reports file: ${values.reports}` : (err as Error).message);
    }
    const byPage = reportsByPage(all);
    for (const t of chosen) reports.set(t, byPage);
  } else {
    if (!existsSync(where.cliPath)) return usageError(io, `${where.cliPath} is missing: run \`npm run build\` first`);
    const files = new Map<ScoreTarget, string[]>();
    for (const t of chosen) {
      const present: string[] = [];
      for (const g of golds.get(t) ?? []) {
        const file = path.join(t.pagesDir, g.page);
        if (existsSync(file)) present.push(file);
        else problem(`${display(file)} is missing: its ${g.attributions.filter((r) => !r.optional).length} required records count as misses`);
      }
      files.set(t, present);
    }
    const run = await analyzeWithCli(where.cliPath, [...files.values()].flat(), jobs);
    if (run.failure) {
      problem(run.failure);
      return 1;
    }
    for (const t of chosen) {
      const own = (files.get(t) ?? []).map((f) => run.reports.get(f)).filter((r) => r !== undefined);
      for (const r of own) if (r.articleFound === false) problem(`${display(String(r.file))}: ${r.error ?? 'no article'}; its required records count as misses`);
      reports.set(t, reportsByPage(own));
    }
  }

  const scores = chosen.map((t) => ({ target: t, score: scoreSet(golds.get(t) ?? [], reports.get(t) ?? new Map()) }));
  if (values.json) {
    const json: SetScore | Record<string, SetScore> = scores.length === 1
      ? scores[0]!.score
      : Object.fromEntries(scores.map((s) => [s.target.name, s.score]));
    io.out(JSON.stringify(json, null, 2) + '\n');
  } else if (scores.length === 1) {
    io.out(scoreLines(scores[0]!.score, values.verbose).join('\n') + '\n');
  } else {
    for (const { target, score: s } of scores) {
      io.out(`== ${target.name}: ${display(target.goldDir)} (${s.pages.length} pages)\n`);
      io.out(scoreLines(s, values.verbose).join('\n') + '\n\n');
    }
    const width = Math.max(...scores.map((s) => s.target.name.length));
    for (const { target, score: s } of scores) io.out(`${target.name.padEnd(width)}  ${summaryLine(s)}\n`);
  }
  return failed ? 1 : 0;
}

async function text(files: string[], io: Output): Promise<number> {
  if (!files.length) return usageError(io, 'no FILE given');
  let failed = 0;
  for (const file of files) {
    let article;
    try {
      article = await loadArticle(file, null);
    } catch (err) {
      failed++;
      io.err(`corpus:text: ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
      continue;
    }
    if (!article.blocks) {
      failed++;
      io.err(`corpus:text: ${file}: ${article.error ?? 'no article'}\n`);
      continue;
    }
    if (files.length > 1) io.out(`==> ${file} <==\n`);
    io.out(`${article.title}\n\n${article.blocks.map((b) => b.text).join('\n\n')}\n`);
    if (files.length > 1) io.out('\n');
  }
  return failed ? 1 : 0;
}

function sync(argv: string[], where: Locations, io: Output): number {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean' } } }));
  } catch (err) {
    return usageError(io, (err as Error).message);
  }
  if (!where.sharedDir) {
    io.err('corpus:sync: no ../shared folder beside the repository (or $ATTRIBUTION_LENS_SHARED): nothing to sync from.\n');
    return 1;
  }
  const from = path.join(where.sharedDir, 'corpus');
  if (!existsSync(from)) {
    io.err(`corpus:sync: ${from} does not exist.\n`);
    return 1;
  }
  const plan = planSync(from, where.corpusDir);
  const dry = values['dry-run'] === true;
  if (!dry) applySync(plan, from, where.corpusDir);
  const verb = dry ? 'would add' : 'added';
  for (const f of plan.added) io.out(`${verb.padEnd(12)} corpus/${f}\n`);
  for (const f of plan.updated) io.out(`${(dry ? 'would update' : 'updated').padEnd(12)} corpus/${f}\n`);
  for (const f of plan.onlyInRepository) io.out(`${'kept'.padEnd(12)} corpus/${f} (not in ${from})\n`);
  const changed = plan.added.length + plan.updated.length;
  io.out(changed ? `${changed} file(s) ${dry ? 'to copy' : 'copied'} from ${from}.\n` : `corpus/ already has every page and gold file of ${from}.\n`);
  if (!changed) return 0;
  const readmePath = path.join(where.corpusDir, 'README.md');
  const unnamed = pagesWithoutOrigin(plan, existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '');
  if (unnamed.length) io.out(`Add a row for each to the table of origins in corpus/README.md (npm test checks it): ${unnamed.join(', ')}\n`);
  if ([...plan.added, ...plan.updated].some((f) => /^(pages|gold)\//.test(f))) io.out('English pages or gold changed: run `npm run expected` and review tests/expected/.\n');
  io.out('Then review the changes (git status, git diff) and commit them.\n');
  return 0;
}

export async function main(argv: string[], where: Locations, io: Output = stdio): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || rest.includes('--help') || rest.includes('-h')) {
    io.out(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'score': return score(rest, where, io);
    case 'text': return text(rest, io);
    case 'sync': return sync(rest, where, io);
    case 'errors': return errorsCommand(rest, where.corpusDir, io);
    default: return usageError(io, `unknown command: ${command}`);
  }
}
