// One view per input: a header drawn now, and the highlighted text with its side panel drawn by the
// page script from the JSON block beside it when the document is opened (or at once with #all).
// An input that could not be read says why, in the view itself.

import type { DocumentRow } from './collect.js';
import type { DocumentView } from './highlights.js';
import { escapeHtml as e, jsonForScript } from './html.js';
import type { ReportStrings } from './i18n.js';

const formatNames: Record<string, string> = { docx: '.docx', html: 'HTML', markdown: 'Markdown' };

function headerLine(row: DocumentRow, t: ReportStrings): string {
  const d = row.document!;
  const parts = [
    d.docType,
    d.number?.raw.replace(/\s+/g, ''),
    d.issuedDate?.iso,
    d.issuer?.name,
  ].filter((p): p is string => Boolean(p));
  const indices = d.indices.map((i) => `<span class="index">${e(i.code)}</span>`).join(' ');
  return (
    `<p class="meta">${parts.map(e).join(' · ')}${d.isPlan ? '' : ` · <em>${e(t.notAPlan)}</em>`} ${indices}</p>` +
    (d.title ? `<p class="doc-title">${e(d.title)}</p>` : '')
  );
}

export function renderDocumentView(row: DocumentRow, view: DocumentView | null, n: number, t: ReportStrings): string {
  const heading = `<h3><span class="n">${n + 1}.</span> ${e(row.path)}</h3>`;
  if (!row.document || !view) {
    return (
      `<article class="doc failed" id="doc-${n}" data-testid="document" data-doc="${n}"><header>${heading}</header>` +
      `<p class="error" role="alert">${e(t.unreadable)}: <code>${e(row.error?.code ?? '')}</code> — ${e(row.error?.message ?? '')}</p></article>`
    );
  }
  const format = row.document.source?.format;
  const note = format && formatNames[format] ? `<p class="note">${e(t.extractedText(formatNames[format]))}</p>` : '';
  return (
    `<article class="doc" id="doc-${n}" data-testid="document" data-doc="${n}"><header>${heading}${headerLine(row, t)}` +
    `<button type="button" class="toggle" data-toggle="${n}" aria-expanded="false">${e(t.open)}</button></header>${note}` +
    `<div class="doc-body" hidden></div><script type="application/json" class="doc-data">${jsonForScript(view)}</script></article>`
  );
}
