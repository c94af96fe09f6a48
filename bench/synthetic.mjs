// The synthetic stand-in for the real documents, used only when ../shared/real is absent (a user's
// fresh clone): distinct plans generated from corpus/*.txt with a seeded PRNG, so every machine gets the
// same bytes and no two files are equal. Each file takes one corpus plan and changes what differs between
// real plans: the document number, the dates and years, the province and unit names, the signer, the
// body (bullets shuffled, some dropped, some borrowed from other plans, percentages and counts redrawn,
// the body repeated 1–3× with the numbering continued, sometimes an appendix task table) and the typing
// (retype.mjs: caps headings, markdown, old tone marks, indentation, hard wrap, NBSP, NFD, CRLF, BOM).
//   node bench/synthetic.mjs [MB]   prints what a set of that size looks like (default 8)
/* global performance */

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RETYPINGS, intBetween, mulberry32, pick } from './retype.mjs';

const MAX_FILE_BYTES = 64 * 1024;

/** corpus/*.txt, sorted: [{ name, path, buf, text }] (text: BOM dropped, '\n' line ends, NFC). */
export function loadCorpus(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return { name: f, path: join(dir, f), buf, text: buf.toString('utf8').replace(/^\ufeff/u, '').replace(/\r\n?/g, '\n').normalize('NFC') };
    });
}

const BODY_START = /^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:(?:PHẦN|Phần)\s+)?(?:[IVX]+|1)[.)]\s/u;
const BODY_END = /^\s*(?:Trên đây|Nơi nhận)/iu;

/** Lines of a plan split into header (number, date, title, Căn cứ), body (the numbered sections) and footer. */
export function splitPlan(text) {
  const lines = text.split('\n');
  let start = lines.findIndex((l) => BODY_START.test(l));
  if (start < 0) start = Math.floor(lines.length / 4);
  let end = lines.findIndex((l, i) => i > start && BODY_END.test(l));
  if (end < 0) end = lines.length;
  if (end - start < 3) {
    start = Math.floor(lines.length / 4);
    end = Math.max(start + 1, Math.floor((lines.length * 9) / 10));
  }
  return { head: lines.slice(0, start), body: lines.slice(start, end), foot: lines.slice(end) };
}

const ROMAN = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function toRoman(n) {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}
function fromRoman(s) {
  const v = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let n = 0;
  for (let i = 0; i < s.length; i++) n += v[s[i]] < (v[s[i + 1]] ?? 0) ? -v[s[i]] : v[s[i]];
  return n;
}
const ROMAN_LINE = /^(\s*(?:#{1,6}\s*)?(?:\*\*)?(?:(?:PHẦN|Phần)\s+)?)([IVXLC]+)([.)]\s)/u;

/** The body `times` times, the roman headings of each copy continuing the numbering (I–IV, V–VIII, …). */
export function repeatBody(body, times) {
  const romans = body.map((l) => ROMAN_LINE.exec(l)).filter(Boolean).map((m) => fromRoman(m[2]));
  const step = romans.length ? Math.max(...romans) : 0;
  const out = [];
  for (let r = 0; r < times; r++) {
    if (r === 0 || step === 0) out.push(...body);
    else out.push(...body.map((l) => l.replace(ROMAN_LINE, (_, pre, num, post) => `${pre}${toRoman(fromRoman(num) + r * step)}${post}`)));
  }
  return out;
}

const PROVINCES = [
  'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa',
  'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình',
  'Quảng Trị', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp',
  'Cà Mau', 'An Giang', 'Bình Định', 'Phú Yên', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Đắk Nông', 'Bình Phước', 'Long An',
  'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Sóc Trăng', 'Bạc Liêu', 'Kiên Giang', 'Hậu Giang', 'Hà Giang', 'Yên Bái', 'Bắc Kạn',
  'Hòa Bình', 'Vĩnh Phúc', 'Bắc Giang', 'Hải Dương', 'Thái Bình', 'Nam Định', 'Hà Nam', 'Quảng Bình', 'Quảng Nam',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Thu', 'Công', 'Hồng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Hương', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quang', 'Sơn', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Yến'];
const UNITS = [
  'Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Sở Khoa học và Công nghệ', 'Sở Tư pháp', 'Thanh tra tỉnh', 'Sở Tài chính',
  'Sở Nông nghiệp và Môi trường', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Công an tỉnh', 'Sở Xây dựng', 'Sở Công Thương',
  'UBND các xã, phường', 'Ủy ban MTTQ Việt Nam tỉnh', 'Các sở, ban, ngành tỉnh', 'Trung tâm Phục vụ hành chính công tỉnh',
  'Báo và Phát thanh, Truyền hình tỉnh', 'Sở Văn hóa, Thể thao và Du lịch',
];
const PRODUCTS = ['Báo cáo', 'Kế hoạch', 'Văn bản hướng dẫn', 'Kết quả kiểm tra', 'Chuyên mục, tin bài', 'Quyết định'];
const DEADLINES = ['Quý I', 'Quý II', 'Quý III', 'Tháng 6', 'Tháng 10', 'Trước ngày 30/11', 'Thường xuyên', 'Hằng năm', 'Cả năm'];

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BULLET = /^\s*[-+•*]\s+\S/u;
const SIGNER = /^\s*(?:\*\*)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}(?:\*\*)?\s*$/u;

/** Shuffles runs of bullet lines, drops some, borrows some from other plans; redraws percentages and counts. */
function varyBody(rng, body, borrowed) {
  const out = [];
  let run = [];
  const flush = () => {
    if (run.length === 0) return;
    for (let i = run.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [run[i], run[j]] = [run[j], run[i]];
    }
    let kept = run.filter(() => rng() >= 0.15);
    if (kept.length === 0) kept = [run[0]];
    if (borrowed.length > 0 && rng() < 0.5) for (let k = intBetween(rng, 1, 4); k > 0; k--) kept.splice(Math.floor(rng() * (kept.length + 1)), 0, pick(rng, borrowed));
    out.push(...kept);
    run = [];
  };
  for (const line of body) {
    if (BULLET.test(line)) run.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out.map((l) => l.replace(/\b(\d{1,3})(\s?%)/gu, (_, _n, pct) => `${intBetween(rng, 50, 100)}${pct}`).replace(/\b(\d{2,4})(\s+(?:cán bộ|hồ sơ|thủ tục|người|đơn vị|lượt))/gu, (_, _n, w) => `${intBetween(rng, 10, 2500)}${w}`));
}

/** An appendix task table built from the plan's own bullets (pipe or tab separated). */
function appendixTable(rng, lines, rows, year) {
  const tasks = lines
    .filter((l) => BULLET.test(l))
    .map((l) => l.replace(/^\s*[-+•*]\s+/u, '').replace(/[;.:,]+$/u, ''))
    .map((t) => (t.length > 140 ? `${t.slice(0, t.lastIndexOf(' ', 140))}` : t));
  if (tasks.length === 0) tasks.push('Tổ chức thực hiện các nhiệm vụ được giao tại Kế hoạch');
  const sep = rng() < 0.6 ? ' | ' : '\t';
  const row = (cells) => (sep === ' | ' ? `| ${cells.join(' | ')} |` : cells.join('\t'));
  const out = ['', 'PHỤ LỤC', 'DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH', '(Kèm theo Kế hoạch của Ủy ban nhân dân)', ''];
  out.push(row(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian hoàn thành']));
  if (sep === ' | ') out.push('|-----|------|------|------|------|------|');
  let group = 0;
  for (let i = 1; i <= rows; i++) {
    if (i === 1 || rng() < 0.12) out.push(row([toRoman(++group), `Nhóm nhiệm vụ ${group}`, '', '', '', '']));
    const deadline = pick(rng, DEADLINES);
    out.push(row([String(i), pick(rng, tasks), pick(rng, UNITS), `${pick(rng, UNITS)}; ${pick(rng, UNITS)}`, pick(rng, PRODUCTS), /^(?:Quý|Tháng|Trước)/u.test(deadline) ? `${deadline}/${year}` : deadline]));
  }
  return out;
}

/** One distinct plan text from `plan` (varied as the header comment says); `others` lend bullets. */
function synthesize(rng, plan, others, stats) {
  const { head, body, foot } = plan.parts;
  const year = intBetween(rng, 2019, 2026);
  // Provinces named in the plan → other provinces (one mapping per file, so the plan stays consistent).
  const swap = new Map();
  for (const p of PROVINCES) if (plan.text.includes(p)) swap.set(p, pick(rng, PROVINCES));
  const swapRe = swap.size ? new RegExp(`(?:${[...swap.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`, 'gu') : null;
  const years = new Map();
  const fix = (line) => {
    let l = line;
    if (swapRe) l = l.replace(swapRe, (m) => swap.get(m));
    l = l.replace(/\b(20[12]\d)\b/gu, (y) => {
      if (!years.has(y)) years.set(y, String(Math.min(2030, year + (Number(y) - 2024))));
      return years.get(y);
    });
    l = l.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gu, (_, _d, _m, y) => `${intBetween(rng, 1, 28)}/${intBetween(rng, 1, 12)}/${y}`);
    return l;
  };
  let numbered = false;
  let dated = false;
  const newHead = head.map((line) => {
    let l = fix(line);
    if (!numbered && /Số\s*:?\s*\d+/u.test(l)) {
      numbered = true;
      l = l.replace(/(Số\s*:?\s*)(\d+)/u, (_, pre) => `${pre}${intBetween(rng, 1, 9999)}`);
    }
    if (!dated && /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u.test(l)) {
      dated = true;
      l = l.replace(/ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(\d{4})/u, (_, y) => `ngày ${intBetween(rng, 1, 28)} tháng ${intBetween(rng, 1, 12)} năm ${y}`);
    }
    return l;
  });
  const borrowed = [];
  for (let k = 0; k < 3; k++) borrowed.push(...pick(rng, others).parts.body.filter((l) => BULLET.test(l)));
  let varied = varyBody(rng, body.map(fix), borrowed.map(fix));
  let times = intBetween(rng, 1, 3);
  const bodyBytes = Buffer.byteLength(varied.join('\n'));
  const restBytes = Buffer.byteLength(newHead.join('\n')) + Buffer.byteLength(foot.join('\n'));
  while (times > 1 && restBytes + times * bodyBytes > MAX_FILE_BYTES) times--;
  varied = repeatBody(varied, times);
  const newFoot = foot.map(fix);
  for (let i = newFoot.length - 1; i >= 0; i--) {
    if (newFoot[i].trim() === '') continue;
    if (SIGNER.test(newFoot[i])) newFoot[i] = `${pick(rng, SURNAMES)} ${pick(rng, MIDDLES)} ${pick(rng, GIVEN)}`;
    break;
  }
  const lines = [...newHead, ...varied, ...newFoot];
  if (rng() < 0.4) lines.push(...appendixTable(rng, varied, intBetween(rng, 8, 50), year));
  let text = lines.join('\n');
  for (const r of RETYPINGS) {
    if (rng() < r.p) {
      text = r.apply(text, rng);
      stats[r.name] = (stats[r.name] ?? 0) + 1;
    }
  }
  return text;
}

/**
 * Distinct synthetic plans until there are ≥ `minBytes` bytes: [{ name, buf }], every buffer different
 * from every other one (checked by sha256; a repeat is drawn again). Deterministic for a seed.
 */
export function distinctPlans(corpus, { minBytes, seed = 0x6b6568, stats = {} }) {
  for (const p of corpus) p.parts ??= splitPlan(p.text);
  const rng = mulberry32(seed);
  const seen = new Set();
  const out = [];
  let bytes = 0;
  let redrawn = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const plan = corpus[i % corpus.length];
    let buf;
    let hash;
    do {
      buf = Buffer.from(synthesize(rng, plan, corpus, stats), 'utf8');
      hash = createHash('sha256').update(buf).digest('hex');
      if (seen.has(hash)) redrawn++;
    } while (seen.has(hash));
    seen.add(hash);
    out.push({ name: `s${String(i).padStart(5, '0')}_${plan.name}`, buf });
    bytes += buf.length;
  }
  stats.redrawn = redrawn;
  return out;
}

// `node bench/synthetic.mjs [MB]`: what a set looks like.
if (process.argv[1] && basename(process.argv[1]) === 'synthetic.mjs') {
  const root = new URL('..', import.meta.url).pathname;
  const stats = {};
  const t0 = performance.now();
  const set = distinctPlans(loadCorpus(join(root, 'corpus')), { minBytes: Number(process.argv[2] ?? 8) * 1e6, stats });
  const sizes = set.map((f) => f.buf.length).sort((a, b) => a - b);
  console.log(JSON.stringify({ files: set.length, bytes: sizes.reduce((a, b) => a + b, 0), min: sizes[0], median: sizes[sizes.length >> 1], max: sizes.at(-1), seconds: +((performance.now() - t0) / 1000).toFixed(1), stats }, null, 2));
}
