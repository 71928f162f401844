// Entry point of the CLI bundle (dist/cli/attribution-lens.mjs).
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`attribution-lens: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 70;
  },
);
