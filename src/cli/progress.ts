// Progress of a long CLI run on stderr: a count and an estimate of the time left, redrawn in place.
// Only on a terminal: when stderr is a file or a pipe (a script, CI) nothing is written.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** One more file done. */
  tick(): void;
  /** `n` more bytes of WARC read. */
  bytes(n: number): void;
  /** Writes `text` (a whole line) above the progress line. */
  message(text: string): void;
  /** Removes the progress line. */
  done(): void;
}

export interface ProgressOptions {
  /** Nothing is shown before this many milliseconds have passed (short runs stay quiet). */
  delayMs?: number;
  /** The line is redrawn at most this often. */
  intervalMs?: number;
  now?: () => number;
}

const CLEAR_LINE = '\r\x1b[K';

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** 12_345_678 → "12.3 MB". */
const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * The progress line after `done` of `total` files in `elapsedMs`; when the total is not known (a
 * crawl, a list, a directory: inputs are read as the run goes), the articles done, their rate and
 * the bytes of WARC read.
 */
export function progressLine(done: number, total: number | null, elapsedMs: number, warcBytes = 0): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  if (total === null) {
    return `attribution-lens: ${done} ${done === 1 ? 'article' : 'articles'}, ${rate.toFixed(1)} articles/s${warcBytes ? `, ${megabytes(warcBytes)} of WARC read` : ''}`;
  }
  const eta = done > 0 && rate > 0 ? formatDuration((total - done) / rate) : '?';
  return `attribution-lens: ${done}/${total} files, ${rate.toFixed(1)} files/s, ETA ${eta}`;
}

export function createProgress(total: number | null, stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 200;
  if (!stream.isTTY || (total !== null && total < 2)) {
    return { tick: () => undefined, bytes: () => undefined, message: (text) => void stream.write(text), done: () => undefined };
  }
  const started = now();
  let count = 0;
  let warcBytes = 0;
  let shown = false;
  let lastDraw = -Infinity;
  const draw = (): void => {
    stream.write(CLEAR_LINE + progressLine(count, total, now() - started, warcBytes));
    shown = true;
    lastDraw = now();
  };
  return {
    tick() {
      count++;
      const t = now();
      if (t - started >= delayMs && (t - lastDraw >= intervalMs || count === total)) draw();
    },
    bytes(n) {
      warcBytes += n;
    },
    message(text) {
      if (shown) stream.write(CLEAR_LINE);
      stream.write(text);
      if (shown) draw();
    },
    done() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
