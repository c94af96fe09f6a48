// Writes schema/plan.schema.json, docs/diagnostics.md and docs/model.md from the built sources (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { planJsonSchemaText } from '../dist/schema/json-schema.js';
import { diagnosticsMarkdown } from '../dist/diagnostics/docs.js';
import { modelMarkdown } from '../dist/schema/model-docs.js';

writeFileSync(new URL('../schema/plan.schema.json', import.meta.url), planJsonSchemaText());
writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), diagnosticsMarkdown());
writeFileSync(new URL('../docs/model.md', import.meta.url), modelMarkdown());
console.error('wrote schema/plan.schema.json, docs/diagnostics.md and docs/model.md');
