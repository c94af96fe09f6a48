import fs from 'node:fs';
import { openPdf, pageContent } from './dist/ingest/pdf/pdfjs.js';
const o = await openPdf(new Uint8Array(fs.readFileSync(process.argv[2])));
const re = new RegExp(process.argv[3]);
for (let n = 1; n <= o.document.numPages; n++) {
  const pg = await o.document.getPage(n); const c = await pageContent(pg);
  const hit = c.items.find(i => re.test(i.text)); if (!hit) continue;
  for (const it of c.items.filter(i => Math.abs(i.y - hit.y) < 1)) console.log(n, Math.round(it.y * 10) / 10, it.x.toFixed(1), it.width.toFixed(1), it.size.toFixed(1), JSON.stringify(it.text));
  break;
}
