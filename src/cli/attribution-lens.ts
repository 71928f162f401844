// Entry point of the CLI bundle (dist/cli/attribution-lens.mjs). The same file is the script of the
// worker threads the files are analyzed on.
import { main } from './main';
import { isPoolWorker, runWorker } from './worker';

if (isPoolWorker()) {
  runWorker();
} else {
  const state = { failed: 0 };
  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of with EPIPE's stack
  // trace, with the exit status of the files done so far.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(state.failed ? 1 : 0);
    throw err;
  });
  main(process.argv.slice(2), { workerScript: new URL(import.meta.url), state }).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`attribution-lens: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
