// The synthetic inputs of the benchmark, built from corpus/*.txt and written under bench/.data/:
//   set/<nnn>/<plan>.txt   ≥ 5,000 re-typed, lengthened copies of the 62 plans, ≥ 100 MiB in all
//   big.txt                one plan whose appendix task table is repeated to ≥ 10 MiB
//   patho/*.txt            long-line (1 MiB, no newline), nested (50,000 numbering lines, depth 1–8),
//                          bullets (100,000 "- " lines)
// Deterministic (seeded PRNG); rebuilt only when manifest.json is missing or its recipe or corpus differ.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RETYPINGS, intBetween, mulberry32, pick } from './retype.mjs';

/** Bump when anything below changes the bytes written. */
export const RECIPE_VERSION = 3;
const SEED = 0x6b6568; // "keh"

export const MIN_FILES = 5000;
export const MIN_BYTES = 100 * 1024 * 1024;
const BIG_BYTES = 10 * 1024 * 1024;
const MAX_FILE_BYTES = 64 * 1024;

/** corpus/*.txt, sorted: [{ name, path, buf, text }]. */
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

/**
 * The body `times` times. With `renumber`, the roman headings of each copy continue the numbering of
 * the previous one (I–IV, V–VIII, …) so the longer plan reads as one plan; otherwise copies restart.
 */
export function repeatBody(body, times, renumber) {
  const romans = body.map((l) => ROMAN_LINE.exec(l)).filter(Boolean).map((m) => fromRoman(m[2]));
  const step = romans.length ? Math.max(...romans) : 0;
  const out = [];
  for (let r = 0; r < times; r++) {
    if (!renumber || r === 0 || step === 0) out.push(...body);
    else out.push(...body.map((l) => l.replace(ROMAN_LINE, (_, pre, num, post) => `${pre}${toRoman(fromRoman(num) + r * step)}${post}`)));
  }
  return out;
}

const UNITS = [
  'Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Sở Thông tin và Truyền thông', 'Sở Tư pháp', 'Thanh tra tỉnh', 'Sở Tài chính',
  'Sở Kế hoạch và Đầu tư', 'Sở Tài nguyên và Môi trường', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Công an tỉnh',
  'UBND các huyện, thị xã, thành phố', 'UBND cấp xã', 'Ủy ban MTTQ Việt Nam tỉnh', 'Các sở, ban, ngành tỉnh',
  'Phòng Nội vụ', 'Văn phòng HĐND và UBND huyện', 'Bộ phận Một cửa', 'Đài Phát thanh - Truyền hình tỉnh',
];
const PRODUCTS = ['Báo cáo', 'Kế hoạch', 'Văn bản hướng dẫn', 'Kết quả kiểm tra', 'Chuyên mục, tin bài', 'Quyết định'];
const DEADLINES = ['Quý I/2025', 'Quý II/2025', 'Tháng 6/2025', 'Trước ngày 30/11/2025', 'Thường xuyên', 'Hằng năm', 'Năm 2025'];

/** An appendix task table built from the plan's own bullets (pipe or tab separated). */
function appendixTable(rng, lines, rows) {
  const tasks = lines
    .filter((l) => /^\s*[-+•]\s+\S/u.test(l))
    .map((l) => l.replace(/^\s*[-+•]\s+/u, '').replace(/[;.:,]+$/u, ''))
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
    out.push(row([String(i), pick(rng, tasks), pick(rng, UNITS), `${pick(rng, UNITS)}; ${pick(rng, UNITS)}`, pick(rng, PRODUCTS), pick(rng, DEADLINES)]));
  }
  return out;
}

/** One synthetic file: the plan lengthened (body 2–4×, an appendix table) and re-typed. */
function synthesize(rng, plan, stats) {
  const { head, body, foot } = plan.parts;
  let times = intBetween(rng, 2, 4);
  const bodyBytes = Buffer.byteLength(body.join('\n'));
  const restBytes = Buffer.byteLength(head.join('\n')) + Buffer.byteLength(foot.join('\n'));
  while (times > 1 && restBytes + times * bodyBytes > MAX_FILE_BYTES) times--;
  const lines = [...head, ...repeatBody(body, times, true), ...foot];
  if (rng() < 0.5) lines.push(...appendixTable(rng, body, intBetween(rng, 10, 60)));
  let text = lines.join('\n');
  for (const r of RETYPINGS) {
    if (rng() < r.p) {
      text = r.apply(text, rng);
      stats[r.name] = (stats[r.name] ?? 0) + 1;
    }
  }
  return text;
}

/** The ≥ 10 MiB document: plan 707's appendix task table with each group's tasks repeated (or a repeated body). */
function bigDocument(corpus) {
  const plan = corpus.find((p) => p.name.startsWith('707_')) ?? corpus[corpus.length - 1];
  const lines = plan.text.split('\n');
  const first = lines.findIndex((l) => /^PHỤ LỤC I\b/u.test(l));
  const sepLine = lines.findIndex((l, i) => i > first && /^\|-+/.test(l));
  if (first >= 0 && sepLine > 0) {
    let endTable = sepLine + 1;
    while (endTable < lines.length && lines[endTable].startsWith('|')) endTable++;
    const groups = []; // [{ row, tasks: [[lines of one task]] }]
    for (const line of lines.slice(sepLine + 1, endTable)) {
      const first = line.split('|')[1]?.trim() ?? '';
      if (/^[IVXLC]+$/u.test(first)) groups.push({ row: line, tasks: [] });
      else if (/^\d+$/u.test(first)) groups.at(-1)?.tasks.push([line]);
      else groups.at(-1)?.tasks.at(-1)?.push(line);
    }
    const before = lines.slice(0, sepLine + 1).join('\n');
    const after = lines.slice(endTable).join('\n');
    const build = (rounds) => {
      const out = [before];
      let stt = 0;
      for (const g of groups) {
        out.push(g.row);
        for (let r = 0; r < rounds; r++) for (const t of g.tasks) out.push(t[0].replace(/^\|\s*\d+\s*\|/u, `| ${++stt} |`), ...t.slice(1));
      }
      out.push(after);
      return { text: out.join('\n'), stt };
    };
    const perRound = Buffer.byteLength(groups.flatMap((g) => g.tasks.flat()).join('\n'));
    let rounds = Math.ceil(BIG_BYTES / perRound);
    let { text, stt } = build(rounds);
    while (Buffer.byteLength(text) < BIG_BYTES) ({ text, stt } = build(++rounds));
    return { text, from: plan.name, how: `appendix I task rows repeated ${rounds}× per group (${stt} rows)` };
  }
  const { head, body, foot } = plan.parts;
  const times = Math.ceil(BIG_BYTES / Buffer.byteLength(body.join('\n')));
  return { text: [...head, ...repeatBody(body, times, false), ...foot].join('\n'), from: plan.name, how: `body repeated ${times}×` };
}

function sentencesOf(corpus) {
  return corpus.flatMap((p) => p.text.split('\n')).filter((l) => l.length > 60 && !l.startsWith('|'));
}

function longLine(corpus, rng) {
  const sentences = sentencesOf(corpus);
  const parts = [];
  let bytes = 0;
  while (bytes < 1024 * 1024) {
    const s = pick(rng, sentences).trim();
    parts.push(s);
    bytes += Buffer.byteLength(s) + 1;
  }
  return parts.join(' '); // no newline at all
}

function nested(rng) {
  const phrases = ['Rà soát, đánh giá kết quả thực hiện', 'Tuyên truyền, phổ biến đến cán bộ, công chức', 'Công khai thủ tục hành chính', 'Kiểm tra việc thực hiện dân chủ ở cơ sở', 'Tổ chức đối thoại với Nhân dân', 'Nâng cao chất lượng dịch vụ công trực tuyến'];
  const counters = [];
  const out = [];
  for (let i = 0; i < 50_000; i++) {
    const depth = (i % 8) + 1;
    counters.length = depth;
    counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
    for (let d = 0; d < depth; d++) counters[d] ??= 1;
    out.push(`${counters.join('.')}. ${pick(rng, phrases)} (mục ${i + 1})`);
  }
  return out.join('\n') + '\n';
}

function bullets(rng) {
  const phrases = ['Sở Nội vụ chủ trì, phối hợp thực hiện', 'UBND cấp xã công khai danh sách hộ nghèo', 'Báo cáo kết quả trước ngày 30/11', 'Tuyên truyền về Chỉ số PAPI', 'Thường xuyên kiểm tra, đôn đốc'];
  const out = [];
  for (let i = 0; i < 100_000; i++) out.push(`- ${pick(rng, phrases)};`);
  return out.join('\n') + '\n';
}

function corpusFingerprint(corpus) {
  const h = createHash('sha256');
  for (const p of corpus) h.update(p.name).update(p.buf);
  return h.digest('hex').slice(0, 16);
}

/**
 * Makes sure bench/.data holds the inputs for this recipe and corpus; returns the manifest.
 * `log` gets progress lines.
 */
export function ensureData({ corpusDir, dataDir, log = () => {} }) {
  const corpus = loadCorpus(corpusDir);
  const fingerprint = corpusFingerprint(corpus);
  const manifestPath = join(dataDir, 'manifest.json');
  if (existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (m.recipeVersion === RECIPE_VERSION && m.corpus === fingerprint) return m;
    } catch {
      // rebuilt below
    }
  }
  const t0 = performance.now();
  log(`building the synthetic set in ${dataDir} (recipe ${RECIPE_VERSION}) …`);
  for (const sub of ['set', 'patho', 'big.txt', 'manifest.json']) rmSync(join(dataDir, sub), { recursive: true, force: true });
  mkdirSync(join(dataDir, 'set'), { recursive: true });
  mkdirSync(join(dataDir, 'patho'), { recursive: true });
  for (const p of corpus) p.parts = splitPlan(p.text);

  const rng = mulberry32(SEED);
  const stats = {};
  const dirs = [];
  let files = 0;
  let bytes = 0;
  for (let d = 0; files < MIN_FILES || bytes < MIN_BYTES; d++) {
    const dir = String(d).padStart(3, '0');
    mkdirSync(join(dataDir, 'set', dir));
    let dirBytes = 0;
    for (const plan of corpus) {
      const buf = Buffer.from(synthesize(rng, plan, stats), 'utf8');
      writeFileSync(join(dataDir, 'set', dir, plan.name), buf);
      dirBytes += buf.length;
    }
    dirs.push({ dir, files: corpus.length, bytes: dirBytes });
    files += corpus.length;
    bytes += dirBytes;
  }

  const big = bigDocument(corpus);
  writeFileSync(join(dataDir, 'big.txt'), big.text);
  const patho = {
    'long-line.txt': longLine(corpus, rng),
    'nested.txt': nested(rng),
    'bullets.txt': bullets(rng),
  };
  for (const [name, text] of Object.entries(patho)) writeFileSync(join(dataDir, 'patho', name), text);

  const manifest = {
    recipeVersion: RECIPE_VERSION,
    seed: SEED,
    corpus: fingerprint,
    corpusFiles: corpus.length,
    set: { files, bytes, dirs, retypings: stats },
    big: { path: 'big.txt', bytes: Buffer.byteLength(big.text), from: big.from, how: big.how },
    patho: Object.fromEntries(Object.entries(patho).map(([n, t]) => [n, { path: `patho/${n}`, bytes: Buffer.byteLength(t) }])),
    buildSeconds: +((performance.now() - t0) / 1000).toFixed(1),
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  log(`built ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${manifest.buildSeconds} s`);
  return manifest;
}

// `node bench/synthetic.mjs` builds (or checks) the data alone.
if (process.argv[1] && basename(process.argv[1]) === 'synthetic.mjs') {
  const root = new URL('..', import.meta.url).pathname;
  const m = ensureData({ corpusDir: join(root, 'corpus'), dataDir: join(root, 'bench', '.data'), log: (s) => console.error(s) });
  console.log(JSON.stringify({ files: m.set.files, bytes: m.set.bytes, big: m.big, patho: m.patho, retypings: m.set.retypings }, null, 2));
}
