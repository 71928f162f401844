// Runs the built CLI (`attribution-lens analyze --format jsonl`) over many pages and collects its
// reports: the score measures exactly what users get. Files go in batches, so that hundreds or
// thousands of pages never exceed the system's limit on a command line; --jobs spreads each batch
// over worker threads. The CLI's own messages (unreadable files, progress) go to our stderr.
import { spawn } from 'node:child_process';
import type { PageReport } from './score';

/** At most this many characters of file names on one command line (Linux allows 128 KiB per argument list, Windows 32 K). */
const MAX_ARGS_CHARS = 24_000;

export interface CliRun {
  /** Reports by the file name as given. */
  reports: Map<string, PageReport & { articleFound?: boolean; error?: string }>;
  /** Set when the CLI itself failed (a usage error, a crash): what it said. */
  failure?: string;
}

/** Splits files into batches whose names fit on one command line. */
export function batches(files: readonly string[], maxChars = MAX_ARGS_CHARS): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const f of files) {
    if (current.length && size + f.length + 1 > maxChars) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(f);
    size += f.length + 1;
  }
  if (current.length) out.push(current);
  return out;
}

function runBatch(cli: string, files: string[], jobs: string): Promise<{ lines: string[]; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'analyze', '--format', 'jsonl', '--jobs', jobs, '--', ...files], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    const lines: string[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) if (line.trim()) lines.push(line);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending.trim()) lines.push(pending);
      resolve({ lines, code });
    });
  });
}

/**
 * Analyzes `files` with the CLI at `cli`. Exit status 1 (some file had no article) is normal: those
 * files still have a report. Any other failure is returned in `failure`.
 */
export async function analyzeWithCli(cli: string, files: readonly string[], jobs = 'auto'): Promise<CliRun> {
  const reports: CliRun['reports'] = new Map();
  for (const batch of batches(files)) {
    const { lines, code } = await runBatch(cli, batch, jobs);
    if (code !== 0 && code !== 1) return { reports, failure: `${cli} exited with status ${code}` };
    for (const line of lines) {
      let report: PageReport & { articleFound?: boolean; error?: string };
      try {
        report = JSON.parse(line) as typeof report;
      } catch {
        return { reports, failure: `${cli} wrote a line that is not JSON: ${line.slice(0, 120)}` };
      }
      reports.set(String(report.file), report);
    }
  }
  return { reports };
}
