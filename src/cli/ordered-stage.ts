// An asynchronous step between the pool and the writer (--follow-links fetches a report's linked
// pages): reports go in in input order, are worked on together, and come out in input order. Bounded:
// the inputs wait for room (room()) so a slow network holds back the reading, not the memory.

/** Reports worked on at once (each may wait on several linked pages). */
export const STAGE_WIDTH = 8;

export class OrderedStage<T> {
  private readonly pending: Promise<T>[] = [];
  private draining: Promise<void> = Promise.resolve();
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly work: (item: T) => Promise<T>, private readonly out: (item: T) => void, private readonly width = STAGE_WIDTH) {}

  /** Starts `item`'s work; it is handed on after every item pushed before it. */
  push(item: T): void {
    // The work never rejects the chain: a failure hands the item on as it came.
    const done = this.work(item).catch(() => item);
    this.pending.push(done);
    this.draining = this.draining.then(async () => {
      this.out(await done);
      this.pending.shift();
      this.waiters.splice(0).forEach((go) => go());
    });
  }

  /** Resolves once fewer than `width` items are being worked on. */
  async room(): Promise<void> {
    while (this.pending.length >= this.width) await new Promise<void>((go) => this.waiters.push(go));
  }

  /** Resolves once every item pushed so far has been handed on. */
  drain(): Promise<void> {
    return this.draining;
  }
}
