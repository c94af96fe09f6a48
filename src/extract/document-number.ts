// Số/ký hiệu → parts (documents.md §5.4). State documents "7103/KH-SKHĐT", normative "31/2019/NĐ-CP",
// National Assembly "98/2023/QH15", Government resolutions without year "30c/NQ-CP", công văn
// "2872/UBND-NCPC" (no type code), Party documents "04-NQ/TU", blank serial "/KH-SVHTTDL", and the
// Government's sub-numbered resolutions "66.2/2025/NQ-CP" (real f06).

import { docTypeByCode } from '../domain/doc-types.js';

const symbolPart = String.raw`\p{Lu}[\p{L}\d&]*`;
// The number as written, spaces allowed around "/" and "-" ("219 /KH-UBND").
export const documentNumberPattern = new RegExp(
  String.raw`(?:\d{1,5}(?:\.\d{1,2})?[a-zA-Z]?\s*/\s*(?:(?:19|20)\d{2}\s*/\s*)?${symbolPart}(?:\s*[-–]\s*[\p{L}\d&]+)*` +
    String.raw`|\d{1,5}\s*-\s*${symbolPart}\s*/\s*${symbolPart}(?:\s*-\s*[\p{L}\d&]+)*)`,
  'u',
);

export interface DocumentNumber {
  raw: string;
  serial: string | null;
  symbol: string;
  typeCode: string | null;
  issuerCode: string | null;
  year: number | null;
}

/**
 * @example parseDocumentNumber('7103/KH-SKHĐT') // { serial: '7103', symbol: 'KH-SKHĐT', typeCode: 'KH', issuerCode: 'SKHĐT', … }
 * @example parseDocumentNumber('/KH-SVHTTDL').serial // null
 */
export function parseDocumentNumber(raw: string): DocumentNumber | null {
  const compact = raw.replace(/\s+/g, '').replace(/–/g, '-');
  const party = /^(\d+)-([\p{L}]+)\/([\p{L}\d&-]+)$/u.exec(compact);
  if (party) {
    return { raw, serial: party[1]!, symbol: `${party[2]}/${party[3]}`, typeCode: party[2]!, issuerCode: party[3]!, year: null };
  }
  const state = /^(\d+(?:\.\d{1,2})?[a-zA-Z]?)?\/(?:((?:19|20)\d{2})\/)?(\p{L}[\p{L}\d&]*(?:-[\p{L}\d&]+)*)$/u.exec(compact);
  if (!state) return null;
  const symbol = state[3]!;
  const groups = symbol.split('-');
  const typed = docTypeByCode(groups[0]!);
  // The first group is a type code only when a body code follows it ("KH-UBND"; "UBND-NCPC" is a công văn).
  const typeCode = typed && groups.length > 1 ? groups[0]! : null;
  // Nghị định 30: [type]-[issuer](-[drafting unit]): "KH-CAT-PV01" → issuer "CAT".
  const issuerCode = typeCode ? (groups[1] ?? null) : groups[0]!;
  return { raw, serial: state[1] ?? null, symbol, typeCode, issuerCode, year: state[2] ? Number(state[2]) : null };
}

/** Compact form for comparing numbers: no spaces, upper case. */
export function numberKey(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}
