// Every way a seed plan reaches us gives the values of its text: a .docx (typed numbers and Word's
// automatic numbering), a Markdown file, a portal's HTML page, TCVN3 and VNI bytes, and TCVN3 bytes
// read as Windows-1252 (mojibake). The source says what the input was.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../../src/ingest/legacy.js';
import { type PlanDocument, parsePlan } from '../../src/index.js';
import { textToDocx } from '../helpers/docx.js';
import { corpusDir } from '../helpers/gold.js';
import { toPortalPage } from '../helpers/retype.js';

const seedText = readFileSync(join(corpusDir, '000_9bc95635cc1859e3.txt'), 'utf8');
const md = (text: string) => text.split('\n').map((l) => (/^(?:[IVX]+|\d+)\.\s/u.test(l) ? `## ${l}` : l)).join('\n\n');
/** What pandoc writes for a .docx: escaped numbers, bold headings, "*" bullets, pipe tables, blank lines between paragraphs. */
const pandocMarkdown = (text: string) => {
  const out: string[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      const cells = line.split('\t').map((c) => c.trim().replace(/\|/g, '\\|'));
      out.push(`| ${cells.join(' | ')} |`);
      if (!inTable) out.push(`|${cells.map(() => '---').join('|')}|`);
      inTable = true;
      continue;
    }
    if (inTable) out.push('');
    inTable = false;
    const escaped = line.replace(/^(\s*)(\d+|[IVX]+)\.(\s)/u, '$1$2\\.$3').replace(/\*/g, '\\*');
    if (/^(?:[IVX]+|\d+)\\\.\s/u.test(escaped)) out.push(`**${escaped}**`, '');
    else if (/^-\s/u.test(line)) out.push(`* ${escaped.slice(2)}`);
    else out.push(escaped, '');
  }
  return out.join('\n');
};

const values = (doc: PlanDocument) => ({
  number: doc.number?.raw,
  issuedDate: doc.issuedDate?.iso,
  issuer: doc.issuer?.name,
  title: doc.title,
  legalBases: doc.legalBases.map((c) => c.number ?? c.subject),
  sections: doc.sections.map((s) => `${s.id} ${s.kind}`),
  dimensions: JSON.stringify(doc.sections.flatMap((s) => s.children.map((c) => c.dimension?.code ?? null))),
  units: doc.assignments.map((a) => `${a.unit.canonical}:${a.role}`).sort(),
  signer: [doc.signer?.authority, doc.signer?.position, doc.signer?.name],
});
const seed = parsePlan(seedText);
const codes = (doc: PlanDocument) => doc.diagnostics.map((d) => d.code);

describe('one seed plan, every input format', () => {
  it.each<[string, () => PlanDocument, string, string]>([
    ['a .docx with typed numbers', () => parsePlan(textToDocx(seedText), { path: 'plan.docx' }), 'docx', 'utf-8'],
    ['a .docx with automatic numbering', () => parsePlan(textToDocx(seedText, { autoNumbering: true }), { path: 'plan.docx' }), 'docx', 'utf-8'],
    ['a Markdown file', () => parsePlan(new TextEncoder().encode(md(seedText)), { path: 'plan.md' }), 'markdown', 'utf-8'],
    ['Markdown written by pandoc', () => parsePlan(new TextEncoder().encode(pandocMarkdown(seedText)), { path: 'plan.md' }), 'markdown', 'utf-8'],
    ['a portal page', () => parsePlan(new TextEncoder().encode(toPortalPage(seedText)), { path: 'plan.html' }), 'html', 'utf-8'],
    ['TCVN3 bytes', () => parsePlan(encodeLegacy(seedText, 'tcvn3'), { path: 'plan.txt' }), 'text', 'tcvn3'],
    ['VNI bytes', () => parsePlan(encodeLegacy(seedText, 'vni'), { path: 'plan.txt' }), 'text', 'vni'],
    ['TCVN3 read as Windows-1252 (mojibake)', () => parsePlan(Buffer.from(encodeLegacy(seedText, 'tcvn3')).toString('latin1')), 'text', 'tcvn3 (mojibake)'],
  ])('%s gives the values of the text', (_name, read, format, encoding) => {
    const doc = read();
    expect(doc.source?.format).toBe(format);
    expect(doc.source?.encoding).toBe(encoding);
    expect(values(doc)).toEqual(values(seed));
  });

  it('pandoc Markdown of a plan with a task table (seed 003): the same table rows, sections and units', () => {
    const text = readFileSync(join(corpusDir, '003_8c8e9a5d118adf1b.txt'), 'utf8');
    const plain = parsePlan(text);
    const markdown = parsePlan(new TextEncoder().encode(pandocMarkdown(text)), { path: '003.md' });
    expect(pandocMarkdown(text)).toMatch(/^\| 1 \| /mu);
    expect(markdown.tableTasks.map((t) => [t.number, t.lead.map((u) => u.canonical)])).toEqual(plain.tableTasks.map((t) => [t.number, t.lead.map((u) => u.canonical)]));
    expect(values(markdown)).toEqual(values(plain));
  });

  it('says how the input was read', () => {
    expect(codes(parsePlan(textToDocx(seedText)))).toContain('ingest/docx');
    expect(codes(parsePlan(toPortalPage(seedText)))).toContain('ingest/html');
    expect(codes(parsePlan(encodeLegacy(seedText, 'tcvn3')))).toContain('ingest/legacy-encoding');
    expect(codes(parsePlan(Buffer.from(encodeLegacy(seedText, 'tcvn3')).toString('latin1')))).toContain('ingest/mojibake-repaired');
    expect(codes(seed)).not.toContain('ingest/mojibake-repaired');
  });

  it('a broken .docx is an error record, not an exception', () => {
    const docx = textToDocx(seedText);
    const broken = docx.slice(0, Math.floor(docx.length / 2));
    const doc = parsePlan(Buffer.concat([Buffer.from(broken), Buffer.from(docx.slice(-22))]));
    expect(doc.diagnostics[0]?.severity).toBe('error');
    expect(doc.diagnostics[0]?.code).toMatch(/^ingest\//u);
  });
});
