import fs from 'node:fs';
import { openPdf, pageContent } from './dist/ingest/pdf/pdfjs.js';
const o = await openPdf(new Uint8Array(fs.readFileSync(process.argv[2])));
for (let n = 1; n <= o.document.numPages; n++) {
  const pg = await o.document.getPage(n); const c = await pageContent(pg);
  if (!c.items.some(i => /N.i nh.n/.test(i.text))) continue;
  const start = c.items.findIndex(i => /N.i nh.n/.test(i.text));
  for (const it of c.items.slice(start - 2, start + 60)) console.log(n, Math.round(it.y * 10) / 10, Math.round(it.x), Math.round(it.width), it.size.toFixed(1), JSON.stringify(it.text));
}
