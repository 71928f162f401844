// An HTTP server on 127.0.0.1 for the CLI's fetching tests, with routes of the test's own, a log of
// every request (path and headers), and the most requests it had open at once. Plus the built CLI run
// asynchronously: spawnSync would block the very event loop the server answers on.
import { spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { repoRoot } from '../../scripts/shared-dir.mjs';
import { cliPath, type CliResult } from './cli';

export type Route = (res: ServerResponse, req: IncomingMessage) => void;

export interface LocalServer {
  origin: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  /** The most requests open at the same time so far. */
  maxOpen: number;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<LocalServer> {
  let open = 0;
  const state = { requests: [] as LocalServer['requests'], maxOpen: 0 };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    state.requests.push({ path, headers: req.headers });
    open++;
    state.maxOpen = Math.max(state.maxOpen, open);
    res.on('close', () => open--);
    const route = routes[path.split('?')[0]!];
    if (route) route(res, req);
    else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<!doctype html><html><body><p>No such page.</p></body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    get requests() { return state.requests; },
    get maxOpen() { return state.maxOpen; },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections(); // routes that never answer (the timeout's) hold theirs open
      server.close(() => resolve());
    }),
  };
}

/** An HTML response. */
export const html = (body: string, status = 200): Route => (res) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};

/**
 * An HTML body with no content-length, written chunk after chunk for as long as the client reads (up
 * to 64 MB): its size is known only by reading. `written()`: the bytes written so far.
 */
export function endlessHtml(): { route: Route; written(): number } {
  let written = 0;
  const route: Route = (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const write = (): void => {
      while (written < 64 * 1024 * 1024) {
        written += chunk.length;
        if (!res.write(chunk)) { res.once('drain', write); return; }
      }
      res.end();
    };
    res.on('close', () => res.destroy());
    write();
  };
  return { route, written: () => written };
}

/** The built CLI, run without blocking this process. */
export function runCliAsync(args: string[], input = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}
