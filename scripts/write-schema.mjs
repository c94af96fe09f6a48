// Writes schema/plan.schema.json and docs/diagnostics.md from the built sources (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { planJsonSchemaText } from '../dist/schema/json-schema.js';
import { diagnosticsMarkdown } from '../dist/diagnostics/docs.js';

writeFileSync(new URL('../schema/plan.schema.json', import.meta.url), planJsonSchemaText());
writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), diagnosticsMarkdown());
console.error('wrote schema/plan.schema.json and docs/diagnostics.md');
