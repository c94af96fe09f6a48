// Assignments (issue #4, first part): units heading sections, paragraphs opening with a unit, and
// "phối hợp" — checked on the seeds against what their text says, and positions back to the input.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, type PlanDocument } from '../../src/index.js';
import { unitsOfSentence } from '../../src/normalize/assignments.js';

const corpus = new URL('../../corpus/', import.meta.url);
const read = (f: string) => {
  const text = readFileSync(new URL(f, corpus), 'utf8');
  return { text, plan: parsePlan(text) };
};
const pairs = (plan: PlanDocument) => plan.assignments.map((a) => `${a.role} ${a.unit.name}`);

describe('assignments on the seeds', () => {
  it('000: the units heading Tổ chức thực hiện lead', () => {
    const { plan } = read('000_9bc95635cc1859e3.txt');
    expect(pairs(plan)).toEqual(expect.arrayContaining(['lead Thanh tra Sở', 'lead Văn phòng', 'lead Ban Giám đốc Trung tâm Tư vấn đấu thầu và Hỗ trợ đầu tư']));
    expect(plan.assignments.find((a) => a.unit.name === 'Thanh tra Sở')!.section).toBe('III.2');
  });

  it('002: paragraphs opening with a unit — “chịu trách nhiệm” leads, “phối hợp” coordinates', () => {
    const { plan } = read('002_1daab65a7b2a5cd0.txt');
    expect(pairs(plan)).toEqual(
      expect.arrayContaining([
        'lead Ủy ban nhân dân phường',
        'lead Văn phòng Ủy ban nhân dân phường',
        'coordinate Bộ phận Văn hóa - Thông tin',
      ]),
    );
    expect(plan.assignments.find((a) => a.unit.name === 'Ủy ban nhân dân phường')!.unit.role).toBe('Chủ tịch');
  });

  it('003: the seven units heading II.2.1–II.2.7 lead', () => {
    const { plan } = read('003_8c8e9a5d118adf1b.txt');
    const leads = plan.assignments.filter((a) => a.role === 'lead' && /^II\.2\.\d$/.test(a.section ?? '')).map((a) => a.unit.name);
    expect(leads).toEqual([
      'Phòng Nội vụ quận',
      'Văn phòng Ủy ban nhân dân quận',
      'Phòng Tư pháp quận',
      'Phòng Tài chính - Kế hoạch quận',
      'Phòng Tài nguyên và Môi trường quận',
      'Phòng Quản lý đô thị quận',
      'Phòng Văn hóa và Thông tin quận',
      'Phòng Kinh tế quận',
    ]);
  });

  it('positions slice the input back to the unit as written', () => {
    for (const f of ['000_9bc95635cc1859e3.txt', '002_1daab65a7b2a5cd0.txt', '003_8c8e9a5d118adf1b.txt']) {
      const { text, plan } = read(f);
      for (const a of plan.assignments) expect(text.slice(a.position.start.offset, a.position.end.offset).normalize('NFC')).toBe(a.unit.raw.normalize('NFC'));
    }
  });
});

describe('unitsOfSentence', () => {
  it.each([
    ['Giao Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở theo dõi việc thực hiện', ['lead Văn phòng Sở', 'coordinate Thanh tra Sở']],
    ['Phòng Nội vụ chịu trách nhiệm tổng hợp, báo cáo', ['lead Phòng Nội vụ']],
    ['Thủ trưởng các cơ quan, đơn vị có trách nhiệm triển khai', ['all các cơ quan, đơn vị']],
    ['Tăng cường công tác tuyên truyền về Chỉ số PAPI', []],
  ])('%s', (sentence, expected) => {
    expect(unitsOfSentence(sentence).map((u) => `${u.role} ${u.unit.name}`)).toEqual(expected);
  });
});
