// How long a reader waits at most: here, apart from the code that uses it, so tests and scripts can
// read it without the browser APIs.

/** From the popup asking to its error state with Try again: the ping, the injection and the analysis together. */
export const ANALYSIS_TIMEOUT_MS = 30_000;
