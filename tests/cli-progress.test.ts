// The CLI's progress line: a count and an ETA on a terminal, nothing otherwise.
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressLine } from '../src/cli/progress';

function fakeStream(isTTY: boolean): { isTTY: boolean; out: string[]; write(t: string): void } {
  const out: string[] = [];
  return { isTTY, out, write: (t: string) => void out.push(t) };
}

describe('progress', () => {
  it('formats durations as m:ss or h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(-3)).toBe('0:00');
  });

  it('the line gives the count, the rate and the time left', () => {
    expect(progressLine(50, 200, 10_000)).toBe('attribution-lens: 50/200 files, 5.0 files/s, ETA 0:30');
    expect(progressLine(0, 200, 0)).toBe('attribution-lens: 0/200 files, 0.0 files/s, ETA ?');
  });

  it('when the total is not known (a crawl read as it goes): the articles, their rate and the bytes of WARC read', () => {
    expect(progressLine(120, null, 4_000, 12_345_678)).toBe('attribution-lens: 120 articles, 30.0 articles/s, 12.3 MB of WARC read');
    expect(progressLine(3, null, 1_000)).toBe('attribution-lens: 3 articles, 3.0 articles/s');
    let t = 0;
    const stream = fakeStream(true);
    const p = createProgress(null, stream, { now: () => t, delayMs: 1000, intervalMs: 200 });
    p.bytes(5_000_000);
    t = 2000;
    p.tick();
    expect(stream.out).toEqual(['\r\x1b[Kattribution-lens: 1 article, 0.5 articles/s, 5.0 MB of WARC read']);
  });

  it('on a terminal: quiet for the first second, then redrawn in place, and cleared at the end', () => {
    let t = 0;
    const stream = fakeStream(true);
    const p = createProgress(4, stream, { now: () => t, delayMs: 1000, intervalMs: 200 });
    t = 500;
    p.tick();
    expect(stream.out).toEqual([]);
    t = 1000;
    p.tick();
    expect(stream.out).toEqual(['\r\x1b[Kattribution-lens: 2/4 files, 2.0 files/s, ETA 0:01']);
    t = 1100;
    p.tick(); // within the redraw interval: not drawn
    expect(stream.out).toHaveLength(1);
    p.message('attribution-lens: x.html: no such file\n');
    // A message clears the line, is written whole, and the line is drawn again below it.
    expect(stream.out.slice(1)).toEqual([
      '\r\x1b[K', 'attribution-lens: x.html: no such file\n', '\r\x1b[Kattribution-lens: 3/4 files, 2.7 files/s, ETA 0:00',
    ]);
    t = 1150;
    p.tick(); // the last file is always drawn
    expect(stream.out.at(-1)).toContain('4/4 files');
    p.done();
    expect(stream.out.at(-1)).toBe('\r\x1b[K');
  });

  it('not on a terminal: only messages are written, never a progress line', () => {
    let t = 0;
    const stream = fakeStream(false);
    const p = createProgress(100, stream, { now: () => t });
    for (let i = 0; i < 100; i++) {
      t += 1000;
      p.tick();
    }
    p.message('attribution-lens: a: b\n');
    p.done();
    expect(stream.out).toEqual(['attribution-lens: a: b\n']);
  });

  it('a single file shows no progress even on a terminal', () => {
    let t = 0;
    const stream = fakeStream(true);
    const p = createProgress(1, stream, { now: () => t });
    t = 5000;
    p.tick();
    p.done();
    expect(stream.out).toEqual([]);
  });
});
