// Assigns every line a zone: the document's header, preamble (legal bases, intro), body (the outline),
// footer (closing sentence, Nơi nhận, signature), appendix, and what is not the document (navigation
// before the header, page furniture, web debris after the end).

import type { Reporter } from '../diagnostics/report.js';
import { span } from '../util/span.js';
import {
  appendixStartPattern,
  attachedToPattern,
  authorityPrefixPattern,
  closingPattern,
  debrisPattern,
  enactingLinePattern,
  isUpperLine,
  pageNumberPattern,
  positionTitlePattern,
  recipientsHeadPattern,
  relatedListHeadPattern,
  separatorPattern,
  typeLinePattern,
} from './genre-lines.js';
import { findHeaderRegion, type HeaderRegion } from './header-region.js';
import type { Line } from './lines.js';
import { readMarker } from './markers.js';

export type Zone = 'navigation' | 'header' | 'preamble' | 'body' | 'footer' | 'appendix' | 'footnote' | 'debris' | 'noise';

export interface Zoning {
  zones: Zone[];
  /** Which document part a line belongs to: 0 the main document, 1.. documents attached after it. */
  parts: number[];
  headers: Array<HeaderRegion & { part: number }>;
}

const isTableLine = (text: string) => (text.match(/\t/g)?.length ?? 0) >= 2 && text.trim().includes('\t');

/** Page numbers and running headers/footers repeated between pages. */
function findPageNoise(lines: Line[]): Set<number> {
  const noise = new Set<number>();
  for (const line of lines) {
    if (line.trimmed && pageNumberPattern.test(line.trimmed) && !line.text.includes('\t')) noise.add(line.index);
  }
  // A running header: the same line at least three times, mostly right next to page numbers.
  const seen = new Map<string, number[]>();
  for (const line of lines) {
    if (line.trimmed.length < 8 || isTableLine(line.text)) continue;
    const list = seen.get(line.trimmed) ?? [];
    list.push(line.index);
    seen.set(line.trimmed, list);
  }
  const nearPageNumber = (i: number) => {
    for (const d of [-2, -1, 1, 2]) if (noise.has(i + d)) return true;
    return false;
  };
  for (const indices of seen.values()) {
    const near = indices.filter(nearPageNumber).length;
    if ((indices.length >= 3 && near >= 2) || (indices.length === 2 && near === 2)) for (const i of indices) noise.add(i);
  }
  return noise;
}

export const isSignatureLine = (t: string) =>
  authorityPrefixPattern.test(t) || (positionTitlePattern.test(t) && t.split(/\s+/).length <= 9);

const startsFooter = (t: string) =>
  closingPattern.test(t) || recipientsHeadPattern.test(t) || (isSignatureLine(t) && isUpperLine(t));

function startsAttachedDocument(lines: Line[], j: number): boolean {
  const t = lines[j]!.trimmed;
  // "TM. ỦY BAN NHÂN DÂN" signs the document above; the attached Quy định/Quy chế starts below it (bulk:
  // the signer was taken for the next part's navigation).
  if (authorityPrefixPattern.test(t)) return false;
  if (attachedToPattern.test(t) && /(Kế\s+hoạch|Quyết\s+định|Chương\s+trình|Đề\s+án|Phương\s+án)/iu.test(t)) return false;
  const type = typeLinePattern.exec(t);
  if (type && isUpperLine(t) && t.length === type[0].trim().length) return true;
  // An issuer line followed shortly by a type line.
  if (isUpperLine(t) && /(ỦY\s+BAN|UBND|SỞ|PHÒNG|BAN\s)/u.test(t)) {
    for (let k = j + 1; k < Math.min(lines.length, j + 8); k++) {
      const u = lines[k]!.trimmed;
      const m = typeLinePattern.exec(u);
      if (m && isUpperLine(u)) return true;
    }
  }
  return false;
}

/** Zones every line. */
/**
 * `footnotesFrom`: the first line of the footnotes a reader put after the text (.doc, PDF); they are read
 * for their references, not as the document's body or as debris after its signature (real b05).
 */
export function zoneLines(lines: Line[], reporter: Reporter, footnotesFrom = lines.length): Zoning {
  const zones: Zone[] = new Array(lines.length).fill('body');
  const parts: number[] = new Array(lines.length).fill(0);
  const headers: Zoning['headers'] = [];
  const noise = findPageNoise(lines);
  const isNoise = (i: number) => noise.has(i) || separatorPattern.test(lines[i]!.trimmed);
  if (noise.size > 0) {
    const first = lines[[...noise][0]!]!;
    reporter.report('segment/page-noise-dropped', `${noise.size} page number or running header line(s) removed.`, span(first.start, first.end));
  }

  let part = 0;
  let state: 'preamble' | 'body' | 'footer' | 'appendix' | 'debris' = 'preamble';
  let signatureSeen = false;
  let debrisStart = -1;

  const enterHeader = (from: number): number => {
    const header = findHeaderRegion(lines, from, isNoise);
    if (!header) return from;
    for (let k = from; k < header.start; k++) if (lines[k]!.trimmed && !isNoise(k)) zones[k] = 'navigation';
    for (let k = header.start; k < header.end; k++) zones[k] = 'header';
    headers.push({ ...header, part });
    const navigation = lines.slice(from, header.start).filter((l) => l.trimmed && !isNoise(l.index));
    if (navigation.length > 0 && part === 0)
      reporter.report(
        'segment/navigation-dropped',
        `${navigation.length} line(s) before the header were ignored.`,
        span(navigation[0]!.start, navigation[navigation.length - 1]!.end),
      );
    return header.end;
  };

  let i = enterHeader(0);
  for (let k = 0; k < i; k++) parts[k] = part;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trimmed;
    parts[i] = part;
    if (i >= footnotesFrom) {
      zones[i] = noise.has(i) ? 'noise' : 'footnote';
      continue;
    }
    if (noise.has(i)) {
      zones[i] = 'noise';
      continue;
    }
    if (!t) {
      zones[i] = state === 'debris' ? 'debris' : state;
      continue;
    }
    // The document's own footnotes after its signature, "[1] Quyết định số 1159/QĐ-UBND được sửa đổi …"
    // (real-like r04; bulk: seven exports): read for their references, not dropped with the site's debris.
    if ((state === 'debris' || (state === 'footer' && signatureSeen)) && footnoteLine.test(t)) {
      if (state === 'footer') {
        state = 'debris';
        debrisStart = i;
      }
      zones[i] = 'footnote';
      continue;
    }
    if (state === 'preamble' || state === 'body') {
      // A news post has no numbered part, so its site's lists after the text start in the preamble: a short
      // line alone that heads a list of other posts, "Tin liên quan:" (real-like r09: another plan's number
      // and PAPI were read from it); not "Tải về …", "Xem thêm", which an article holds (bulk e99b8b67f31952d9).
      if ((state === 'body' ? debrisPattern.test(t) : t.length <= 40 && relatedListHeadPattern.test(t)) && !isTableLine(line.text)) {
        state = 'debris';
        debrisStart = i;
      } else if (appendixStartPattern.test(t) && state === 'body') {
        state = 'appendix';
      } else if (startsFooter(t)) {
        state = 'footer';
      } else if (state === 'preamble') {
        const marker = readMarker(t).marker;
        if ((marker && marker.kind !== 'letter') || enactingLinePattern.test(t)) state = 'body';
      }
      zones[i] = state;
      if (state === 'footer' && isSignatureLine(t)) signatureSeen = true;
      continue;
    }
    if (state === 'footer') {
      if (appendixStartPattern.test(t)) state = 'appendix';
      else if (debrisPattern.test(t)) {
        state = 'debris';
        debrisStart = i;
      } else if (startsAttachedDocument(lines, i)) {
        part++;
        signatureSeen = false;
        state = 'preamble';
        const next = enterHeader(i);
        for (let k = i; k < next; k++) parts[k] = part;
        parts[i] = part;
        if (next > i) {
          i = next - 1;
          continue;
        }
        zones[i] = 'preamble';
        continue;
      } else if (isSignatureLine(t)) signatureSeen = true;
      else if (signatureSeen && !looksLikeFooterLine(t, lines, i)) {
        state = 'debris';
        debrisStart = i;
      }
      zones[i] = state;
      continue;
    }
    if (state === 'debris') {
      if (appendixStartPattern.test(t)) state = 'appendix';
      zones[i] = state;
      continue;
    }
    // A web export's chrome after an appendix ("Văn bản liên quan", then the site's notices: real f14).
    if (debrisPattern.test(t) && !isTableLine(line.text)) {
      state = 'debris';
      debrisStart = i;
      zones[i] = state;
      continue;
    }
    zones[i] = 'appendix';
  }
  if (debrisStart >= 0) {
    const debris = lines.filter((l) => zones[l.index] === 'debris' && l.trimmed);
    if (debris.length > 0)
      reporter.report(
        'segment/web-debris-dropped',
        `${debris.length} line(s) after the end of the document were dropped (from "${debris[0]!.trimmed.slice(0, 40)}").`,
        span(debris[0]!.start, debris[debris.length - 1]!.end),
      );
  }
  return { zones, parts, headers };
}

const footnoteLine = /^\[\d{1,3}\]\s+\p{Lu}/u;

/** After the signature: a signer's name, "(Đã ký)", a recipients item, a stamp line. */
function looksLikeFooterLine(t: string, lines: Line[], i: number): boolean {
  if (recipientsHeadPattern.test(t) || /^[-+•]/.test(t) || /^\(?(?:Đã\s+ký|Ký|đã\s+ký)(?!\p{L}|\p{M}|\d)/iu.test(t)) return true;
  if (isPersonName(t)) return true;
  // A recipients list continues until a blank line.
  for (let k = i - 1; k >= 0 && k >= i - 30; k--) {
    const u = lines[k]!.trimmed;
    if (!u) return false;
    if (recipientsHeadPattern.test(u)) return true;
  }
  return false;
}

/** "Phạm Thị Thúy Hằng", "NGUYỄN VĂN AN": two to six capitalised syllables. */
// Ranks and degrees written before a signer's name: "Đại tá Nguyễn Văn Hùng", "TS. Lê Văn A".
export const namePrefixPattern =
  /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|GS\.?\s*TS\.?|PGS\.?\s*TS\.?|TS\.|ThS\.|Ths\.|KS\.|BS\.|Luật\s+sư)\s+/u;

export function isPersonName(t: string): boolean {
  const name = t.replace(/^\(?(?:Đã\s+ký|đã\s+ký)\)?\s*/u, '').replace(namePrefixPattern, '').trim();
  if (!/^[\p{L}\s.]+$/u.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w)) && !positionTitlePattern.test(name);
}
