// A one-line progress bar on stderr for terminals: records, megabytes, rate and time left.

import type { WritableLike } from './output.js';

export class Progress {
  private lastDraw = 0;
  private readonly started = performance.now();

  constructor(
    private readonly stream: WritableLike,
    private readonly totalBytes: number,
  ) {}

  /** Redraws at most ten times a second. */
  update(records: number, bytesRead: number, sourceBytesDone: number, force = false): void {
    const now = performance.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? bytesRead / 1e6 / seconds : 0;
    const share = this.totalBytes > 0 ? Math.min(1, sourceBytesDone / this.totalBytes) : 0;
    const width = 24;
    const filled = Math.round(share * width);
    const eta = share > 0.01 ? Math.max(0, (seconds / share) * (1 - share)) : null;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const left = eta === null ? '' : ` · ETA ${eta < 90 ? `${Math.ceil(eta)} s` : `${Math.ceil(eta / 60)} min`}`;
    this.stream.write(`\r${bar} ${records} records · ${(bytesRead / 1e6).toFixed(1)} MB · ${rate.toFixed(1)} MB/s${left}\u001b[K`);
  }

  /** A status line for slow work between records ("OCR page 2/4"). */
  note(text: string): void {
    this.stream.write(`\r${text}\u001b[K`);
  }

  clear(): void {
    this.stream.write('\r\u001b[K');
  }
}
