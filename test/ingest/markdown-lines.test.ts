// The line reader of exported Markdown must give what remark-parse gives, or leave the text to it:
// checked on random texts made of the exports' pieces, and on the real exports when they are beside us.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/ingest/markdown.js';
import { parseExportMarkdown } from '../../src/ingest/markdown-lines.js';

const words = ['Sở', 'Nội', 'vụ', 'KẾ', 'HOẠCH', 'a', 'b)', '1.', 'I.', '2.1.', '*', '**', '***', '_', '__', '`', '\\', '\\*', '-', '+',
  '#', '|', '(*)', '-----', '===', 'x*y', '**x**', '*x*', 'ngày', '12/KH-UBND', ':', ';', '.', ',', '“', '”', '[1]', '&amp;', 'KH&CN', '&#7871;', '  ', ' '];
const lineStarts = ['', '', ' ', '  ', '   ', '    ', '     ', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '01. ', '# ', '## ', '  - ', '    - ',
  '      - ', '   1. ', '-', '1.', '*', '|', '** **', '* *', ' \\- ', '\\# '];
const line = fc.tuple(fc.constantFrom(...lineStarts), fc.array(fc.tuple(fc.constantFrom(...words), fc.boolean()), { maxLength: 6 }), fc.boolean())
  .map(([start, parts, trailing]) => `${start}${parts.map(([w, space]) => (space ? `${w} ` : w)).join('')}${trailing ? '  ' : ''}`);
const markdown = fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));

describe('the line reader of exported Markdown', () => {
  it('gives what remark-parse gives on texts made of the exports’ pieces', () => {
    let read = 0;
    fc.assert(
      fc.property(markdown, (md) => {
        if (parseExportMarkdown(md) !== null) read++;
        expect(markdownToText(md)).toBe(markdownToText(md, { engine: 'remark' }));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
    expect(read).toBeGreaterThan(1500);
  });

  it('reads the exports’ constructs and leaves the others to remark-parse', () => {
    expect(markdownToText('**I. MỤC\nĐÍCH, YÊU CẦU**')).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    expect(markdownToText('**ỦY BAN NHÂN DÂN**\nTỈNH ĐỒNG THÁP\n-------')).toBe('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP');
    expect(markdownToText('- Bộ Nội vụ;\n- Lưu: VT, NC.')).toBe('- Bộ Nội vụ;\n\n- Lưu: VT, NC.');
    expect(markdownToText('Các Sở: XD, KH&CN, NN&MT;')).toBe('Các Sở: XD, KH&CN, NN&MT;');
    expect(parseExportMarkdown('> trích')).toBeNull();
    expect(parseExportMarkdown('```\ncode\n```')).toBeNull();
    expect(parseExportMarkdown('xem [trang](https://example.vn)')).toBeNull();
  });

  const real = resolve(process.cwd(), '..', 'shared', 'real');
  it.runIf(existsSync(real))('gives what remark-parse gives on the real exports (a sample of each folder)', () => {
    const folders = ['annotated/raw', 'bulk/admin', 'bulk/negatives'].map((f) => join(real, f));
    const files = folders.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.md')).slice(0, 60).map((f) => join(dir, f)));
    const differ = files.filter((file) => {
      const md = readFileSync(file, 'utf8');
      return markdownToText(md) !== markdownToText(md, { engine: 'remark' });
    });
    expect(differ).toEqual([]);
  }, 120_000);
});
