// Stage 4 — extract: Outline → Extraction. After it: every value the model reports is found, still raw
// (as the document words it) and tied to a span of the normalized text: header fields (with body
// fallbacks, each reported), legal bases vs other citations, purposes and requirements, signer,
// recipients, indices and the plan/not-plan decision.

import { docTypeByCode, docTypeByName, docTypeNamesPattern } from '../domain/doc-types.js';
import { parseVietnameseDate } from './dates.js';
import { type Metadata, readMetadata } from './metadata.js';
import type { Reporter } from '../diagnostics/report.js';
import type { Outline, OutlineItem } from '../outline/index.js';
import { sectionKindOf } from '../outline/section-kind.js';
import { legalBasisOpener } from '../segment/genre-lines.js';
import type { Block } from '../segment/index.js';
import { blankRange } from '../util/blank.js';
import { squash } from '../util/fold.js';
import type { Span } from '../util/span.js';
import { type RawAppendix, readAppendices } from './appendices.js';
import { issuerFromBody, numberFromAttachment, titleFromClosing, titleFromIntro, typeFromBody } from './body-facts.js';
import { findCitations, type RawCitation } from './citations.js';
import { basesOf } from './legal-bases.js';
import { type DocumentNumber, numberKey, parseDocumentNumber } from './document-number.js';
import { readRecipients, readSigner, type RawRecipient, type RawSigner } from './footer.js';
import { capitalizeFirst, readHeader, type Valued } from './header.js';
import { findIndices, type RawIndex } from './indices.js';
import { readAnnouncement } from './announcement.js';
import { readPurposes } from './purposes.js';
import { type RawTaskTable, readTaskTables } from './task-tables.js';

export interface Extraction {
  outline: Outline;
  docType: Valued<string> | null;
  number: Valued<DocumentNumber> | null;
  issuedDate: Valued<{ iso: string | null }> | null;
  place: Valued<string> | null;
  issuer: { name: Valued<string>; parent: Valued<string> | null } | null;
  title: Valued<string> | null;
  legalBases: RawCitation[];
  citations: RawCitation[];
  purposes: OutlineItem[];
  requirements: OutlineItem[];
  signer: RawSigner | null;
  recipients: RawRecipient[];
  indices: RawIndex[];
  appendices: RawAppendix[];
  taskTables: RawTaskTable[];
  isPlan: boolean;
}

const documentTypeOpener = new RegExp(`^(?:${docTypeNamesPattern})\\s`, 'iu');
// The items of a factored list, the type said once before the colon: "Căn cứ các Quyết định của Thủ
// tướng Chính phủ:" / "số 1847/QĐ-TTg ngày …; số 766/QĐ-TTg …" (real-like r01, a legal-database export).
const numberOpener = /^(?:[-–+•]\s*)?số\s*:?\s*\d/iu;
const LOCAL_BODY = /^(?:Sở|Phòng|Ban|Văn phòng|Thanh tra|Trung tâm|Chi cục|Cục|Đài|Công an)(?!\p{L}|\p{M}|\d)/iu;
const COUNCIL = /^(?:Ủy ban nhân dân|UBND|ỦY BAN NHÂN DÂN)/u;

function metadataDate(metadata: Metadata): Valued<{ iso: string | null }> | null {
  if (!metadata.date) return null;
  const parsed = parseVietnameseDate(`ngày ${metadata.date.value}`);
  return parsed?.iso ? { value: { iso: parsed.iso }, span: metadata.date.span } : null;
}

/**
 * The source text of a block with the page furniture inside it (a page number and running header
 * between two halves of a sentence) blanked out, so offsets stay those of the normalized text.
 */
function blockText(segments: Outline['segments'], block: { start: number; end: number; lines: number[] }): string {
  const text = segments.source.text.slice(block.start, block.end);
  const first = block.lines[0]!;
  const last = block.lines[block.lines.length - 1]!;
  let out = text;
  for (let i = first + 1; i < last; i++) {
    if (segments.zones[i] !== 'noise') continue;
    const line = segments.lines[i]!;
    out = blankRange(out, line.start - block.start, line.end - block.start);
  }
  return out;
}

/**
 * Extracts raw values with spans from an outlined document.
 * @example extract(outline(...), reporter).number?.value.serial // '7103'
 */
export function extract(outline: Outline, reporter: Reporter): Extraction {
  const { segments } = outline;
  const text = segments.source.text;
  const mainBlocks = segments.blocks.filter((b) => b.part === 0);
  const header = readHeader(segments);
  if (!header.found) reporter.report('extract/no-header', 'No document header was found; issuer, number and date come from the body if it states them.');

  const metadata = readMetadata(segments);
  // Number: the header's, else a "Kèm theo Kế hoạch số …" line, else the site's metadata table.
  let number = header.number;
  if (!number) {
    const lines = segments.lines.filter((l) => segments.zones[l.index] === 'appendix' || segments.zones[l.index] === 'footer');
    const attached = numberFromAttachment(lines);
    const parsed = attached ? parseDocumentNumber(attached.raw) : null;
    if (attached && parsed && (!header.docType || header.docType.value === attached.type.toUpperCase())) {
      number = { value: parsed, span: attached.span };
      reporter.report('extract/number-from-appendix', `Number "${squash(attached.raw)}" taken from the appendix line.`, attached.span);
    }
  }
  if (!number && metadata.number) {
    const parsed = parseDocumentNumber(metadata.number.value);
    if (parsed) number = { value: parsed, span: metadata.number.span };
  }
  // A news post with no header that announces a plan: the announced plan's number, date, issuer, title.
  const announcement = !header.found && !number ? readAnnouncement(mainBlocks.filter((b) => b.zone === 'preamble' || b.zone === 'body'), text) : null;
  if (announcement) {
    const parsed = parseDocumentNumber(announcement.number.raw);
    if (parsed) number = { value: parsed, span: announcement.number.span };
    reporter.report('extract/from-announcement', `Type, number, date, issuer and title of the announced ${announcement.type.text.toLowerCase()} "${squash(announcement.number.raw)}" taken from the text that announces it.`, announcement.number.span);
  }
  if (header.blankNumber) reporter.report('extract/blank-number', 'The number line has no serial.', header.number?.span);
  if (header.date && header.date.value.iso && header.date.value.iso.length < 10)
    reporter.report('extract/partial-date', `The issue date has no day${header.date.value.iso.length === 4 ? ' or month' : ''}.`, header.date.span);

  // Type: the header's type line, else the number's type code, else the body's self-reference.
  let docType = header.docType;
  if (!docType && header.subjectLine) docType = { value: 'CÔNG VĂN', span: header.title!.span };
  if (!docType && metadata.docType && docTypeByName(metadata.docType.value)) docType = { value: metadata.docType.value.toUpperCase(), span: metadata.docType.span };
  if (!docType && !announcement) {
    const fromCode = number?.value.typeCode ? docTypeByCode(number.value.typeCode) : undefined;
    const word = fromCode?.name.toUpperCase() ?? typeFromBody(mainBlocks);
    if (word) {
      docType = { value: word, span: number?.span ?? { start: 0, end: 0 } };
      reporter.report('extract/doc-type-inferred', `Document type "${word}" inferred from ${fromCode ? 'its number' : 'the body'}.`);
    }
  }

  // Issuer: the last body named in the header, its parent the one above; a body that says it issues
  // the plan ("Sở … xây dựng Kế hoạch") wins over a header that names only the superior council (000).
  const orgs = header.organizations;
  let issuer: Extraction['issuer'] = null;
  if (orgs.length > 0) issuer = { name: orgs[orgs.length - 1]!, parent: orgs.length > 1 ? orgs[orgs.length - 2]! : null };
  if (announcement?.issuer) issuer = { name: { value: announcement.issuer.text, span: announcement.issuer.span }, parent: null };
  const preambleAndBody = mainBlocks.filter((b) => b.zone === 'preamble' || b.zone === 'body');
  const bodyIssuer = issuerFromBody(preambleAndBody, text);
  if (bodyIssuer) {
    const value = { value: bodyIssuer.text, span: bodyIssuer.span };
    if (!issuer) {
      issuer = { name: value, parent: null };
      reporter.report('extract/issuer-from-body', `Issuer "${bodyIssuer.text}" inferred from the body.`, bodyIssuer.span);
    } else if (orgs.length === 1 && COUNCIL.test(issuer.name.value) && LOCAL_BODY.test(bodyIssuer.text)) {
      issuer = { name: value, parent: issuer.name };
      reporter.report('extract/issuer-from-body', `Issuer "${bodyIssuer.text}" (under the header's "${orgs[0]!.value}") inferred from the body.`, bodyIssuer.span);
    }
  }

  if (!issuer && metadata.issuer) issuer = { name: metadata.issuer, parent: null };

  // Title: the header's trích yếu, else the closing or intro sentence.
  let title = header.title ?? (announcement?.title ? { value: announcement.title.text, span: announcement.title.span } : null);
  if (!title) {
    const footerBlocks = mainBlocks.filter((b) => b.zone === 'footer' || b.zone === 'body');
    const found = titleFromClosing(footerBlocks, text) ?? titleFromIntro(preambleAndBody, text);
    if (found) {
      title = { value: capitalizeFirst(found.text), span: found.span };
      reporter.report('extract/title-inferred', 'Title inferred from the closing or intro sentence.', found.span);
    }
  }

  // Legal bases: document references in the main preamble's "Căn cứ / Thực hiện / Triển khai" paragraphs.
  const legalBases: RawCitation[] = [];
  const basisSpans: Span[] = [];
  // The preamble's blocks are read again for citations below: read each once.
  const citationsOf = new Map<Block, RawCitation[]>();
  const citationsIn = (block: Block) => {
    let found = citationsOf.get(block);
    if (!found) {
      found = findCitations(blockText(segments, block), block.start);
      citationsOf.set(block, found);
    }
    return found;
  };
  let inBasisList = false;
  const basisLines: number[] = [];
  for (const block of outline.preamble.filter((b) => b.part === 0)) {
    const sourceText = blockText(segments, block);
    const contentText = sourceText.slice(block.contentStart - block.start);
    // "Căn cứ: - Luật …; - Nghị định …;" and bases wrapped after a ";": a list item that starts with a
    // document type continues the list of bases.
    const opensBasis = legalBasisOpener.test(contentText);
    const continuesList = inBasisList && (documentTypeOpener.test(contentText) || numberOpener.test(contentText));
    if (!opensBasis && !continuesList) {
      inBasisList = false;
      continue;
    }
    inBasisList = /[;:,]\s*$/u.test(sourceText) || /^(?:Căn\s+cứ|Thực\s+hiện)\s*:?$/iu.test(squash(contentText));
    basisLines.push(...block.lines);
    for (const c of basesOf(citationsIn(block), text)) {
      // A document the plan rests on twice ("Căn cứ …" and "Thực hiện …" naming it again) is one basis.
      if (c.number && legalBases.some((b) => b.number && numberKey(b.number) === numberKey(c.number!))) continue;
      legalBases.push(c);
      basisSpans.push(c.span);
    }
  }
  // Citations: every other reference outside the header and debris, the plan's own number excluded.
  const ownNumber = number ? numberKey(number.value.raw) : null;
  const citations: RawCitation[] = [];
  for (const block of segments.blocks) {
    if (block.zone === 'footer' && block.part === 0 && !/^Trên\s+đây/iu.test(block.text)) continue;
    for (const c of citationsIn(block)) {
      if (basisSpans.some((s) => s.start === c.span.start)) continue;
      if (ownNumber && c.number && numberKey(c.number) === ownNumber) continue;
      citations.push(c);
    }
  }
  citations.sort((a, b) => a.span.start - b.span.start);
  // A basis cited without its date ("Quyết định số 142/QĐ-TTg của Thủ tướng …") is often dated where the
  // text names it again ("… Quyết định số 142/QĐ-TTg ngày 02/02/2024 …", real f08): the same document.
  for (const basis of legalBases) {
    if (basis.date || !basis.number) continue;
    const key = numberKey(basis.number);
    const dated = [...legalBases, ...citations].find((c) => c.date && c.number && numberKey(c.number) === key);
    if (dated) basis.date = dated.date;
  }

  const { purposes, requirements } = readPurposes(outline.sections, text);
  const signer = readSigner(segments);
  if (!signer) reporter.report('extract/no-signer', 'No signature block was found.');
  const recipients = readRecipients(segments);

  const documentLines = segments.lines.filter((l) => !['navigation', 'debris', 'noise'].includes(segments.zones[l.index]!));
  const introTexts = outline.preamble.filter((b) => b.part === 0 && !legalBasisOpener.test(b.text)).map((b) => b.text);
  const closingTexts = mainBlocks.filter((b) => b.zone === 'footer').map((b) => b.text);
  const periodSources = [title?.value ?? '', ...introTexts, ...closingTexts];
  // An index named only where a basis is described ("Căn cứ Quyết định … về cải thiện các chỉ số PAR
  // INDEX, SIPAS, PAPI, PCI, DTI …", real-like r14) is not one the plan is about — unless the plan names
  // no index of its own, when its bases say what it is about.
  const inBasis = new Set(basisLines);
  const ownLines = documentLines.filter((l) => !inBasis.has(l.index));
  const ownIndices = findIndices(ownLines.map((l) => l.text).join('\n'), periodSources);
  // The whole text again only when the bases were left out of it (else it is the same text).
  const indices = ownIndices.length > 0 || ownLines.length === documentLines.length ? ownIndices : findIndices(documentLines.map((l) => l.text).join('\n'), periodSources);

  const kinds = new Set(outline.sections.map((s) => s.kind));
  const planType = docType ? ['KẾ HOẠCH', 'QUYẾT ĐỊNH', 'CHỈ THỊ', 'CHƯƠNG TRÌNH', 'PHƯƠNG ÁN', 'ĐỀ ÁN', 'HƯỚNG DẪN', 'NGHỊ QUYẾT', 'CÔNG VĂN', 'CÔNG ĐIỆN'].includes(docType.value) : false;
  // Without a type, the outline must be a plan's: Mục đích/Yêu cầu, or tasks with a part headed
  // "Tổ chức thực hiện" (not units taken for one).
  // Numbered headings with a "Căn cứ theo khoản …" paragraph are also how legal Q&A articles and
  // encyclopedia texts look (49 of the 500 real negatives had tasks or organization kinds alone).
  const namedOrganization = outline.sections.some((s) => !s.inferred && sectionKindOf(s.heading) === 'organization');
  const structured = outline.sections.length >= 2 && (kinds.has('purpose_requirements') || kinds.has('purpose') || (namedOrganization && kinds.has('tasks')));
  // A type line that names a non-directive type (Thông báo, Báo cáo, Tờ trình …) settles it.
  const otherType = docType ? docTypeByName(docType.value)?.planLike === false : false;
  const isPlan = !otherType && (planType || (structured && (legalBases.length > 0 || signer !== null || number !== null)));
  // A post that announces a document describes it: its type goes with the number, date, issuer and title
  // already taken from the announcement (isPlan tells a post that carries the plan from news about it).
  if (announcement && !docType) docType = { value: announcement.type.text, span: announcement.type.span };
  if (!isPlan) reporter.report('extract/not-a-plan', 'No type line, number or plan structure: this text does not look like a plan.');

  return {
    outline,
    docType,
    number,
    issuedDate: header.date ?? metadataDate(metadata) ?? (announcement?.date ? { value: { iso: announcement.date.iso }, span: announcement.date.span } : null),
    place: header.place,
    issuer,
    title,
    legalBases,
    citations,
    purposes,
    requirements,
    signer,
    recipients,
    indices,
    appendices: readAppendices(segments),
    taskTables: readTaskTables(segments),
    isPlan,
  };
}
