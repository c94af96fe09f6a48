// The footer of the main document: signature block (Nghị định 30 box 7: TM./KT./TL./Q./TUQ. authority,
// position, name) and Nơi nhận (box 9).

import type { Segments } from '../segment/index.js';
import { isPersonName, isSignatureLine } from '../segment/index.js';
import { namePrefixPattern } from '../segment/zones.js';
import { authorityPrefixPattern, recipientsHeadPattern } from '../segment/genre-lines.js';
import { squash } from '../util/fold.js';
import { splitCells } from '../util/cells.js';
import { type Span, span } from '../util/span.js';
import { readSignatureText } from './signature.js';

export interface RawSigner {
  authority: string | null;
  position: string | null;
  name: string | null;
  span: Span;
}

function footerLines(segments: Segments) {
  return segments.lines.filter((l) => segments.parts[l.index] === 0 && segments.zones[l.index] === 'footer' && l.trimmed);
}

const cellTexts = (text: string) => splitCells(text).map((c) => c.text);

/** Title-cases an all-caps name ("NGUYỄN VĂN AN" → "Nguyễn Văn An"). */
function caseName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * @example KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Phạm Thị Thúy Hằng → { authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Phạm Thị Thúy Hằng' }
 */
export function readSigner(segments: Segments): RawSigner | null {
  const lines = footerLines(segments);
  const authority: string[] = [];
  let position: string | null = null;
  let name: string | null = null;
  let start = -1;
  let end = -1;
  let sinceTitle = 0;
  for (const line of lines) {
    for (const cell of cellTexts(line.text)) {
      const text = squash(cell.replace(/^[-+•]\s*.*?[;.]\s*$/u, ''));
      if (!text) continue;
      if (position === null && authorityPrefixPattern.test(text)) {
        // One line may hold the whole block: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc".
        const parts = readSignatureText(text)!;
        authority.push(...parts.authorities);
        position = parts.position;
        if (parts.name) name = caseName(parts.name);
        if (start < 0) start = line.start + line.text.indexOf(cell);
        end = line.start + line.text.indexOf(cell) + cell.length;
        if (name !== null) break;
        continue;
      }
      if (position === null && isSignatureLine(text) && text === text.toUpperCase()) {
        position = text;
        if (start < 0) start = line.start + line.text.indexOf(cell);
        end = line.start + line.text.indexOf(cell) + cell.length;
        continue;
      }
      if ((position !== null || authority.length > 0) && name === null && isPersonName(text)) {
        name = caseName(squash(text.replace(/^\(?(?:Đã\s+ký|đã\s+ký)\)?\s*/u, '').replace(namePrefixPattern, '')));
        end = line.start + line.text.indexOf(cell) + cell.length;
      }
    }
    if (position !== null || authority.length > 0) sinceTitle++;
    if (name !== null || sinceTitle > 14) break;
  }
  if (start < 0) return null;
  // "KT. CHỦ TỊCH" followed directly by a name: the prefix line carries the title it signs for.
  return { authority: authority.length > 0 ? authority.join(' ') : null, position, name, span: span(start, end) };
}

export interface RawRecipient {
  text: string;
  span: Span;
}

/** Nơi nhận: the bullet lines after the heading, without "-" and the final ";" or ".". */
export function readRecipients(segments: Segments): RawRecipient[] {
  const lines = footerLines(segments);
  const out: RawRecipient[] = [];
  const head = lines.findIndex((l) => recipientsHeadPattern.test(l.trimmed));
  if (head < 0) return out;
  const push = (text: string, at: number) => {
    const lead = /^[-+•*]\s*/u.exec(text)?.[0].length ?? 0;
    let body = text.slice(lead);
    body = body.replace(/(?:\t| {3,}).*$/u, '');
    const trimmed = body.replace(/[\s;.,]+$/u, '');
    if (trimmed) out.push({ text: squash(trimmed), span: span(at + lead, at + lead + trimmed.length) });
  };
  const first = lines[head]!;
  // "Nơi nhận: - UBND tỉnh;" on one line; a second cell on that line is the signature column.
  const headCell = splitCells(first.trimmed)[0]?.text ?? '';
  const inline = /^Nơi\s+nhận\s*:?\s*/iu.exec(headCell)!;
  const restOfHead = headCell.slice(inline[0].length).trim();
  if (restOfHead && !isSignatureLine(restOfHead)) {
    // The list flattened into the heading's cell: "Nơi nhận: - Bộ Nội vụ; - Thường trực Tỉnh ủy; …" (b01, b04).
    const at = first.contentStart + first.trimmed.indexOf(restOfHead);
    for (const item of restOfHead.matchAll(/(?:^|(?<=[;.,])\s*)[-+•]?\s*([^;]+?[;.]?)(?=\s*[-+•]\s|\s*$)/gu)) {
      const lead = item[0].length - item[0].trimStart().length;
      push(item[0].trim(), at + item.index + lead);
    }
  }
  let open = false;
  let filed = false; // "Lưu: VT, …" seen: the list's last item
  for (const line of lines.slice(head + 1)) {
    const cell = splitCells(line.trimmed)[0]?.text ?? '';
    // A list that has not reached its "Lưu" goes on after the signer's title when a signature table breaks
    // across a page and is read column by column ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "- UBND các xã…;",
    // a LibreOffice export of real b01): the title lines are passed over.
    if (!filed && out.length > 0 && !open && isSignatureLine(cell) && !/^[-+•*]/u.test(cell)) continue;
    if (/^[-+•*]?\s*Lưu(?!\p{L}|\p{M}|\d)/iu.test(cell)) filed = true;
    if (!/^[-+•*]/u.test(cell) && !/^Lưu(?!\p{L}|\p{M}|\d)/iu.test(cell)) {
      // An item wrapped over lines ("- Thành viên … của HĐTĐ CCHC tỉnh" / "(Sở Nội vụ, …" / "Sở Tài chính);",
      // real b13's PDF): a line that is no item goes on the one above until it ends with ";" or ".".
      const last = out[out.length - 1];
      if (!open || !last || isSignatureLine(cell)) break;
      const body = cell.replace(/(?:\t| {3,}).*$/u, '');
      const trimmed = body.replace(/[\s;.,]+$/u, '');
      last.text = squash(`${last.text} ${trimmed}`);
      last.span = span(last.span.start, line.contentStart + trimmed.length);
      open = !/[;.]\s*$/u.test(body);
      continue;
    }
    push(cell, line.contentStart);
    open = !/[;.]\s*$/u.test(cell.replace(/(?:\t| {3,}).*$/u, ''));
  }
  return out;
}
