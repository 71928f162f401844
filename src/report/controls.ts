// Terminal control characters (C0 but tab and line breaks, DEL, C1: ESC starts the sequences that
// move the cursor, clear the screen or retitle the window) have no place in article text. Markdown
// and CSV outputs leave them out; messages on stderr show them escaped.

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const CONTROLS_AND_LINE_BREAKS = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` without terminal control characters (tab, CR and LF stay). */
export const stripControls = (text: string): string => text.replace(CONTROLS, '');

/** `text` for one line of a terminal: every control character (line breaks too) as \uXXXX. */
export const escapeControls = (text: string): string =>
  text.replace(CONTROLS_AND_LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
