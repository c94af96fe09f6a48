// The report without a browser: escaping, the model (coverage, leads, deadlines, highlights), the page
// it renders, and `kehoach report` writing exactly what renderReport returns.

import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parsePlanWithSource } from '../../src/parse-plan.js';
import { collectReport, type ReportRecord } from '../../src/report/collect.js';
import { groupDeadlines } from '../../src/report/deadlines.js';
import { coverageOf, dimensionOf, leadUnits } from '../../src/report/facts.js';
import { viewOf } from '../../src/report/highlights.js';
import { escapeHtml, jsonForScript } from '../../src/report/html.js';
import { renderReport } from '../../src/report/index.js';
import { pageScript } from '../../src/report/page-script.js';
import { corpusDir } from '../helpers/gold.js';
import { memoryIO } from '../helpers/memory-io.js';

const plan = `ỦY BAN NHÂN DÂN
HUYỆN ĐỨC TRỌNG
Số: 35/KH-UBND
Đức Trọng, ngày 15 tháng 01 năm 2024

KẾ HOẠCH
Nâng cao Chỉ số PAPI năm 2024

Căn cứ Quyết định số 1234/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh Lâm Đồng <về PAPI & "SIPAS">;

I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao Chỉ số PAPI của huyện.

II. NHIỆM VỤ
1. Công khai, minh bạch
- Phòng Nội vụ chủ trì niêm yết công khai các thủ tục trước ngày 31/3/2024.
- Phòng Tư pháp chủ trì rà soát văn bản, hoàn thành trong quý III năm 2024.
2. Trách nhiệm giải trình với người dân
- Văn phòng Ủy ban nhân dân huyện chủ trì tổ chức đối thoại định kỳ 6 tháng, năm.

III. TỔ CHỨC THỰC HIỆN
Phòng Nội vụ theo dõi, báo cáo kết quả trước ngày 15/11/2024.

CHỦ TỊCH
Nguyễn Văn A
`;

const recordOf = (text: string | Uint8Array, path: string): ReportRecord => {
  const { document, input } = parsePlanWithSource(text, { path });
  return input === null ? { path, error: { code: document.diagnostics[0]!.code, message: document.diagnostics[0]!.message } } : { path, document, input };
};

describe('html', () => {
  it.each([
    // [text, escaped]
    ['a < b & "c" \'d\'', 'a &lt; b &amp; &quot;c&quot; &#39;d&#39;'],
    ['Luật số 77/2015/QH13', 'Luật số 77/2015/QH13'],
  ])('escapeHtml(%j)', (text, escaped) => expect(escapeHtml(text)).toBe(escaped));

  it('JSON in a script block cannot close it and reads back the same', () => {
    const value = { text: '</script><!-- \u2028 & ' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('facts of one plan', () => {
  const { document: doc } = parsePlanWithSource(plan, { path: 'duc-trong.txt' });

  it('rolls sub-dimensions up to their dimension', () => {
    expect(dimensionOf('SIPAS.2.1')).toBe('SIPAS.2');
    expect(dimensionOf('PAPI2009.3.2')).toBe('PAPI2009.3');
    expect(dimensionOf('PAR.7')).toBe('PAR.7');
  });

  it('coverage: the dimensions its sections address, with their tasks and headings', () => {
    const coverage = coverageOf(doc);
    expect(coverage.map((c) => [c.code, c.sections, c.tasks])).toEqual([
      ['PAPI.2', 1, 2],
      ['PAPI.3', 1, 1],
    ]);
    expect(coverage[0]!.headings).toEqual(['II.1 Công khai, minh bạch']);
    // 4 tasks in all: three under II, one under III (Mục đích is not a task).
    expect(coverage[0]!.share).toBeCloseTo(2 / 4);
  });

  it('lead units, most tasks first', () => {
    expect(leadUnits(doc).map((u) => [u.name, u.tasks])).toEqual([
      ['Phòng Nội vụ', 2],
      ['Phòng Tư pháp', 1],
      ['Văn phòng Ủy ban nhân dân huyện', 1],
    ]);
  });

  it('deadlines by quarter then month; recurring last', () => {
    const groups = groupDeadlines([doc]);
    expect(groups.map((g) => (g.period.kind === 'quarter' ? `${g.period.year}-Q${g.period.quarter}` : g.period.kind))).toEqual(['2024-Q1', '2024-Q3', '2024-Q4', 'recurring']);
    expect(groups[0]!.entries[0]).toMatchObject({ month: 3, when: '2024-03-31' });
    expect(groups[2]!.entries[0]).toMatchObject({ month: 11, when: '2024-11-15' });
  });

  it('every highlight span is where its value was read', () => {
    const { input } = parsePlanWithSource(plan, { path: 'duc-trong.txt' });
    const view = viewOf(doc, input!);
    const text = (field: string) => view.spans.filter((s) => s[2] === field).map((s) => input!.slice(s[0], s[1]));
    expect(text('number')).toEqual(['35/KH-UBND']);
    expect(text('date')).toEqual(['ngày 15 tháng 01 năm 2024']);
    expect(text('legal-basis')).toEqual([doc.legalBases[0]!.raw]);
    expect(text('heading')).toContain('Công khai, minh bạch');
    expect(view.spans.find((s) => s[2] === 'heading' && s[3] === 'PAPI.2')).toBeDefined();
    expect(text('unit')).toEqual(expect.arrayContaining(['Phòng Nội vụ', 'Phòng Tư pháp']));
    expect(text('deadline')).toEqual(expect.arrayContaining(['trước ngày 31/3/2024']));
  });
});

describe('the page', () => {
  const records = [recordOf(plan, 'plans/duc-trong.txt'), recordOf(new Uint8Array([0, 1, 2, 0]), 'plans/broken.txt')];

  it('one coverage row and one document view per input; an unreadable one says why', () => {
    const page = renderReport(records);
    expect(page.match(/data-testid="coverage-row"/g)).toHaveLength(2);
    expect(page.match(/data-testid="document"/g)).toHaveLength(2);
    expect(page).toContain('ingest/binary');
    expect(page).toContain('Không đọc được văn bản này');
    expect(page).toMatch(/<td class="c4" data-code="PAPI.2" data-tasks="2" data-sections="1" title="PAPI.2 [^"]*">2<\/td>/u);
  });

  it('escapes the documents: their < & " never become markup', () => {
    const page = renderReport(records, { title: 'Kế hoạch <PAPI> & "SIPAS"' });
    expect(page).toContain('<title>Kế hoạch &lt;PAPI&gt; &amp; &quot;SIPAS&quot;</title>');
    expect(page).not.toContain('<về PAPI');
    // Every script block is closed by its own tag only: no text inside one closes it early.
    expect(page.match(/<\/script>/g)!.length).toBe(page.match(/<script[ >]/g)!.length);
  });

  it('speaks English with lang en, and is the same string for the same records', () => {
    const en = renderReport(records, { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Index coverage');
    expect(renderReport(records, { lang: 'en' })).toBe(en);
  });

  it('the page script is valid JavaScript', () => {
    expect(() => new Function(pageScript)).not.toThrow();
  });

  it('collects the corpus: coverage equals the dimensions of the sections and task tables', () => {
    const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 12);
    const model = collectReport(files.map((f) => recordOf(readFileSync(join(corpusDir, f)), f)));
    model.documents.forEach((row, n) => {
      const doc = row.document!;
      const codes = new Set<string>();
      const visit = (sections: typeof doc.sections): void => sections.forEach((s) => (s.dimension && codes.add(dimensionOf(s.dimension.code)), visit(s.children)));
      visit(doc.sections);
      for (const t of doc.tableTasks) if (t.group?.dimension) codes.add(dimensionOf(t.group.dimension.code));
      expect([...model.coverage.rows[n]!.keys()].sort()).toEqual([...codes].sort());
    });
  });
});

describe('kehoach report', () => {
  it('writes the page renderReport gives for the same inputs, and its size on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-report-'));
    writeFileSync(join(dir, 'a.txt'), plan);
    writeFileSync(join(dir, 'b.txt'), new Uint8Array());
    const out = join(dir, 'out', '..', 'report.html');
    const m = memoryIO();
    const code = await run(['report', dir, '-o', out, '--lang', 'en', '--title', 'Test', '--jobs', '1'], m.io);
    expect(code).toBe(1); // b.txt is empty: listed, and the exit code says so
    const expected = renderReport([recordOf(plan, join(dir, 'a.txt')), recordOf(new Uint8Array(), join(dir, 'b.txt'))], { lang: 'en', title: 'Test' });
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(page).toContain('ingest/empty');
    expect(page).toBe(expected);
    expect(m.err()).toMatch(/kehoach report: wrote file:\/\/.*report\.html — 2 documents \(1 could not be read\), \d+\.\d\d MB/u);
  });

  it('writes to stdout without -o; a bad --lang is bad usage', async () => {
    const m = memoryIO();
    expect(await run(['report', join(corpusDir, '000_9bc95635cc1859e3.txt'), '--quiet'], m.io)).toBe(0);
    expect(m.out()).toMatch(/^<!doctype html>/u);
    expect(m.out().match(/data-testid="document"/g)).toHaveLength(1);
    expect(await run(['report', 'x.txt', '--lang', 'fr'], memoryIO().io)).toBe(2);
    expect(await run(['report'], memoryIO().io)).toBe(2);
  });
});
