// Entry names: decoding raw zip names (UTF-8 or CP437), normalising them, and refusing names that could escape a folder.

import { extensionOf } from '../../util/extension.js';

export { extensionOf };

/** CP437 bytes 0x80–0xFF; old zip tools wrote names in this DOS code page when the UTF-8 flag is not set. */
const cp437High =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

const zipUtf8Flag = 0x800;
// ignoreBOM keeps a leading EF BB BF as a character, so names are decoded byte-faithfully.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** UTF-8 when the zip says so (general purpose bit 0x800) or the bytes are valid UTF-8; otherwise CP437. */
export function decodeZipName(raw: Uint8Array, generalPurposeBitFlag: number): string {
  if (generalPurposeBitFlag & zipUtf8Flag) return lenientUtf8.decode(raw);
  try {
    return strictUtf8.decode(raw);
  } catch {
    return decodeCp437(raw);
  }
}

export function decodeCp437(raw: Uint8Array): string {
  let text = '';
  // Bytes below 0x80 stay ASCII (control bytes included) so the safety check below still sees them as controls.
  for (const byte of raw) text += byte < 0x80 ? String.fromCharCode(byte) : cp437High[byte - 0x80];
  return text;
}

export type EntryNameCheck = { safe: true; name: string } | { safe: false; name: string; reason: string };

const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Normalises `\` to `/` and strips leading `./`; refuses absolute names, drive letters, `..` segments and control
 * characters, since any of them could address something outside the archive's own folder.
 */
export function checkEntryName(rawName: string): EntryNameCheck {
  let name = rawName.replaceAll('\\', '/');
  while (name.startsWith('./')) name = name.slice(2);
  if (controlCharacter.test(name)) return { safe: false, name, reason: 'it contains control characters' };
  if (name.startsWith('/')) return { safe: false, name, reason: 'it is an absolute path' };
  if (/^[A-Za-z]:/.test(name)) return { safe: false, name, reason: 'it starts with a drive letter' };
  if (name.split('/').includes('..')) return { safe: false, name, reason: 'it has a ".." segment that climbs out of the archive' };
  return { safe: true, name };
}

/** Directory entries end with `/`; an empty name (e.g. `./`) is the archive root. */
export function isDirectoryName(name: string): boolean {
  return name === '' || name === '.' || name.endsWith('/');
}


/** Control characters shown as \xNN, so a hostile name cannot break the line or terminal it is printed on. */
export function displayEntryName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function countSkipped(skipped: Map<string, number>, name: string): void {
  const extension = extensionOf(name);
  skipped.set(extension, (skipped.get(extension) ?? 0) + 1);
}

/** Plain code-unit order, so output does not depend on the archive's own order or the locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
