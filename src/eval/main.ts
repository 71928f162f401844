// Entry point of dist/cli/eval.mjs. scripts/eval.mjs (what the npm scripts run) builds the project,
// then calls it as: eval.mjs --corpus DIR --cli FILE [--shared DIR] COMMAND [ARGS...]
import { main, type Locations } from './cli';

const LOCATION_FLAGS = { '--corpus': 'corpusDir', '--cli': 'cliPath', '--shared': 'sharedDir' } as const;

const argv = process.argv.slice(2);
const where: Partial<Locations> = {};
while (argv[0] !== undefined && argv[0] in LOCATION_FLAGS && argv[1] !== undefined) {
  where[LOCATION_FLAGS[argv.shift() as keyof typeof LOCATION_FLAGS]] = argv.shift()!;
}
if (!where.corpusDir || !where.cliPath) {
  process.stderr.write('eval.mjs: run it through npm (npm run score, corpus:text, corpus:sync), which passes --corpus and --cli\n');
  process.exitCode = 2;
} else {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(argv, where as Locations).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`eval: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
