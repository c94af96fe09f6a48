// Exact map from offsets in the normalized text back to offsets in the input as given.
// Built while normalizing (never by diffing afterwards): a list of segments, each either a 1:1 copy
// or a replacement whose every unit maps to the whole input range it came from.

import { lastAtMost } from '../util/search.js';

export class OffsetMap {
  private readonly normStart: number[] = [];
  private readonly normLength: number[] = [];
  private readonly inputStart: number[] = [];
  private readonly inputLength: number[] = [];
  private readonly isCopy: boolean[] = [];
  private normalizedLength = 0;

  /** Records that the next normalized unit is input[inputIndex] unchanged. */
  copy(inputIndex: number, count = 1): void {
    const last = this.isCopy.length - 1;
    if (
      last >= 0 &&
      this.isCopy[last] &&
      this.inputStart[last]! + this.inputLength[last]! === inputIndex &&
      this.normStart[last]! + this.normLength[last]! === this.normalizedLength
    ) {
      this.normLength[last]! += count;
      this.inputLength[last]! += count;
    } else {
      this.push(this.normalizedLength, count, inputIndex, count, true);
    }
    this.normalizedLength += count;
  }

  /** Records that the next `length` normalized units replace input[inputStart, inputEnd). */
  replace(length: number, inputStart: number, inputEnd: number): void {
    if (length === 0) return;
    this.push(this.normalizedLength, length, inputStart, inputEnd - inputStart, false);
    this.normalizedLength += length;
  }

  private push(ns: number, nl: number, is: number, il: number, copy: boolean): void {
    this.normStart.push(ns);
    this.normLength.push(nl);
    this.inputStart.push(is);
    this.inputLength.push(il);
    this.isCopy.push(copy);
  }

  private segmentOf(offset: number): number {
    return lastAtMost(this.normStart, offset);
  }

  /** Input offset where the normalized unit at `offset` starts. */
  toInputStart(offset: number, inputLength: number): number {
    if (this.normStart.length === 0) return 0;
    if (offset >= this.normalizedLength) return inputLength;
    const k = this.segmentOf(offset);
    return this.isCopy[k] ? this.inputStart[k]! + (offset - this.normStart[k]!) : this.inputStart[k]!;
  }

  /** Input offset just after the normalized unit before `offset` (an exclusive end). */
  toInputEnd(offset: number): number {
    if (offset <= 0 || this.normStart.length === 0) return 0;
    const k = this.segmentOf(Math.min(offset, this.normalizedLength) - 1);
    if (this.isCopy[k]) return this.inputStart[k]! + (Math.min(offset, this.normalizedLength) - this.normStart[k]!);
    return this.inputStart[k]! + this.inputLength[k]!;
  }
}
