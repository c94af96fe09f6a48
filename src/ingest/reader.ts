// The one interface every input format is read through. A reader says whether bytes are its format (by
// content first, by extension second) and turns them into the plan's text as a cleanly typed plan would
// have it — one line per paragraph, header and signature cells on lines of their own or TAB-separated,
// tables as TAB rows, page furniture gone — plus layout hints (page starts) that later stages use.
// A reader never throws: bytes it cannot read give a failure with a code and a message for a person.

export type InputFormat = 'text' | 'markdown' | 'docx' | 'doc' | 'html' | 'pdf';

export type ReadNoteCode =
  | 'ingest/legacy-encoding'
  | 'ingest/mojibake-repaired'
  | 'ingest/docx'
  | 'ingest/doc'
  | 'ingest/html'
  | 'ingest/pdf'
  | 'ingest/pdf-ocr'
  | 'ingest/pdf-furniture';

export interface ReadNote {
  code: ReadNoteCode;
  message: string;
}

/** Where the layout of the original is still known after reading. */
export interface Layout {
  /** Number of pages, for paged formats (PDF). */
  pages?: number;
  /** Offset into the read text where each page starts (page 1 at index 0, which is 0). */
  pageStarts?: number[];
  /** Offset into the read text where the footnotes begin, when the reader put them after the text (.doc, PDF). */
  footnotesStart?: number;
}

export interface ReadDocument {
  ok: true;
  /** The plan's text; for a .docx, .doc, HTML, Markdown or PDF input every position points into it. */
  text: string;
  encoding: string;
  format: InputFormat;
  notes: ReadNote[];
  layout: Layout;
}

export interface ReadFailure {
  ok: false;
  code: string;
  message: string;
}

export type ReadResult = ReadDocument | ReadFailure;

/** What a slow reader (OCR) tells the caller while it works. */
export interface ReadProgress {
  stage: 'ocr';
  page: number;
  pages: number;
}

export interface ReadOptions {
  path?: string;
  /** OCR pages of a PDF that have no usable text layer (default true). */
  ocr?: boolean;
  /** OCR engines run at once on a scanned PDF's pages (default: one per core, at most two). */
  ocrWorkers?: number;
  onProgress?: (progress: ReadProgress) => void;
}

/** 'content': the bytes carry the format's signature; 'extension': only the name says so. */
export type Detection = 'content' | 'extension' | false;

export interface FormatReader {
  format: InputFormat;
  detect(bytes: Uint8Array, extension: string): Detection;
  /** Synchronous reading; a reader that can only work asynchronously returns `ingest/needs-async`. */
  read(bytes: Uint8Array, options: ReadOptions): ReadResult;
  readAsync?(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult>;
}

export function readFailure(code: string, message: string): ReadFailure {
  return { ok: false, code, message };
}

/** A format read from text already decoded (HTML, Markdown, plain text): decoding is shared. */
export interface TextFormatReader {
  format: InputFormat;
  detectText(text: string, extension: string): Detection;
  readText(text: string): { text: string; notes: ReadNote[] };
}
