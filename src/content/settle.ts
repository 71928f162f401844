// After a single-page site navigates, its new article renders over the next moments. Auto-analysis
// waits until the page has stopped changing for a while (or gives up waiting after `maxMs`).

export interface QuietOptions {
  quietMs?: number;
  maxMs?: number;
}

export function waitForQuiet(target: Node, { quietMs = 400, maxMs = 3000 }: QuietOptions = {}): Promise<void> {
  const win = (target.ownerDocument ?? (target as Document)).defaultView;
  if (!win) return Promise.resolve();
  return new Promise((resolve) => {
    let quietTimer: ReturnType<typeof setTimeout>;
    const done = (): void => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      resolve();
    };
    const observer = new win.MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(done, quietMs);
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    quietTimer = setTimeout(done, quietMs);
    const maxTimer = setTimeout(done, maxMs);
  });
}
