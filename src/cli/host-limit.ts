// How many requests the CLI has open at once: at most a few per host (a site is never hit by a whole
// crawl at the same moment) and a few in all. A request waits for a free slot; slots are given in the
// order they were asked for.

/** Requests open at once to one host: a reader's browser opens about as many to one site. */
export const REQUESTS_PER_HOST = 2;
/** Requests open at once in all. */
export const REQUESTS_IN_ALL = 8;

export class HostLimiter {
  private readonly open = new Map<string, number>();
  private total = 0;
  private readonly waiting: { host: string; go: () => void }[] = [];

  constructor(private readonly perHost = REQUESTS_PER_HOST, private readonly inAll = REQUESTS_IN_ALL) {}

  /** Runs `task` once a slot for `url`'s host is free; the slot is given back when it settles. */
  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private free(host: string): boolean {
    return this.total < this.inAll && (this.open.get(host) ?? 0) < this.perHost;
  }

  private acquire(host: string): Promise<void> {
    if (this.free(host)) {
      this.take(host);
      return Promise.resolve();
    }
    return new Promise((go) => this.waiting.push({ host, go }));
  }

  private take(host: string): void {
    this.open.set(host, (this.open.get(host) ?? 0) + 1);
    this.total++;
  }

  private release(host: string): void {
    const n = (this.open.get(host) ?? 1) - 1;
    if (n) this.open.set(host, n);
    else this.open.delete(host);
    this.total--;
    // The first waiter whose host has room goes next (one busy site does not hold up the others).
    for (let i = 0; i < this.waiting.length && this.total < this.inAll; i++) {
      const w = this.waiting[i]!;
      if (!this.free(w.host)) continue;
      this.waiting.splice(i--, 1);
      this.take(w.host);
      w.go();
    }
  }
}

/** The host (with its port) a URL is fetched from; the URL itself when it cannot be parsed. */
function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
