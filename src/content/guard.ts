// One content script per page. The popup may inject it twice (two popups, popup and background at
// once); the second copy must do nothing. A copy orphaned by an extension update or reload (its
// messaging is dead) is replaced: its listeners are removed through its AbortSignal.

export const GUARD_KEY = '__attributionLensContent';

interface Claim {
  alive: () => boolean;
  abort: () => void;
}

/**
 * Claims `scope` (the content script's global) for this copy. Returns the signal its listeners are
 * tied to, or null when a live copy already runs.
 */
export function claimPage(scope: Record<string, unknown>, alive: () => boolean): AbortSignal | null {
  const previous = scope[GUARD_KEY] as Claim | undefined;
  if (previous?.alive()) return null;
  previous?.abort();
  const controller = new AbortController();
  const claim: Claim = { alive, abort: () => controller.abort() };
  scope[GUARD_KEY] = claim;
  return controller.signal;
}
