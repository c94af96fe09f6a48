// OCR reads the capitals of a scanned header with tone slips (real b18: "ỦY BAN NHÂN DẪN" / "TÍNH PHÙ
// THỌ"; its attached letter "UBND TĨNH PHÙ THỌ", "CỌNG HOA XA HỘI CHU NGHĨA") and the short rules that
// Nghị định 30/2020 (Phụ lục I) draws under the issuer's name and under the motto as letters ("LL",
// "II"). The header's words are a closed vocabulary: a cell whose letters, without tone marks, are those
// of the Quốc hiệu, of a council or of "TỈNH <province>" is written as that name, and a cell made only
// of rule-like strokes is dropped. Only the lines above the "Số:" line, and only OCR'd pages.

import { provinceNames } from '../../domain/provinces.js';
import { foldToAscii, squash } from '../../util/fold.js';

/** Letters without tone or vowel marks, single spaces, no hyphens: the key OCR keeps. */
const bare = (text: string): string => squash(foldToAscii(text).replace(/[-–]/g, ' '));

const phrases = ['ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'VĂN PHÒNG'];
const levels = ['TỈNH', 'THÀNH PHỐ', 'UBND TỈNH', 'UBND THÀNH PHỐ', 'ỦY BAN NHÂN DÂN TỈNH', 'ỦY BAN NHÂN DÂN THÀNH PHỐ'];

// Built by the first scan that needs it (~400 folded names), not by every run that loads the readers.
let vocabulary: Map<string, string> | null = null;
function headerVocabulary(): Map<string, string> {
  if (vocabulary) return vocabulary;
  vocabulary = new Map<string, string>();
  for (const phrase of phrases) vocabulary.set(bare(phrase), phrase);
  for (const level of levels) for (const province of provinceNames) vocabulary.set(bare(`${level} ${province}`), `${level} ${province.toUpperCase()}`);
  return vocabulary;
}

/** A cell of strokes only: the rule under a header cell as OCR reads it. */
const ruleLike = /^[LlIi1|_\-–—=.]{1,4}$/u;
/** The line that ends the header's upper block. */
const numberLine = /^\s*S[ốôoóồ]\s*:/u;

function repairedCell(cell: string): string {
  const trimmed = cell.trim();
  if (ruleLike.test(trimmed)) return '';
  const known = headerVocabulary().get(bare(trimmed));
  if (!known || known === trimmed) return cell;
  // The vocabulary is written as the header writes it: capitals, except the motto.
  return known;
}

/** The OCR'd text with its header cells repaired; `starts` (page offsets) moved by the change in length. */
export function repairOcrHeader(text: string, pageStarts: readonly number[], ocrPages: ReadonlySet<number>): { text: string; pageStarts: number[] } {
  const starts = [...pageStarts];
  let out = '';
  for (let page = 0; page < starts.length; page++) {
    const from = pageStarts[page]!;
    const to = page + 1 < pageStarts.length ? pageStarts[page + 1]! : text.length;
    const body = text.slice(from, to);
    starts[page] = out.length;
    if (!ocrPages.has(page + 1)) {
      out += body;
      continue;
    }
    const lines = body.split('\n');
    const end = lines.findIndex((line) => numberLine.test(line));
    if (end <= 0 || end > 12) {
      out += body;
      continue;
    }
    const repaired: string[] = [];
    lines.forEach((line, index) => {
      if (index >= end) return void repaired.push(line);
      const cells = line.split('\t').map(repairedCell).filter((cell) => cell.trim() !== '');
      if (cells.length > 0 || line.trim() === '') repaired.push(cells.join('\t'));
    });
    out += repaired.join('\n');
  }
  return { text: out, pageStarts: starts };
}
