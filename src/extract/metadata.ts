// The metadata table legal-document sites print above a document ("Số hiệu: 56/KH-UBND", "Loại văn
// bản: Kế hoạch", "Ngày ban hành: 12/04/2023", "Cơ quan ban hành: UBND tỉnh …", "Người ký: …").
// It is navigation, not the document, so it only fills what the header itself lacks.

import type { Segments } from '../segment/index.js';
import { splitCells } from '../util/cells.js';
import { squash } from '../util/fold.js';
import { type Span, span } from '../util/span.js';

export type MetadataKey = 'number' | 'docType' | 'date' | 'issuer' | 'signerName' | 'title';

const labels: Array<[RegExp, MetadataKey]> = [
  [/^(?:Số\s+hiệu|Số\s*\/\s*Ký\s+hiệu|Ký\s+hiệu)\s*:?$/iu, 'number'],
  [/^Loại\s+văn\s+bản\s*:?$/iu, 'docType'],
  [/^Ngày\s+ban\s+hành\s*:?$/iu, 'date'],
  [/^(?:Cơ\s+quan\s+ban\s+hành|Nơi\s+ban\s+hành|Đơn\s+vị\s+ban\s+hành)\s*:?$/iu, 'issuer'],
  [/^Người\s+ký\s*:?$/iu, 'signerName'],
  [/^Trích\s+yếu(?:\s+nội\s+dung)?\s*:?$/iu, 'title'],
];

export type Metadata = Partial<Record<MetadataKey, { value: string; span: Span }>>;

/** Reads "Label:<tab>value" pairs (or "Label: value") from the lines before the document header. */
export function readMetadata(segments: Segments): Metadata {
  const found: Metadata = {};
  const headerStart = segments.headers.find((h) => h.part === 0)?.start ?? segments.lines.length;
  for (const line of segments.lines.slice(0, Math.min(headerStart, 60))) {
    const cells = splitCells(line.text).flatMap((c) => {
      // "Số hiệu: 56/KH-UBND" in one cell → label and value.
      const m = /^([^:]{3,30}:)\s*(.+)$/u.exec(c.text);
      return m && labels.some(([p]) => p.test(m[1]!))
        ? [{ text: m[1]!, offset: c.offset }, { text: m[2]!, offset: c.offset + c.text.indexOf(m[2]!) }]
        : [c];
    });
    for (let k = 0; k + 1 < cells.length; k++) {
      const label = labels.find(([p]) => p.test(cells[k]!.text));
      if (!label || found[label[1]]) continue;
      const value = cells[k + 1]!;
      if (labels.some(([p]) => p.test(value.text))) continue;
      found[label[1]] = { value: squash(value.text), span: span(line.start + value.offset, line.start + value.offset + value.text.length) };
      k++;
    }
  }
  return found;
}
