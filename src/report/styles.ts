// The report page's style sheet, inlined into the page: system fonts only (nothing fetched), readable on
// a laptop screen, and a print layout that drops the controls and starts each document on a new page.
// Field colours are chosen to stay apart for the common colour-vision deficiencies and in grey print
// (each field also has its own underline or border style).

export const pageStyles = `
:root { --ink: #1d232b; --muted: #5b6572; --line: #d7dce2; --bg: #f6f7f9; --accent: #0b5cad; font-size: 15px; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
header.top { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: .6rem 1.2rem .4rem; }
header.top h1 { font-size: 1.35rem; margin: 0 0 .15rem; }
header.top .summary { margin: 0 0 .35rem; color: var(--muted); }
header.top nav a { margin-right: 1.1rem; color: var(--accent); text-decoration: none; font-weight: 600; }
header.top nav a:hover { text-decoration: underline; }
main { padding: 0 1.2rem 2rem; }
section.part { margin-top: 1.6rem; scroll-margin-top: 7rem; }
/* Parts and documents off screen are not laid out until scrolled to: a 500-plan page opens faster. */
section.part { content-visibility: auto; contain-intrinsic-size: auto 900px; }
article.doc { content-visibility: auto; contain-intrinsic-size: auto 120px; }
h2 { font-size: 1.2rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
.intro, .note, .more, .empty { color: var(--muted); max-width: 70rem; }
.tools { margin: .4rem 0; }
.tools input { font: inherit; padding: .25rem .5rem; width: 22rem; max-width: 100%; border: 1px solid var(--line); border-radius: 4px; }
.count { color: var(--muted); margin-left: .4rem; }
.scroll { overflow: auto; max-height: 75vh; border: 1px solid var(--line); }
table { border-collapse: collapse; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .2rem .4rem; vertical-align: top; text-align: left; }
thead th { position: sticky; top: 0; background: var(--bg); z-index: 1; }
thead tr + tr th { top: 1.75rem; }
table.sortable th[data-type] { cursor: pointer; }
th[aria-sort=ascending]::after { content: " ▲"; }
th[aria-sort=descending]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
td.title { min-width: 18rem; }
tr.failed td.error, .error { color: #a4161a; }
.index { display: inline-block; padding: 0 .3rem; border-radius: 3px; background: #e7eef7; color: #0b3d73; font-size: .8rem; font-weight: 600; }
table.list { width: 100%; }
table.matrix td { text-align: center; min-width: 2.4rem; font-variant-numeric: tabular-nums; }
table.matrix th.doc-name, table.matrix th.unit { position: sticky; left: 0; background: #fff; z-index: 1; font-weight: normal; max-width: 22rem; }
table.matrix th.code { font-size: .78rem; white-space: nowrap; }
table.matrix th.scheme { text-align: center; }
table.matrix td.indices { font-size: .8rem; white-space: nowrap; }
.c1 { background: #e3effa; } .c2 { background: #b6d4f0; } .c3 { background: #6fa8dc; color: #fff; } .c4 { background: #1f5f9e; color: #fff; }
.legend span { display: inline-block; padding: 0 .5rem; margin-right: .25rem; border: 1px solid var(--line); }
td.lead { background: #fbe3c8; font-weight: 600; } td.coordinate { color: var(--muted); }
.bars { display: flex; gap: 4px; align-items: flex-end; overflow-x: auto; padding: .5rem 0; }
.bar { display: flex; flex-direction: column; align-items: center; min-width: 4.2rem; color: var(--ink); text-decoration: none; font-size: .75rem; }
.bar span { display: block; width: 1.6rem; background: #6fa8dc; }
details { margin: .4rem 0; } summary { cursor: pointer; font-weight: 600; }
ul.wordings { margin: 0; padding-left: 1rem; } ul.wordings li { margin: 0; }
article.doc { border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; padding: .5rem .8rem; scroll-margin-top: 7rem; }
article.doc h3 { margin: .1rem 0; font-size: 1rem; word-break: break-all; }
article.doc h3 .n { color: var(--muted); }
article.doc .meta { margin: .1rem 0; color: var(--muted); }
article.doc .doc-title { margin: .1rem 0 .3rem; font-weight: 600; }
article.doc header { position: relative; padding-right: 5rem; }
button { font: inherit; cursor: pointer; }
button.toggle { position: absolute; right: 0; top: 0; }
.doc-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 26rem); gap: 1rem; margin-top: .5rem; }
.doc-body[hidden] { display: none; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: .95rem/1.55 "Noto Serif", Georgia, "Times New Roman", serif; max-height: 80vh; overflow: auto; border: 1px solid var(--line); padding: .6rem .8rem; background: #fffdf8; }
.panel { max-height: 80vh; overflow: auto; font-size: .86rem; }
.panel h4 { margin: .6rem 0 .2rem; font-size: .9rem; }
.panel ul { margin: 0; padding: 0; list-style: none; }
.panel li { margin: 0 0 .2rem; padding-left: .1rem; }
.panel li.error { color: #a4161a; } .panel li.warning { color: #7a4b00; }
.panel button.field { all: unset; cursor: pointer; color: inherit; }
.panel button.field:hover, .panel button.field:focus { text-decoration: underline; outline: 1px dotted var(--accent); }
.panel .label { color: var(--muted); font-size: .8rem; }
.panel .nopos { color: var(--muted); }
.badge { display: inline-block; padding: 0 .25rem; border-radius: 3px; background: #1f5f9e; color: #fff; font: 600 .72rem system-ui, sans-serif; }
.legend-fields mark { margin: 0 .15rem .15rem 0; display: inline-block; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark[data-field=number] { background: #ffd8a8; outline: 1px solid #e8590c; }
mark[data-field=date] { background: #ffe3e3; outline: 1px solid #c92a2a; }
mark[data-field=issuer] { background: #e5dbff; outline: 1px solid #6741d9; }
mark[data-field=legal-basis] { background: #d3f9d8; border-bottom: 2px solid #2b8a3e; }
mark[data-field=citation] { background: #e6fcf5; border-bottom: 2px dashed #0ca678; }
mark[data-field=heading] { background: #dbe4ff; font-weight: 600; }
mark[data-field=unit] { background: #fff3bf; border-bottom: 2px solid #e67700; }
mark[data-field=signer] { background: #f3d9fa; }
mark[data-field=deadline] { background: #ffdeeb; border-bottom: 2px dotted #c2255c; }
mark[data-field=ref] { background: #c5f6fa; border-bottom: 1px solid #0b7285; }
mark[data-field=purpose], mark[data-field=requirement] { background: transparent; border-left: 3px solid #91a7ff; padding-left: 2px; }
mark[data-field=type] { background: #e9ecef; font-weight: 600; outline: 1px solid #495057; }
mark[data-field=title] { background: #fff9db; outline: 1px solid #f08c00; }
mark[data-field=item] { background: transparent; border-left: 3px solid #ced4da; padding-left: 2px; }
mark[data-field=table-task] { background: #f8f9fa; }
mark[data-field=diagnostic] { background: transparent; text-decoration: underline wavy #e03131; text-decoration-skip-ink: none; }
mark[data-badge]::after { content: attr(data-badge); margin-left: .3rem; padding: 0 .25rem; border-radius: 3px; background: #1f5f9e; color: #fff; font: 600 .72rem system-ui, sans-serif; vertical-align: .1em; }
mark.current { outline: 2px solid var(--accent); }
mark.flash { animation: flash 1.6s ease-out; }
@keyframes flash { 0%, 30% { box-shadow: 0 0 0 4px #ffd43b; background: #ffd43b; } 100% { box-shadow: 0 0 0 0 transparent; } }
footer { padding: 1rem 1.2rem; color: var(--muted); }
html.all .text, html.all .panel { max-height: none; }
@media (max-width: 900px) { .doc-body { grid-template-columns: 1fr; } .panel { max-height: none; } }
@media print {
  section.part, article.doc { content-visibility: visible; }
  header.top { position: static; }
  header.top nav, .tools, button, #open-all, a[href="#all"] { display: none !important; }
  .scroll, .text, .panel { max-height: none; overflow: visible; border: none; }
  thead th, table.matrix th.doc-name, table.matrix th.unit { position: static; }
  section#views { break-before: page; }
  article.doc { break-before: page; border: none; }
  .doc-body { display: block; }
  .panel { margin-top: 1rem; columns: 2; }
  mark, .c1, .c2, .c3, .c4, .badge, mark[data-badge]::after { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
