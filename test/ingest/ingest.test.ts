import { describe, expect, it } from 'vitest';
import { decodeBytes, ingest, normalizeText } from '../../src/ingest/index.js';
import { unifyTonePlacement } from '../../src/util/fold.js';

describe('decodeBytes', () => {
  it.each([
    // [what, bytes, encoding]
    ['UTF-8 without BOM', new TextEncoder().encode('KẾ HOẠCH'), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Số')]), 'utf-8'],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, 0x53, 0x00, 0xd1, 0x1e]), 'utf-16le'],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, 0x00, 0x53, 0x1e, 0xd1]), 'utf-16be'],
  ])('%s', (_what, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.ok && decoded.encoding).toBe(encoding);
  });

  it.each([
    ['empty', new Uint8Array(), 'ingest/empty'],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'ingest/binary'],
    ['Windows-1258 bytes', new Uint8Array([0x4b, 0xc9, 0x20, 0x48, 0xd2]), 'ingest/undecodable'],
  ])('%s is an error value, never garbage', (_what, bytes, code) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.ok ? 'ok' : decoded.code).toBe(code);
  });
});

describe('normalizeText', () => {
  it.each([
    // [what, input, normalized]
    ['CRLF and lone CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['NFD to NFC', 'Ho\u0302\u0323i', 'Hội'],
    ['old tone placement', 'hoà giải, Tỉnh uỷ, khoẻ, quý', 'hòa giải, Tỉnh ủy, khỏe, quý'],
    ['BOM and zero-width', '\uFEFFKẾ\u200B HOẠCH', 'KẾ HOẠCH'],
    ['NBSP', 'Số:\u00A07103', 'Số: 7103'],
    ['look-alike Ð', '\u00D0ối với', 'Đối với'],
    ['markdown heading and emphasis', '## **I. MỤC ĐÍCH**', 'I. MỤC ĐÍCH'],
    ['italic inside a sentence', 'báo cáo (*qua Văn phòng*).', 'báo cáo (qua Văn phòng).'],
    ['table residue', 'THÀNH PHỐ HỒ CHÍ MINH |', 'THÀNH PHỐ HỒ CHÍ MINH'],
    ['inner cell bars become tabs', '| ỦY BAN | CỘNG HÒA |', 'ỦY BAN\tCỘNG HÒA'],
    ['bullets stay', '* Nội dung', '* Nội dung'],
  ])('%s', (_what, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps every normalized offset back into the input as given', () => {
    const input = '\uFEFF## Ho\u0302\u0323i đồng\r\nhoà |';
    const { text, map } = normalizeText(input);
    expect(text).toBe('Hội đồng\nhòa');
    const at = text.indexOf('đồng');
    expect(input.slice(map.toInputStart(at, input.length), map.toInputEnd(at + 4))).toBe('đồng');
    const h = text.indexOf('Hội');
    expect(input.slice(map.toInputStart(h, input.length), map.toInputEnd(h + 3))).toBe('Ho\u0302\u0323i');
  });

  it('tone placement moves marks only in open syllables', () => {
    expect(unifyTonePlacement('hoàn thành, toán, quyết, thuỷ')).toBe('hoàn thành, toán, quyết, thủy');
  });
});

describe('ingest', () => {
  it('records size, hash and encoding of the bytes', () => {
    const result = ingest(new TextEncoder().encode('KẾ HOẠCH'));
    expect(result.ok && { bytes: result.source.bytes, encoding: result.source.encoding }).toEqual({ bytes: 12, encoding: 'utf-8' });
    expect(result.ok && result.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
