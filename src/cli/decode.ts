// Bytes of a CLI input → text, as a browser would decode the page: a byte-order mark first, then
// the charset of the HTTP Content-Type (pages from a WARC), then (for HTML) the encoding a <meta>
// declares in the first 1024 bytes, else UTF-8. Input that is not text in that encoding, and files
// whose first bytes say they are an image, an archive or a document (whatever their name), are a
// clear error, never a report of garbage.

export type Decoded = { text: string; encoding: string; isHtml: boolean } | { error: string };

/** How far into a page a <meta charset> is looked for (the HTML standard's prescan). */
export const META_PRESCAN_BYTES = 1024;
/** Share of NUL bytes at the start of a file above which it is binary (or UTF-16 without a mark). */
const NUL_SHARE = 0.1;

/**
 * The first bytes of formats that are never an article, whatever the file is called, and what to
 * call them in the message. A gzip stream may be a web archive: its message says how to read one.
 */
const BINARY_SIGNATURES: readonly { bytes: readonly (number | string)[]; what: string }[] = [
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed data (unpack it first; a compressed web archive is read when named .warc.gz)' },
  { bytes: [0x89, 'PNG\r\n', 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ['GIF8'], what: 'a GIF image' },
  { bytes: ['%PDF-'], what: 'a PDF document (save its text as .txt)' },
  { bytes: ['PK', 0x03, 0x04], what: 'a ZIP archive (or a document stored as one: .docx, .odt, .epub)' },
  { bytes: ['PK', 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: ['WARC/1.'], what: 'a web archive (WARC): name it .warc (or .warc.gz when compressed) to read its pages' },
];

/** Each signature as bytes, compiled once. */
const SIGNATURES = BINARY_SIGNATURES.map(({ bytes, what }) => ({
  what,
  bytes: bytes.flatMap((b) => (typeof b === 'number' ? [b] : [...b].map((c) => c.charCodeAt(0)))),
}));

/** What binary format `bytes` start with (for the message), or null. */
export function binaryFormat(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find((sig) => sig.bytes.every((b, i) => bytes[i] === b));
  return match ? match.what : null;
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const LABEL_CHAR = /[a-z0-9_.:-]/;

/** The label after "charset" at `at` in `tag` ("charset = 'x'"), or null. */
function labelAfter(tag: string, at: number): string | null {
  let i = at + 'charset'.length;
  while (tag[i] === ' ' || tag[i] === '\t' || tag[i] === '\n' || tag[i] === '\r') i++;
  if (tag[i] !== '=') return null;
  i++;
  while (tag[i] === ' ' || tag[i] === '\t' || tag[i] === '"' || tag[i] === "'") i++;
  let end = i;
  while (end < tag.length && LABEL_CHAR.test(tag[end]!)) end++;
  return end > i ? tag.slice(i, end) : null;
}

/** The encoding label a <meta charset> or <meta http-equiv content="…; charset=…"> declares early in the page. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_PRESCAN_BYTES)).toLowerCase();
  for (let at = head.indexOf('<meta'); at >= 0; at = head.indexOf('<meta', at + 5)) {
    const close = head.indexOf('>', at);
    const tag = head.slice(at, close < 0 ? head.length : close);
    for (let c = tag.indexOf('charset'); c >= 0; c = tag.indexOf('charset', c + 7)) {
      const label = labelAfter(tag, c);
      if (label) return label;
    }
  }
  return null;
}

/** The decoder for a label, or null when the label names no encoding this runtime knows. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function hasManyNuls(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, META_PRESCAN_BYTES);
  let nuls = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nuls++;
  return n > 0 && nuls / n > NUL_SHARE;
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence (the length when all are valid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    // Continuation bytes and their bounds after each lead byte, as in the Encoding standard.
    const [count, lo, hi] = b < 0x80 ? [0, 0, 0] : b >= 0xc2 && b <= 0xdf ? [1, 0x80, 0xbf]
      : b === 0xe0 ? [2, 0xa0, 0xbf] : b === 0xed ? [2, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [2, 0x80, 0xbf]
      : b === 0xf0 ? [3, 0x90, 0xbf] : b === 0xf4 ? [3, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [3, 0x80, 0xbf] : [-1, 0, 0];
    if (count < 0) return i;
    for (let k = 1; k <= count; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += count + 1;
  }
  return bytes.length;
}

/**
 * Decodes an input. Known binary formats are refused first (binaryFormat). A byte-order mark
 * decides; else the charset the HTTP response declared (`transportCharset`, for pages from a WARC);
 * else an HTML page's <meta> declaration (UTF-16 labels mean UTF-8 there, as in the standard); a
 * declared encoding decodes as a browser does (U+FFFD for a bad sequence). Undeclared input must be
 * valid UTF-8. Input with many NUL bytes (binary data, or UTF-16 without a byte-order mark) is
 * refused. `isHtml` is asked with the start of the text whether the input is a page.
 */
export function decodeInput(bytes: Uint8Array, isHtml: (start: string) => boolean, transportCharset?: string | null): Decoded {
  const binary = binaryFormat(bytes);
  if (binary) return { error: `not text: ${binary}` };
  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding, isHtml: isHtml(text.slice(0, META_PRESCAN_BYTES)) };
  }
  if (hasManyNuls(bytes)) return { error: 'not text: it holds NUL bytes (binary data, or UTF-16 without a byte-order mark)' };
  const html = isHtml(new TextDecoder('windows-1252').decode(bytes.subarray(0, META_PRESCAN_BYTES)));
  const transport = transportCharset ? decoderFor(transportCharset) : null;
  const label = transport ? transportCharset! : html ? metaCharset(bytes) : null;
  const declared = transport ?? (label ? decoderFor(label) : null);
  if (declared) {
    const encoding = declared.encoding.startsWith('utf-16') ? 'utf-8' : declared.encoding;
    return { text: new TextDecoder(encoding).decode(bytes), encoding, isHtml: html };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid < bytes.length) {
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      error: `not valid UTF-8 (byte ${invalid} is 0x${byte})${label ? ` and its <meta> names an encoding this program does not know: ${label}` : ''};`
        + ' save it as UTF-8, or declare its encoding with <meta charset> or a byte-order mark',
    };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', isHtml: html };
}
