import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticsMarkdown } from '../../src/diagnostics/docs.js';
import { planJsonSchemaText } from '../../src/schema/json-schema.js';
import { modelMarkdown } from '../../src/schema/model-docs.js';

describe('generated files are up to date (run `npm run schema` when this fails)', () => {
  it('schema/plan.schema.json', () => {
    expect(readFileSync(new URL('../../schema/plan.schema.json', import.meta.url), 'utf8')).toBe(planJsonSchemaText());
  });
  it('docs/diagnostics.md', () => {
    expect(readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8')).toBe(diagnosticsMarkdown());
  });
  it('docs/model.md', () => {
    expect(readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8')).toBe(modelMarkdown());
  });
  it('names the contract fields', () => {
    const schema = JSON.parse(planJsonSchemaText());
    const plan = schema.$defs?.PlanDocument ?? schema;
    expect(Object.keys(plan.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'source', 'isPlan', 'docType', 'number', 'issuedDate', 'place', 'issuer', 'title', 'indices', 'legalBases', 'citations', 'purposes', 'requirements', 'sections', 'assignments', 'schedule', 'signer', 'recipients', 'appendices', 'diagnostics']),
    );
  });
});
