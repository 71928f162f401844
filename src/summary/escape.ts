// Everything a report holds is untrusted (it comes from the pages a crawler saved): every string that
// reaches the summary's HTML goes through these helpers, in text and in attribute values alike.
import { stripControls } from '../report/controls';

/** A surrogate code unit without its pair: not a character, and not encodable in UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const HTML_SPECIALS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `text` safe as HTML text and as a quoted attribute value: the five characters that can end a text
 * run, a tag or an attribute are escaped, and terminal control characters (C0 but tab and line
 * breaks, DEL, C1) are left out, as in the Markdown and CSV reports. Lone surrogates become U+FFFD.
 */
export function escapeHtml(text: unknown): string {
  const s = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  return stripControls(s.replace(LONE_SURROGATE, '\uFFFD')).replace(/[&<>"']/g, (c) => HTML_SPECIALS[c] ?? '');
}

/** The address, normalized, when it is an http or https URL (the only ones the summary links to); else null. */
export function webUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
