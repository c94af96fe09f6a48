// The JSON Schema of the output, generated from the zod schema (draft 2020-12), shipped as
// schema/plan.schema.json. test/schema/json-schema.test.ts fails when the shipped file is stale.

import { z } from 'zod';
import { PlanDocument } from './plan-document.js';

export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanDocument, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
