// Input decoding (src/cli/decode.ts): byte-order marks, <meta charset>, UTF-8, and clear errors for
// what is not text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput, firstInvalidUtf8, metaCharset } from '../src/cli/decode';

const html = (): boolean => true;
const text = (): boolean => false;
const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>Café “Zürich”</title></head><body><p>Ça va.</p></body></html>';

function utf16(s: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([bom ? Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), le]);
}

describe('decodeInput', () => {
  it.each([
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE)]), 'utf-8'],
    ['UTF-16LE with a byte-order mark', utf16(PAGE, 'le'), 'utf-16le'],
    ['UTF-16BE with a byte-order mark', utf16(PAGE, 'be'), 'utf-16be'],
    ['UTF-8 without a mark', Buffer.from(PAGE), 'utf-8'],
  ])('%s: the text, exactly', (_, bytes, encoding) => {
    expect(decodeInput(bytes, html)).toEqual({ text: PAGE, encoding, isHtml: true });
  });

  it('asks whether the input is a page with the decoded start of the text (a UTF-16 page is recognised)', () => {
    const seen: string[] = [];
    const decoded = decodeInput(utf16(PAGE, 'le'), (start) => {
      seen.push(start);
      return start.startsWith('<!doctype html>');
    });
    expect(decoded).toMatchObject({ isHtml: true });
    expect(seen[0]!.startsWith('<!doctype html><html>')).toBe(true);
  });

  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ["<META CHARSET='ISO-8859-1'>", 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', 'iso-8859-15'],
    ['<meta content="text/html;charset=Shift_JIS" http-equiv="content-type">', 'shift_jis'],
  ])('honours %s', (meta, encoding) => {
    const page = `<html><head>${meta}<title>Caf\u00e9</title></head><body>x</body></html>`;
    const bytes = encoding === 'shift_jis' ? Buffer.from(page.replace('Caf\u00e9', 'Cafe'), 'latin1') : Buffer.from(page, 'latin1');
    const decoded = decodeInput(bytes, html);
    expect(decoded).toMatchObject({ encoding, isHtml: true });
    if (encoding !== 'shift_jis') expect((decoded as { text: string }).text).toContain('<title>Caf\u00e9</title>');
  });

  it('a <meta> that says UTF-16 in an ASCII-compatible page means UTF-8 (the HTML standard)', () => {
    expect(decodeInput(Buffer.from(PAGE.replace('utf-8', 'utf-16')), html)).toMatchObject({ encoding: 'utf-8', text: PAGE.replace('utf-8', 'utf-16') });
  });

  it('reads the <meta> in the first 1024 bytes only, and only for pages', () => {
    const late = `<html><head>${' '.repeat(1100)}<meta charset="windows-1252"></head><body>caf\u00e9</body></html>`;
    expect(metaCharset(Buffer.from(late, 'latin1'))).toBeNull();
    expect(decodeInput(Buffer.from(late, 'latin1'), html)).toMatchObject({ error: expect.stringContaining('not valid UTF-8') });
    expect(decodeInput(Buffer.from('<meta charset="windows-1252"> caf\u00e9', 'latin1'), text)).toMatchObject({ error: expect.stringContaining('not valid UTF-8') });
  });

  it('undeclared input that is not UTF-8 is a clear error naming the byte', () => {
    expect(decodeInput(Buffer.from('Reuters said the caf\u00e9 was closed.', 'latin1'), text)).toEqual({
      error: 'not valid UTF-8 (byte 20 is 0xE9); save it as UTF-8, or declare its encoding with <meta charset> or a byte-order mark',
    });
    const unknown = decodeInput(Buffer.from('<html><head><meta charset="klingon"></head><body>caf\u00e9</body></html>', 'latin1'), html);
    expect(unknown).toMatchObject({ error: expect.stringContaining('its <meta> names an encoding this program does not know: klingon') });
  });

  it('binary data and UTF-16 without a byte-order mark are refused, not read as NUL-interleaved text', () => {
    const error = 'not text: it holds NUL bytes (binary data, or UTF-16 without a byte-order mark)';
    expect(decodeInput(utf16(PAGE, 'le', false), html)).toEqual({ error });
    expect(decodeInput(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), text)).toEqual({ error });
    expect(decodeInput(new Uint8Array(0), text)).toEqual({ text: '', encoding: 'utf-8', isHtml: false });
  });

  it('firstInvalidUtf8 agrees with a fatal TextDecoder on any bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 10 }), (noise, valid) => {
      const bytes = Buffer.concat([Buffer.from(valid), noise]);
      const at = firstInvalidUtf8(bytes);
      let ok = true;
      try {
        fatal.decode(bytes);
      } catch {
        ok = false;
      }
      expect(at === bytes.length).toBe(ok);
      if (!ok) {
        // The prefix before the offending byte is valid on its own.
        expect(() => fatal.decode(bytes.subarray(0, at))).not.toThrow();
      }
    }), { numRuns: 2000 });
  });
});
