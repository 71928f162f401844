// Runs file tasks on worker threads (`--jobs N`) and hands the reports back in input order.
import { Worker } from 'node:worker_threads';
import type { Report } from '../report/report';
import type { FileTask } from './analyze-file';
import { WORKER_MARK, type ResultMessage, type TaskMessage } from './worker';

export interface PoolOptions {
  /** The script each worker runs: the CLI bundle itself. */
  script: URL | string;
  workers: number;
  /** Called once per task, in input order (a report is held until those before it are done). */
  onReport: (report: Report, index: number) => void;
  /** Called once per task, as soon as it is done (any order): for progress. */
  onDone?: () => void;
}

export function runPool(tasks: readonly FileTask[], options: PoolOptions): Promise<void> {
  const results = new Array<Report | undefined>(tasks.length);
  let next = 0; // next task to send
  let emitted = 0; // next report to hand on
  let finished = 0;
  const workers = new Set<Worker>();

  if (tasks.length === 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const flush = (): void => {
      while (emitted < tasks.length && results[emitted]) {
        const report = results[emitted]!;
        results[emitted] = undefined;
        options.onReport(report, emitted++);
      }
      if (finished === tasks.length) {
        for (const w of workers) void w.terminate();
        workers.clear();
        resolve();
      }
    };
    const complete = (id: number, report: Report): void => {
      if (results[id] || id < emitted) return;
      results[id] = report;
      finished++;
      options.onDone?.();
    };
    const start = (): void => {
      const worker = new Worker(options.script, { workerData: { mark: WORKER_MARK } });
      workers.add(worker);
      let current: number | null = null;
      const feed = (): void => {
        if (next >= tasks.length) {
          current = null;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, task: tasks[current]! } satisfies TaskMessage);
      };
      worker.on('message', (message: ResultMessage) => {
        complete(message.id, message.report);
        feed();
        flush();
      });
      // A worker that dies (an internal error) fails its current file; a new worker takes over the rest.
      const died = (why: string): void => {
        if (!workers.has(worker)) return;
        workers.delete(worker);
        if (current !== null) {
          const task = tasks[current]!;
          complete(current, { file: task.file, url: task.url, title: '', articleFound: false, error: `internal error: ${why}`, attributions: [] });
          current = null;
        }
        if (next < tasks.length) start();
        flush();
      };
      worker.on('error', (err) => died(err.message));
      worker.on('exit', (code) => died(`worker exited with code ${code}`));
      feed();
    };
    const count = Math.max(1, Math.min(options.workers, tasks.length));
    for (let i = 0; i < count; i++) start();
  });
}
