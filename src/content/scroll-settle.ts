// When "Show in page" may start its flash: once the scroll that brings the sentence into view has
// ended. On a long page a smooth scroll takes a second or more; a flash started at the click would
// be nearly over when the sentence arrives.

/** No scroll event for this long: the page is not scrolling (or has stopped, where `scrollend` is missing). */
export const SCROLL_IDLE_MS = 200;
/** Flash anyway after this long (a page that keeps scrolling by itself). */
export const SCROLL_MAX_MS = 3000;

/**
 * Resolves at the first `scrollend` (of the page or of any scroller in it), or once no `scroll`
 * event has come for `idleMs` (also when nothing scrolls at all), or after `maxMs`; at once when
 * `signal` aborts. Listens from before the scroll starts, so call it right before scrolling.
 */
export function scrollSettled(doc: Document, signal: AbortSignal, { idleMs = SCROLL_IDLE_MS, maxMs = SCROLL_MAX_MS } = {}): Promise<void> {
  return new Promise((resolve) => {
    const listening = new AbortController();
    let idle: ReturnType<typeof setTimeout> | undefined;
    const done = (): void => {
      clearTimeout(idle);
      clearTimeout(cap);
      listening.abort();
      resolve();
    };
    const restartIdle = (): void => {
      clearTimeout(idle);
      idle = setTimeout(done, idleMs);
    };
    const cap = setTimeout(done, maxMs);
    if (signal.aborted) return done();
    const options = { capture: true, passive: true, signal: listening.signal };
    doc.addEventListener('scroll', restartIdle, options);
    doc.addEventListener('scrollend', done, options);
    signal.addEventListener('abort', done, { once: true, signal: listening.signal });
    restartIdle();
  });
}
