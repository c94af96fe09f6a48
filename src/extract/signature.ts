// A signature block written on one line: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc" (a Word table cell
// read as one paragraph, real b01, b04, b15), "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trương Việt
// Dũng" (a Markdown export's cell). Nghị định 30 box 7 has a fixed order — authority lines (each opened
// by TM./KT./TL./TUQ./Q.), the signer's position, the name — so the line is cut where each begins.

import { authorityPrefixPattern, positionTitleSource } from '../segment/genre-lines.js';
import { squash } from '../util/fold.js';

export interface SignatureParts {
  authorities: string[];
  position: string | null;
  name: string | null;
}

const prefixAnywhere = /(?:^|\s)(?=(?:TM|KT|TL|TUQ|TƯQ|Q)\s*\.\s*\p{Lu}{2}|(?:T\/M|K\/T|T\/L)\s+\p{Lu}{2})/gu;
// A position title at the end of what is left: "… PHÓ CHỦ TỊCH", "… CHÁNH VĂN PHÒNG".
const trailingTitle = new RegExp(String.raw`(?:^|\s)(${positionTitleSource})$`, 'u');
// A position title right after KT./TL./TUQ. ("KT. CHỦ TỊCH …"): what the signer signs for.
const leadingTitle = new RegExp(String.raw`^((?:KT|TL|TUQ|TƯQ|Q|K\/T|T\/L)\s*\.?\s*${positionTitleSource})(?:\s+|$)`, 'u');
// The name: capitalised words in mixed case at the end ("Nguyễn Ngọc Phúc"), after "(Đã ký)" if any.
const trailingName = /(?:^|\s)(?:\(?(?:Đã\s+ký|đã\s+ký)\)?\s+)?((?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*)$/u;

/**
 * Cuts one line holding a whole signature block into its parts; null when it does not start like one.
 * @example readSignatureText('KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc') // { authorities: ['KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Ngọc Phúc' }
 */
export function readSignatureText(line: string): SignatureParts | null {
  let text = squash(line);
  if (!authorityPrefixPattern.test(text)) return null;
  let name: string | null = null;
  const named = trailingName.exec(text);
  if (named) {
    name = named[1]!;
    text = text.slice(0, named.index).trim();
  }
  const pieces: string[] = [];
  let from = 0;
  for (const m of text.matchAll(prefixAnywhere)) {
    const at = m.index + (m[0].length > 0 ? m[0].length : 0);
    if (at > from) pieces.push(text.slice(from, at).trim());
    from = at;
  }
  pieces.push(text.slice(from).trim());
  const authorities = pieces.filter(Boolean).map((p) => p.replace(/^([\p{Lu}/]+)\s*\.\s*/u, '$1. '));
  let position: string | null = null;
  const last = authorities[authorities.length - 1];
  if (last) {
    // "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the title after the prefix, then the signer's own.
    const lead = leadingTitle.exec(last);
    const rest = lead ? last.slice(lead[0].length).trim() : '';
    if (lead && rest) {
      authorities[authorities.length - 1] = lead[1]!;
      position = rest;
    } else if (!lead) {
      // "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": the body, then the signer's title.
      const tail = trailingTitle.exec(last);
      const body = tail ? last.slice(0, tail.index).trim() : '';
      if (tail && /\s/u.test(body)) {
        authorities[authorities.length - 1] = body;
        position = tail[1]!;
      }
    }
  }
  return { authorities, position, name };
}
