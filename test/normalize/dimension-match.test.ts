// The matcher on the wordings the issue lists, the context rules of docs/dimensions.md and the
// scheme choice of whole documents.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { matchDimension } from '../../src/normalize/dimension/match.js';
import { normalizeUnit, unitsInHeading } from '../../src/normalize/units.js';

const papi2021 = { indices: ['PAPI'], year: 2021 };

describe('one dimension, a dozen wordings', () => {
  it.each([
    'Công khai, minh bạch',
    'Chỉ số “Công khai minh bạch”',
    '2.2. Đối với nội dung “Công khai, minh bạch”',
    'CÔNG KHAI MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG',
    'Cong khai minh bach',
    'Chỉ số nội dung thứ hai',
    'Nội dung 2: Công khai, minh bạch trong việc ra quyết định ở địa phương:',
    'Giải pháp nâng cao chỉ số “Công khai, minh bạch” của tỉnh',
    'Công khai, minh bạch trong việc ra quyết định ở địa phương (Chưa triển khai)',
  ])('%s → PAPI.2', (heading) => {
    expect(matchDimension(heading, papi2021)).toMatchObject({ index: 'PAPI', code: 'PAPI.2', label: 'Công khai, minh bạch trong việc ra quyết định ở địa phương' });
  });

  it('exact and alias matches score 1; a typo scores its similarity', () => {
    expect(matchDimension('Quản trị môi trường', papi2021)).toMatchObject({ confidence: 1, matchedBy: 'exact' });
    expect(matchDimension('Kiểm soát tham nhũng', papi2021)).toMatchObject({ code: 'PAPI.4', confidence: 1, matchedBy: 'alias' });
    const typo = matchDimension('Kiểm soát tham nhũg trong khu vục công', papi2021)!;
    expect(typo).toMatchObject({ code: 'PAPI.4', matchedBy: 'fuzzy' });
    expect(typo.confidence).toBeGreaterThan(0.78);
    expect(typo.confidence).toBeLessThan(1);
  });
});

describe('context', () => {
  it('the plan’s indices decide: “Công tác chỉ đạo, điều hành” is PAR.1 only in a PAR Index plan', () => {
    expect(matchDimension('1. Công tác chỉ đạo điều hành', { indices: ['PAPI'] })).toBeNull();
    expect(matchDimension('1. Công tác chỉ đạo, điều hành', { indices: ['PAR_INDEX'] })?.code).toBe('PAR.1');
    expect(matchDimension('Thủ tục hành chính', { indices: ['SIPAS'] })?.code).toBe('SIPAS.2.2');
    expect(matchDimension('Hiện đại hóa hành chính', { indices: ['PAR_INDEX'], year: 2019 })?.code).toBe('PAR.7');
  });

  it('an enclosing section naming an index decides for a plan with several', () => {
    expect(matchDimension('Thủ tục hành chính', { indices: ['PAPI', 'SIPAS', 'PAR_INDEX'], parentIndex: 'SIPAS' })?.code).toBe('SIPAS.2.2');
  });

  it('under a dimension its sub-dimensions come first; the year and the parent choose the PAPI scheme', () => {
    expect(matchDimension('Tri thức công dân', { indices: ['PAPI'], year: 2021 })?.code).toBe('PAPI.1.1');
    expect(matchDimension('Tri thức công dân', { indices: ['PAPI'], year: 2016 })?.code).toBe('PAPI2009.1.1');
    expect(matchDimension('Chỉ số “Thủ tục hành chính phường”', { indices: ['PAPI'], parentCode: 'PAPI2009.5' })?.code).toBe('PAPI2009.5.4');
  });

  it('headings that are not about a dimension stay null', () => {
    for (const heading of [
      '1. Giải pháp thực hiện công tác thông tin, tuyên truyền về Chỉ số PAPI',
      'Đối với Chỉ số PAPI',
      'Đối với Chỉ số cải cách hành chính (PAR Index)',
      'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022',
      'Tăng cường công khai, minh bạch thông tin về quy hoạch đất',
      'Kiểm soát thủ tục hành chính',
      'TỔ CHỨC THỰC HIỆN',
      'Phòng Nội vụ',
    ]) {
      expect(matchDimension(heading, { indices: ['PAPI', 'SIPAS', 'PAR_INDEX'] }), heading).toBeNull();
    }
  });

  it('a heading naming two dimensions takes the first, with less confidence', () => {
    expect(matchDimension('Trách nhiệm giải trình và kiểm soát tham nhũng', papi2021)).toMatchObject({ code: 'PAPI.3', confidence: 0.9 });
  });
});

describe('whole documents', () => {
  const corpus = new URL('../../corpus/', import.meta.url);
  const read = (f: string) => parsePlan(readFileSync(new URL(f, corpus)));
  it('002 (2019) shows the 2009 scheme: six dimensions, Ban Thanh tra nhân dân → PAPI2009 codes', () => {
    const plan = read('002_1daab65a7b2a5cd0.txt');
    const tasks = plan.sections[1]!;
    expect(tasks.children.map((s) => s.dimension?.code)).toEqual(['PAPI2009.1', 'PAPI2009.2', 'PAPI2009.3', 'PAPI2009.4', 'PAPI2009.5', 'PAPI2009.6']);
    expect(tasks.children[2]!.children.map((s) => s.dimension?.code)).toEqual(['PAPI2009.3.1', 'PAPI2009.3.2', 'PAPI2009.3.3']);
  });

  it('004 (2021): the eight 2018 dimensions after a non-dimension “Công tác chỉ đạo điều hành”', () => {
    const plan = read('004_6d8437bd74688339.txt');
    expect(plan.sections[1]!.children.map((s) => s.dimension?.code ?? null)).toEqual([null, 'PAPI.1', 'PAPI.2', 'PAPI.3', 'PAPI.4', 'PAPI.5', 'PAPI.6', 'PAPI.7', 'PAPI.8']);
  });
});

describe('units', () => {
  it.each([
    ['Trưởng Phòng Nội vụ quận', 'Phòng Nội vụ quận', 'Trưởng', 'phong noi vu quan'],
    ['PNV Q10', 'Phòng Nội vụ Quận 10', null, 'phong noi vu quan 10'],
    ['Văn phòng HĐND&UBND huyện', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', null, 'van phong hoi dong nhan dan va uy ban nhan dan huyen'],
    ['VP HĐND và UBND huyện', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', null, 'van phong hoi dong nhan dan va uy ban nhan dan huyen'],
    ['Chánh Thanh tra huyện', 'Thanh tra huyện', 'Chánh', 'thanh tra huyen'],
    ['Phong Noi vu quan', 'Phòng Nội vụ quận', null, 'phong noi vu quan'],
  ])('%s → %s (%s)', (raw, name, role, canonical) => {
    expect(normalizeUnit(raw)).toEqual({ raw, name, role, canonical });
  });

  it('level words kept unless asked', () => {
    expect(normalizeUnit('Phòng Nội vụ quận').canonical).not.toBe(normalizeUnit('Phòng Nội vụ huyện').canonical);
    expect(normalizeUnit('Phòng Nội vụ quận', { ignoreLevel: true }).canonical).toBe(normalizeUnit('Phòng Nội vụ huyện', { ignoreLevel: true }).canonical);
  });

  it('the units a heading names', () => {
    expect(unitsInHeading('Các cơ quan chuyên môn thuộc quận, Chủ tịch Ủy ban nhân dân 12 phường').map((u) => [u.name, u.role])).toEqual([
      ['các cơ quan chuyên môn thuộc quận', null],
      ['Ủy ban nhân dân 12 phường', 'Chủ tịch'],
    ]);
    expect(unitsInHeading('Giao Văn phòng Sở chủ trì theo dõi, đôn đốc các đơn vị').map((u) => u.name)).toEqual(['Văn phòng Sở']);
    expect(unitsInHeading('Phòng Tài nguyên và Môi trường quận, Phòng Quản lý đô thị quận').map((u) => u.name)).toEqual([
      'Phòng Tài nguyên và Môi trường quận',
      'Phòng Quản lý đô thị quận',
    ]);
    expect(unitsInHeading('Mục đích')).toEqual([]);
  });
});
