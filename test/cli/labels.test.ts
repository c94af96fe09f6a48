// `kehoach labels` and `kehoach explain` with memory streams.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CorpusLabels } from '../../src/normalize/corpus.js';
import { corpusDir } from '../helpers/gold.js';
import { memoryIO } from '../helpers/memory-io.js';

const seeds = ['000_9bc95635cc1859e3.txt', '001_f49a5ba32e0b9845.txt', '002_1daab65a7b2a5cd0.txt', '003_8c8e9a5d118adf1b.txt', '004_6d8437bd74688339.txt'].map((f) =>
  join(corpusDir, f),
);

describe('kehoach labels', () => {
  it('--json: the seeds’ wordings grouped under their canonical dimensions, kinds and units', async () => {
    const m = memoryIO();
    expect(await run(['labels', ...seeds, '--json'], m.io)).toBe(0);
    const labels = JSON.parse(m.out()) as CorpusLabels;
    const papi2 = labels.dimensions.find((g) => g.key === 'PAPI.2')!;
    expect(papi2.label).toBe('Công khai, minh bạch trong việc ra quyết định ở địa phương');
    expect(papi2.variants.map((v) => v.text).sort()).toEqual(['Công khai minh bạch', 'Đối với nội dung “Công khai, minh bạch”']);
    expect(labels.dimensions.find((g) => g.key === 'PAPI2009.3.3')!.variants[0]!.text).toBe('Chỉ số “Ban Giám sát đầu tư cộng đồng”');
    const tasks = labels.sectionKinds.find((g) => g.key === 'tasks')!;
    expect(tasks.variants.map((v) => v.text)).toContain('CÁC GIẢI PHÁP TRONG THỰC HIỆN 06 NỘI DUNG CHỈ SỐ PAPI');
    const wards = labels.units.find((g) => g.key === 'uy ban nhan dan 12 phuong')!;
    expect(wards.variants.map((v) => v.text).sort()).toEqual(['Chủ tịch Ủy ban nhân dân 12 phường', 'chủ tịch UBND 12 phường']);
    expect(labels.units.find((g) => g.key === 'van phong hoi dong nhan dan va uy ban nhan dan huyen')!.variants[0]!.text).toBe('Văn phòng HĐND&UBND huyện');
    expect(labels.coverage.rows.map((r) => Object.keys(r.counts).length)).toEqual([7, 0, 25, 0, 8]);
  });

  it('a terminal table by default; CSV with --csv, the coverage matrix with --csv --coverage', async () => {
    const table = memoryIO();
    expect(await run(['labels', ...seeds], table.io)).toBe(0);
    expect(table.out()).toMatch(/^DIMENSIONS \(33\)\n {2}PAPI\.1 {9}Tham gia của người dân ở cấp cơ sở — 2 in 2 documents/);
    const csv = memoryIO();
    await run(['labels', seeds[4]!, '--csv'], csv.io);
    expect(csv.out().split('\n')[0]).toBe('category,key,label,index,wording,count,documents');
    expect(csv.out()).toContain('dimension,PAPI.2,Công khai, minh bạch trong việc ra quyết định ở địa phương,PAPI,Công khai minh bạch,1,1'.replace(/Công khai, minh bạch trong việc ra quyết định ở địa phương/, '"Công khai, minh bạch trong việc ra quyết định ở địa phương"'));
    const coverage = memoryIO();
    await run(['labels', seeds[4]!, '--csv', '--coverage'], coverage.io);
    expect(coverage.out().split('\n')[1]).toBe(`${seeds[4]},1,1,1,1,1,1,1,1`);
  });

  it('bad usage exits 2', async () => {
    expect(await run(['labels'], memoryIO().io)).toBe(2);
    expect(await run(['labels', seeds[0]!, '--json', '--csv'], memoryIO().io)).toBe(2);
  });
});

describe('kehoach explain', () => {
  it('shows the forms, candidates and decision', async () => {
    const m = memoryIO();
    expect(await run(['explain', '2.2. Đối với nội dung “Công khai, minh bạch”:', '--indices', 'PAPI'], m.io)).toBe(0);
    expect(m.out()).toContain('forms       “đối với nội dung “công khai, minh bạch”  “công khai, minh bạch”');
    expect(m.out()).toContain('decision    PAPI.2 Công khai, minh bạch trong việc ra quyết định ở địa phương (confidence 1, alias)');
  });

  it('says when the plan’s indices rule a reading out (004: “Công tác chỉ đạo điều hành” in a PAPI plan)', async () => {
    const m = memoryIO();
    await run(['explain', '1. Công tác chỉ đạo điều hành', '--indices', 'PAPI', '--json'], m.io);
    const e = JSON.parse(m.out()) as { decision: unknown; outsideContext: { code: string } };
    expect(e.decision).toBeNull();
    expect(e.outsideContext.code).toBe('PAR.1');
  });

  it('bad usage exits 2', async () => {
    expect(await run(['explain'], memoryIO().io)).toBe(2);
    expect(await run(['explain', 'Cải cách thể chế', '--year', 'abc'], memoryIO().io)).toBe(2);
  });
});
