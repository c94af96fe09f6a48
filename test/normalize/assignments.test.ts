// Who does what (issue #4): the units of each seed's Tổ chức thực hiện with their roles, 003's task
// table, 000's cross-references, schedule entries, units of sentences and table cells, and the CSV.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findReferences, findScheduleEntries, parsePlan, type PlanDocument, readScheduleCell, toCsv, unitsInCell } from '../../src/index.js';
import { unitsOfSentence } from '../../src/normalize/assignments.js';

const corpus = new URL('../../corpus/', import.meta.url);
const read = (f: string) => {
  const text = readFileSync(new URL(f, corpus), 'utf8');
  return { text, plan: parsePlan(text) };
};
const pairs = (plan: PlanDocument) => plan.assignments.map((a) => `${a.role} ${a.unit.name}`);

// Every unit the seed's Tổ chức thực hiện part names, with its role (read from the text).
const organizationUnits: Record<string, string[]> = {
  '000_9bc95635cc1859e3.txt': [
    'all các phòng',
    'lead Trung tâm Tư vấn đấu thầu và Hỗ trợ đầu tư',
    'lead Thanh tra Sở',
    'coordinate các phòng',
    'lead Văn phòng',
    'coordinate Phòng Đăng ký kinh doanh',
    'coordinate Phòng Kinh tế đối ngoại',
    'coordinate Phòng Doanh nghiệp, Kinh tế tập thể và tư nhân',
    'coordinate Phòng Hợp tác công - tư',
    'coordinate Phòng Đấu thầu, Thẩm định và Giám sát đầu tư',
  ],
  '001_f49a5ba32e0b9845.txt': [
    'lead Phòng Nội vụ',
    'coordinate các cơ quan, ban, ngành, đơn vị sự nghiệp trên địa bàn huyện',
    'coordinate Ủy ban nhân dân xã có liên quan',
    'lead Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện',
    'lead Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
    'all các tổ chức chính trị - xã hội',
    'lead Phòng Văn hóa và Thông tin huyện',
    'lead Trung tâm văn hóa Thể thao và truyền thanh - Truyền hình huyện',
    'coordinate các cơ quan, đơn vị liên quan',
  ],
  '002_1daab65a7b2a5cd0.txt': [
    'lead Văn phòng Ủy ban nhân dân phường',
    'lead Bộ phận “Tiếp nhận và trả kết quả”',
    'coordinate Bộ phận Văn hóa - Thông tin',
    'coordinate Mặt trận Tổ quốc',
    'coordinate các đoàn thể',
  ],
  '003_8c8e9a5d118adf1b.txt': ['lead Phòng Nội vụ quận', 'lead Văn phòng Ủy ban nhân dân quận', 'coordinate các cơ quan, đơn vị có liên quan'],
  '004_6d8437bd74688339.txt': ['all các phòng, đơn vị trực thuộc Sở', 'lead Văn phòng Sở', 'coordinate các phòng'],
};

describe('assignments on the seeds', () => {
  for (const [file, expected] of Object.entries(organizationUnits)) {
    it(`${file.slice(0, 3)}: every unit of Tổ chức thực hiện with its role`, () => {
      expect(pairs(read(file).plan)).toEqual(expect.arrayContaining(expected));
    });
  }

  it('002: the issuer acting itself (Chủ tịch Ủy ban nhân dân phường) is not an assignment; staff are not units', () => {
    const names = read('002_1daab65a7b2a5cd0.txt').plan.assignments.map((a) => a.unit.name);
    expect(names).not.toContain('Ủy ban nhân dân phường');
    expect(names.some((n) => n.includes('công chức'))).toBe(false);
  });

  it('003: the eight units heading II.2.1–II.2.8 lead', () => {
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

  it('positions slice the input back to the unit as written (units not wrapped over table lines)', () => {
    let checked = 0;
    for (const f of Object.keys(organizationUnits)) {
      const { text, plan } = read(f);
      for (const a of plan.assignments) {
        const slice = text.slice(a.position.start.offset, a.position.end.offset).normalize('NFC');
        if (/[\t\n]/.test(slice)) continue;
        expect(slice).toBe(a.unit.raw.normalize('NFC'));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(50);
  });
});

describe('003 appendix task table', () => {
  const { plan } = read('003_8c8e9a5d118adf1b.txt');
  const rows = plan.tableTasks;

  it('yields its 34 task rows, grouped under PAR.1–PAR.8 and SIPAS', () => {
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
    const groups = [...new Set(rows.map((r) => `${r.group?.label} ${r.group?.dimension?.code ?? r.group?.index}`))];
    expect(groups).toEqual(['I PAR.1', 'II PAR.2', 'III PAR.3', 'IV PAR.4', 'V PAR.5', 'VI PAR.6', 'VII PAR.7', 'VIII PAR.8', 'IX SIPAS']);
    expect(rows.every((r) => r.appendix === 'PL')).toBe(true);
  });

  it('reads lead and coordinating units, product and deadline of a row', () => {
    const first = rows[0]!;
    expect(first.text).toBe('Tăng cường kiểm tra, khảo sát công tác cải cách hành chính trên địa bàn quận năm 2024');
    expect(first.lead.map((u) => [u.name, u.role])).toEqual([['Phòng Nội vụ quận', 'Trưởng']]);
    expect(first.coordinate.map((u) => u.name)).toEqual(['các cơ quan chuyên môn thuộc quận', 'Ủy ban nhân dân 12 phường']);
    expect(first.product).toBe('Kế hoạch, Thông báo, Báo cáo kết quả');
    expect(rows[1]!.deadline).toBe('Tháng 8 năm 2024');
    expect(rows[3]!.lead.map((u) => u.name)).toEqual(['Văn phòng Ủy ban nhân dân quận', 'Phòng Nội vụ quận', 'Ủy ban nhân dân 12 phường']);
  });

  it('merges rows wrapped over several lines (24: task, 27: coordinating units)', () => {
    expect(rows[23]!.text.endsWith('chuyên gia, nhà khoa học, người có tài năng đặc biệt trên địa bàn quận')).toBe(true);
    expect(rows[26]!.coordinate.map((u) => u.name)).toContain('các cơ quan, đơn vị được giao sử dụng tài sản công');
  });

  it('turns rows into assignments with the row as a task', () => {
    const office = plan.assignments.find((a) => a.unit.name === 'Văn phòng Ủy ban nhân dân quận' && a.role === 'lead')!;
    const fromTable = office.tasks.filter((t) => t.row !== undefined);
    expect(fromTable.map((t) => rows[t.row!]!.number)).toEqual(['4', '8', '9', '10', '11', '12', '29', '30', '31']);
    expect(fromTable[0]!.dimension).toBe('PAR.1');
    expect(fromTable[0]!.deadline).toBe('Thường xuyên');
  });
});

describe('000 cross-references', () => {
  const { plan } = read('000_9bc95635cc1859e3.txt');

  it('every reference resolves to the section it names', () => {
    expect(plan.refs.map((r) => r.target)).toEqual(['II.1', 'II.2.2', 'II.2.7', 'II.2.3.a', 'II.2.4.a', 'II.2.1', 'II.2.3.b', 'II.2.4.b', 'II.2.6', 'II.3', 'II.2.5']);
    expect(plan.diagnostics.filter((d) => d.code === 'normalize/ref-unresolved')).toEqual([]);
  });

  it('gives each section the units that answer for it', () => {
    const find = (id: string, sections = plan.sections): PlanDocument['sections'][number] | undefined => {
      for (const s of sections) {
        if (s.id === id) return s;
        const inner = find(id, s.children);
        if (inner) return inner;
      }
      return undefined;
    };
    expect(find('II.2.3.a')!.responsibleUnits!.map((u) => `${u.role} ${u.name}`)).toContain('lead Thanh tra Sở');
    expect(find('II.2.5')!.responsibleUnits!.map((u) => `${u.role} ${u.name}`)).toContain('lead Văn phòng');
  });

  it('001: references to appendices that are not included have a null target and a warning', () => {
    const other = read('001_f49a5ba32e0b9845.txt').plan;
    expect(other.refs.map((r) => r.target)).toEqual([null, null]);
    expect(other.diagnostics.filter((d) => d.code === 'normalize/ref-unresolved')).toHaveLength(2);
  });
});

describe('findReferences', () => {
  it.each([
    ['Tổ chức thực hiện nghiêm túc mục 1, 2.2, 2.7 của Phần II Kế hoạch này', ['II.1', 'II.2.2', 'II.2.7']],
    ['thực hiện nhiệm vụ tại điểm a mục 2.3, điểm a mục 2.4 của Phần II', ['II.2.3.a', 'II.2.4.a']],
    ['các nội dung tại điểm b khoản 2 mục II', ['II.2.b']],
    ['nội dung tại khoản 2 Điều 1 Quyết định này', ['D1.2']],
    ['theo Phụ lục I kèm theo', ['PL1']],
    ['theo khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP', []],
  ])('%s', (text, paths) => {
    expect(findReferences(text, 0).map((r) => r.path)).toEqual(paths);
  });
});

describe('schedule', () => {
  it.each([
    ['Trước 30 tháng 11 2024', { kind: 'date', end: '2024-11-30' }],
    ['Tháng 8 năm 2024', { kind: 'date', end: '2024-08' }],
    ['trước 31/10/2024', { kind: 'date', end: '2024-10-31' }],
    ['Quý III/2025', { kind: 'date', end: '2025-Q3' }],
    ['Từ ngày 01/7 đến ngày 30/9/2025', { kind: 'range', start: '2025-07-01', end: '2025-09-30' }],
    ['Thường xuyên', { kind: 'continuous' }],
    ['Khi được triển khai', { kind: 'event' }],
    ['Sau khi thành phố ban hành', { kind: 'event' }],
    ['Định kỳ 6 tháng, năm', { kind: 'recurring', recurrence: '6 tháng, năm' }],
  ])('%s', (text, expected) => {
    expect(readScheduleCell(text, 0, 2024)).toMatchObject(expected);
  });

  it('a reporting list gives one recurring entry per period, its year inferred and flagged', () => {
    const entries = findScheduleEntries('Chế độ báo cáo: quý 1 (trước ngày 06/4), 6 tháng (trước ngày 05/6), năm (trước ngày 15/11).', 0, 2019);
    expect(entries.map((e) => [e.kind, e.recurrence, e.end, e.yearInferred])).toEqual([
      ['recurring', 'quý 1', '2019-04-06', true],
      ['recurring', '6 tháng', '2019-06-05', true],
      ['recurring', 'năm', '2019-11-15', true],
    ]);
  });

  it('002: the range of its timeline and the reporting deadlines', () => {
    const { plan } = read('002_1daab65a7b2a5cd0.txt');
    expect(plan.schedule.find((e) => e.kind === 'range')).toMatchObject({ start: '2019-03-20', end: '2019-03-25', yearInferred: true });
    expect(plan.schedule.filter((e) => e.kind === 'recurring' && e.end).map((e) => e.end)).toEqual(['2019-04-06', '2019-06-05', '2019-09-05', '2019-11-15']);
  });
});

describe('unitsOfSentence and unitsInCell', () => {
  it.each([
    ['Giao Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở theo dõi việc thực hiện', ['lead Văn phòng Sở', 'coordinate Thanh tra Sở']],
    ['Phòng Nội vụ chịu trách nhiệm tổng hợp, báo cáo', ['lead Phòng Nội vụ']],
    ['Thủ trưởng các cơ quan, đơn vị có trách nhiệm triển khai', ['all các cơ quan, đơn vị']],
    ['Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố', ['all các sở, ban, ngành cấp tỉnh', 'lead Ủy ban nhân dân các huyện, thị xã, thành phố']],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể', ['lead Ủy ban Mặt trận Tổ quốc Việt Nam phường', 'all các đoàn thể']],
    ['Tăng cường công tác tuyên truyền về Chỉ số PAPI', []],
    // The subject after an opening adverbial.
    ['Căn cứ nội dung Kế hoạch này và điều kiện thực tế, các sở, ban, ngành, UBND các xã, phường xây dựng Kế hoạch của đơn vị', ['all các sở, ban, ngành', 'lead Ủy ban nhân dân các xã, phường']],
    ['Trên cơ sở nhiệm vụ được giao, Sở Xây dựng chủ trì tổ chức thực hiện', ['lead Sở Xây dựng']],
    ['Căn cứ tình hình thực tế, tổ chức tuyên truyền sâu rộng', []],
    ['Báo và Đài Phát thanh, Truyền hình tỉnh tăng cường công tác tuyên truyền', ['lead Báo và Đài Phát thanh, Truyền hình tỉnh']],
    // Partners: a bracketed remark between them, "tham gia phối hợp", the collective "cấp ủy, chính quyền".
    [
      'Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính (trong việc tổng hợp chỉ số PCI), Trung tâm Phục vụ hành chính công tỉnh (Văn phòng UBND tỉnh) và các cơ quan, đơn vị liên quan triển khai',
      ['lead Sở Nội vụ', 'coordinate Sở Tài chính', 'coordinate Trung tâm Phục vụ hành chính công tỉnh', 'coordinate các cơ quan, đơn vị liên quan'],
    ],
    ['Các ngân hàng thương mại tham gia phối hợp với Sở Y tế tuyên truyền', ['coordinate các ngân hàng thương mại', 'coordinate Sở Y tế']],
    ['Đề nghị Mặt trận Tổ quốc tỉnh phối hợp chặt chẽ với cấp ủy, chính quyền các cấp, phát huy sức mạnh', ['coordinate Mặt trận Tổ quốc tỉnh', 'coordinate cấp ủy, chính quyền các cấp']],
    ['Người đứng đầu cấp ủy, chính quyền cấp xã tổ chức đối thoại với Nhân dân', ['lead cấp ủy, chính quyền cấp xã']],
    // A later sentence of the paragraph names who is in charge (with a verb of charge, not of work).
    [
      'Rút ngắn thời gian đăng ký doanh nghiệp; đẩy mạnh đăng ký qua mạng. Sở Tài chính chủ trì, phối hợp với Thuế tỉnh Khánh Hòa, Bảo hiểm xã hội tỉnh thực hiện.',
      ['lead Sở Tài chính', 'coordinate Thuế tỉnh Khánh Hòa', 'coordinate Bảo hiểm xã hội tỉnh'],
    ],
    ['Tuyển sinh năm học mới đã kết thúc. Trường đã tổ chức lễ khai giảng', []],
    ['Trưởng ban Ban Tổ chức cán bộ có trách nhiệm thi hành Quyết định này', ['lead Ban Tổ chức cán bộ']],
    // Who does the task, said in brackets after it; a partner inside the bracket ends with it.
    ['Nhóm thủ tục hành chính lĩnh vực đất đai, môi trường (Sở Nông nghiệp và Môi trường chủ trì);', ['lead Sở Nông nghiệp và Môi trường']],
    ['Nhóm thủ tục hành chính về hộ tịch, chứng thực (Sở Tư pháp chủ trì, phối hợp với Công an tỉnh).', ['lead Sở Tư pháp', 'coordinate Công an tỉnh']],
    ['Báo cáo cấp thẩm quyền (UBND thành phố, các Bộ, cơ quan trung ương chủ trì dự án, tiểu dự án)', []],
    // Business associations and the provincial telecom as partners.
    ['Sở Khoa học và Công nghệ chủ trì, phối hợp với Viễn thông Sơn La, Bưu điện tỉnh Sơn La hỗ trợ người dân', ['lead Sở Khoa học và Công nghệ', 'coordinate Viễn thông Sơn La', 'coordinate Bưu điện tỉnh Sơn La']],
    ['Đề nghị Hiệp hội Doanh nghiệp tỉnh Gia Lai phối hợp tổ chức lấy ý kiến doanh nghiệp', ['coordinate Hiệp hội Doanh nghiệp tỉnh Gia Lai']],
    // A commune's health station is a unit, a transfer station is not; "các trường hợp" are cases, not schools.
    ['Trạm Y tế xã chủ trì khám sàng lọc cho người cao tuổi', ['lead Trạm Y tế xã']],
    ['Trạm trung chuyển chất thải rắn thực hiện phân loại', []],
    ['Các trường hợp chuyển mục đích sử dụng đất thực hiện theo quy định', []],
    // "quản lý" after "Ban" is its name; a bracket ends a unit's name.
    ['Phòng Kinh tế chủ trì, phối hợp với Ban quản lý các thôn, khu kiểm tra, xử lý vi phạm', ['lead Phòng Kinh tế', 'coordinate Ban quản lý các thôn, khu']],
    ['Sở Nông nghiệp và Môi trường quản lý chặt chẽ diện tích rừng', ['lead Sở Nông nghiệp và Môi trường']],
    // "trực tiếp lãnh đạo" after a unit is its duty, not a part of its name.
    ['Chủ tịch Ủy ban nhân dân các xã, phường trực tiếp lãnh đạo, chỉ đạo tổ chức triển khai thực hiện', ['lead Ủy ban nhân dân các xã, phường']],
    ['Chỉ đạo phòng, ban chuyên môn, phối hợp tổ chức chính trị - xã hội tại địa phương thực hiện công tác tuyên truyền', ['coordinate Tổ chức chính trị - xã hội tại địa phương']],
    // A later sentence that gives the work ("… . Giao …"); "mở" ends a name unless a name goes on ("Khu kinh tế mở Chu Lai").
    ['Giao Sở Nội vụ theo dõi việc thực hiện. Giao Báo và Phát thanh, Truyền hình Thanh Hóa mở chuyên mục phản ánh', ['lead Sở Nội vụ', 'lead Báo và Phát thanh, Truyền hình Thanh Hóa']],
    ['Ban Quản lý Khu kinh tế mở Chu Lai chủ trì tổ chức thực hiện', ['lead Ban Quản lý Khu kinh tế mở Chu Lai']],
    // A heading that names whose duties follow.
    ['Trách nhiệm của Sở Khoa học và Công nghệ', ['lead Sở Khoa học và Công nghệ']],
    ['Trách nhiệm của các Sở, Ban, ngành:', ['all các Sở, Ban, ngành']],
    // A list that says its head word once: the members are the departments named after the colon.
    [
      'Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc các Sở: Văn hóa, Thể thao và Du lịch; Nội vụ; Tài chính; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này.',
      ['lead Văn phòng Ủy ban nhân dân thành phố', 'lead Sở Văn hóa, Thể thao và Du lịch', 'lead Sở Nội vụ', 'lead Sở Tài chính', 'lead Ủy ban nhân dân các xã, phường'],
    ],
    ['Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Giáo dục và Đào tạo, Nội vụ; Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này', ['lead Văn phòng Ủy ban nhân dân tỉnh', 'lead Sở Giáo dục và Đào tạo', 'lead Sở Nội vụ', 'all các sở, ban, ngành']],
    // "chính quyền" is a partner only with its level and as a whole phrase.
    ['Chính quyền địa phương ở đơn vị hành chính cấp xã trước sắp xếp chấm dứt hoạt động', []],
    ['Xây dựng chính quyền số, phối hợp chính quyền điện tử', []],
  ])('%s', (sentence, expected) => {
    expect(unitsOfSentence(sentence).map((u) => `${u.role} ${u.unit.name}`)).toEqual(expected);
  });

  it.each([
    ['Thủ trưởng các cơ quan chuyên môn thuộc quận; Chủ tịch UBND 12 phường', ['các cơ quan chuyên môn thuộc quận', 'Ủy ban nhân dân 12 phường']],
    ['Thủ trưởng cơ quan, đơn vị có liên quan', ['Cơ quan, đơn vị có liên quan']],
    ['Phòng Nội vụ; Văn phòng HĐND và UBND', ['Phòng Nội vụ', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân']],
    ['SỞ CÔNG THƯƠNG; Sở Công thương tỉnh Khánh Hòa', ['Sở Công Thương', 'Sở Công Thương tỉnh Khánh Hòa']],
    ['Các phòng, ban chuyên môn, UBND các xã', ['các phòng, ban chuyên môn', 'Ủy ban nhân dân các xã']],
    // A long name in a unit column is a unit; a long task pushed into it is not.
    ['Cơ quan quản lý cấp trên của đơn vị sự nghiệp công lập, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh', ['Cơ quan quản lý cấp trên của đơn vị sự nghiệp công lập, đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh']],
    ['Xây dựng và tổ chức triển khai Kế hoạch phát triển kinh tế số và xã hội số trong lĩnh vực nông nghiệp, nông thôn', []],
  ])('cell %s', (cell, expected) => {
    expect(unitsInCell(cell).map((u) => u.name)).toEqual(expected);
  });
});

describe('toCsv', () => {
  const plans = ['000_9bc95635cc1859e3.txt', '003_8c8e9a5d118adf1b.txt'].map((f) => parsePlan(readFileSync(new URL(f, corpus)), { path: f }));
  const csv = toCsv(plans, 'assignments');

  /** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
  const parse = (text: string) => {
    const records: string[][] = [];
    let field = '';
    let record: string[] = [];
    let quoted = false;
    const endField = () => {
      record.push(field);
      field = '';
    };
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') endField();
      else if (c === '\r' && text[i + 1] === '\n') {
        endField();
        records.push(record);
        record = [];
        i++;
      } else field += c;
    }
    return records;
  };

  it('is UTF-8 with a BOM, CRLF records of equal width, one row per (document, unit, role, task)', () => {
    expect(csv.startsWith('\uFEFFdocument,number,issuer,unit,')).toBe(true);
    const records = parse(csv.slice(1));
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([14]));
    const taskRows = plans.reduce((n, p) => n + p.assignments.reduce((m, a) => m + Math.max(1, a.tasks.length), 0), 0);
    expect(records.length - 1).toBe(taskRows);
    const row = records.find((r) => r[3] === 'Phòng Nội vụ quận' && r[8] === 'table row 2')!;
    expect(row).toMatchObject({ 0: '003_8c8e9a5d118adf1b.txt', 6: 'lead', 9: 'PAR.1', 10: 'Tháng 8 năm 2024', 11: 'Kế hoạch, hội thi được tổ chức' });
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const records = parse(csv.slice(1));
    expect(records.some((r) => r[7]!.includes(','))).toBe(true);
    expect(records.find((r) => r[3] === 'Thanh tra Sở')![12]).toBe('II.2.3.a; II.2.4.a');
  });
});

describe('parts that hold tasks', () => {
  it('reads the tasks of a part of targets that names its tasks too ("MỤC TIÊU, NHIỆM VỤ")', () => {
    const text = [
      'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 20/KH-UBND', 'Lâm Đồng, ngày 5 tháng 1 năm 2026', 'KẾ HOẠCH', 'Cải cách hành chính năm 2026',
      'I. MỤC TIÊU, NHIỆM VỤ', '1. Cải cách thủ tục hành chính', 'a) Mục tiêu', '- 100% thủ tục hành chính được công khai.', 'b) Nhiệm vụ',
      '- Các cơ quan Trung ương đóng trên địa bàn tỉnh phối hợp giải quyết các thủ tục hành chính của tỉnh.',
      'II. MỤC TIÊU', '- Sở Nội vụ đạt chỉ số cải cách hành chính trên 90%.',
    ].join('\n');
    const found = pairs(parsePlan(text));
    expect(found).toContain('coordinate các cơ quan Trung ương đóng trên địa bàn tỉnh');
    // A part of targets alone assigns nothing.
    expect(found.some((p) => p.includes('Sở Nội vụ'))).toBe(false);
  });
});
