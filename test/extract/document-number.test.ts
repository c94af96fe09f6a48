import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../src/extract/document-number.js';

describe('parseDocumentNumber', () => {
  it.each([
    // [raw, serial, symbol, typeCode, issuerCode]
    ['7103/KH-SKHĐT', '7103', 'KH-SKHĐT', 'KH', 'SKHĐT'], // plan of a department
    ['219 /KH-UBND', '219', 'KH-UBND', 'KH', 'UBND'], // space before the slash (003)
    ['/KH-SVHTTDL', null, 'KH-SVHTTDL', 'KH', 'SVHTTDL'], // blank serial (004)
    ['31/2019/NĐ-CP', '31', 'NĐ-CP', 'NĐ', 'CP'], // normative document with year
    ['98/2023/QH15', '98', 'QH15', null, 'QH15'], // National Assembly resolution
    ['30c/NQ-CP', '30c', 'NQ-CP', 'NQ', 'CP'], // Government resolution, letter suffix, no year
    ['2872/UBND-NCPC', '2872', 'UBND-NCPC', null, 'UBND'], // công văn: no type code
    ['2231/SNV-CCHC&PC', '2231', 'SNV-CCHC&PC', null, 'SNV'], // "&" in the unit code
    ['04-NQ/TU', '04', 'NQ/TU', 'NQ', 'TU'], // Party document
    ['06/CT-CTUBND', '06', 'CT-CTUBND', 'CT', 'CTUBND'], // compound issuer code
    ['12/TTr-PNV', '12', 'TTr-PNV', 'TTr', 'PNV'], // official mixed case
  ])('%s', (raw, serial, symbol, typeCode, issuerCode) => {
    expect(parseDocumentNumber(raw)).toMatchObject({ serial, symbol, typeCode, issuerCode });
  });

  it.each(['2024', '15/11', 'ISO 9001:2015', 'abc'])('%s is not a document number', (raw) => {
    expect(parseDocumentNumber(raw)).toBeNull();
  });
});
