// The worker-thread side of the CLI's pool: receives file tasks, sends back reports, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeTask, type FileTask } from './analyze-file';

/** workerData that marks a thread started by the pool (the CLI bundle is also the worker's script). */
export const WORKER_MARK = 'attribution-lens-worker';

export interface TaskMessage {
  id: number;
  task: FileTask;
}

export interface ResultMessage {
  id: number;
  report: import('../report/report').Report;
}

/** Sent once the worker has loaded and listens: the pool's time limit starts with a file, not with the thread. */
export interface ReadyMessage {
  ready: true;
}

export type WorkerMessage = ReadyMessage | ResultMessage;

export function isPoolWorker(): boolean {
  return parentPort !== null && (workerData as { mark?: string } | null)?.mark === WORKER_MARK;
}

export function runWorker(): void {
  const port = parentPort!;
  port.on('message', (message: TaskMessage) => {
    void analyzeTask(message.task).then((report) => port.postMessage({ id: message.id, report } satisfies ResultMessage));
  });
  port.postMessage({ ready: true } satisfies ReadyMessage);
}
