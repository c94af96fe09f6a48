// Vietnamese dates → ISO. Forms: "14 tháng 8 năm 2021", "ngày 14/8/2021", "27/6/2024", "05-6-2024",
// blank day/month "ngày   tháng   năm 2021" (→ "2021"), blank day "ngày   tháng 12 năm 2025" (→ "2025-12"),
// year only "năm 2018" (→ "2018").

// "14 tháng 8 năm 2021" | "14/8/2021" | "14-08-2021" | "14.8.2021" | blank "… tháng … năm 2021".
export const dateInWordsPattern = /(\d{1,2})\s*tháng\s*(\d{1,2})\s*,?\s*năm\s*(\d{4})/iu;
export const numericDatePattern = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
export const blankDatePattern = /[\s.…_]*tháng[\s.…_]*(\d{1,2})?[\s.…_]*năm\s*(\d{4})/iu;

function iso(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1945 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads the first date at the start of `text` (after an optional "ngày").
 * @example parseVietnameseDate('ngày 14 tháng 8 năm 2021 của') // { iso: '2021-08-14', length: 24 }
 * @example parseVietnameseDate('ngày   tháng   năm 2021') // { iso: '2021', length: 23 }
 */
export function parseVietnameseDate(text: string): { iso: string | null; length: number } | null {
  const lead = /^\s*(?:ngày\s*)?/iu.exec(text)![0].length;
  const rest = text.slice(lead);
  let m = new RegExp(`^${dateInWordsPattern.source}`, 'iu').exec(rest);
  if (m) return { iso: iso(Number(m[1]), Number(m[2]), Number(m[3])), length: lead + m[0].length };
  m = new RegExp(`^${numericDatePattern.source}`, 'u').exec(rest);
  if (m) return { iso: iso(Number(m[1]), Number(m[2]), Number(m[3])), length: lead + m[0].length };
  m = /^[\s.…_]*(\d{1,2})?[\s.…_]*tháng[\s.…_]*(\d{1,2})?[\s.…_]*năm\s*(\d{4})/iu.exec(rest);
  if (m && lead > 0) {
    // A draft leaves the day blank and names the month: "ngày    tháng 12 năm 2025" → "2025-12".
    const month = m[2] && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[3]}-${m[2].padStart(2, '0')}` : null;
    const full = m[1] && m[2] ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    return { iso: full ?? month ?? m[3]!, length: lead + m[0].length };
  }
  return null;
}
