import { describe, expect, it } from 'vitest';
import { downscale, encodeGrayPgm } from '../../src/ingest/pdf/page-image.js';

describe('page images for OCR', () => {
  it('writes a binary PGM: header, then the pixels row by row', () => {
    const pgm = encodeGrayPgm(new Uint8Array([0, 128, 255, 7, 8, 9]), 3, 2);
    expect(pgm.subarray(0, 11).toString('ascii')).toBe('P5\n3 2\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 128, 255, 7, 8, 9]);
  });

  it('halves a page by averaging 2×2 blocks (the mean truncated to a byte)', () => {
    const gray = new Uint8Array([0, 255, 10, 20, 255, 0, 30, 40]);
    expect(downscale(gray, 4, 2, 2)).toEqual({ gray: new Uint8Array([127, 25]), width: 2, height: 1 });
  });

  it('leaves a page alone at factor 1', () => {
    const gray = new Uint8Array([1, 2, 3, 4]);
    expect(downscale(gray, 2, 2, 1).gray).toBe(gray);
  });
});
