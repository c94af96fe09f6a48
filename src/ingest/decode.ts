// Bytes → string. UTF-8 (with or without BOM) and UTF-16 with a BOM; anything else is an error value,
// never garbage. The decoded string keeps a leading BOM, as readFileSync(path, 'utf8') does, so
// positions agree whichever way a caller read the file.

export type Decoded =
  | { ok: true; text: string; encoding: string; bytes: number }
  | { ok: false; code: 'ingest/empty' | 'ingest/binary' | 'ingest/undecodable'; message: string; bytes: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

function swapBytes(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return swapped;
}

/**
 * Decodes plan bytes.
 * @example decodeBytes(new TextEncoder().encode('KẾ HOẠCH')) // { ok: true, text: 'KẾ HOẠCH', encoding: 'utf-8', bytes: 12 }
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const size = bytes.length;
  if (size === 0) return { ok: false, code: 'ingest/empty', message: 'The input is empty.', bytes: size };
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return { ok: true, text: utf16le.decode(bytes), encoding: 'utf-16le', bytes: size };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return { ok: true, text: utf16le.decode(swapBytes(bytes)), encoding: 'utf-16be', bytes: size };
  } catch {
    return { ok: false, code: 'ingest/undecodable', message: 'Invalid UTF-16 despite its byte order mark.', bytes: size };
  }
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, code: 'ingest/binary', message: 'The input contains NUL bytes: binary, not text.', bytes: size };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8', bytes: size };
  } catch {
    return {
      ok: false,
      code: 'ingest/undecodable',
      message: 'The input is not valid UTF-8 and has no UTF-16 byte order mark.',
      bytes: size,
    };
  }
}
