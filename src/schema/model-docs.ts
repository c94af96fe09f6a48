// docs/model.md, generated from the zod schema (through its JSON Schema): one table per object with
// every field, its type and its description, so the documentation cannot drift from the output.

import { planJsonSchema } from './json-schema.js';

interface JsonSchema {
  type?: string | string[];
  $ref?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
}

function typeOf(s: JsonSchema): string {
  if (s.$ref) {
    const name = s.$ref.split('/').pop()!;
    return `[${name}](#${name.toLowerCase()})`;
  }
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map(typeOf).join(' \\| ');
  if (s.type === 'array') return `${s.items ? typeOf(s.items) : 'unknown'}[]`;
  if (s.type === 'object' && s.properties) return `{ ${Object.keys(s.properties).join(', ')} }`;
  if (Array.isArray(s.type)) return s.type.join(' \\| ');
  return s.type ?? 'unknown';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(schema: JsonSchema): string[] {
  const rows = ['| field | type | meaning |', '|---|---|---|'];
  const required = new Set(schema.required ?? []);
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const description = field.description ?? (field.anyOf ?? []).map((s) => s.description).find(Boolean) ?? '';
    rows.push(`| \`${name}\`${required.has(name) ? '' : '?'} | ${typeOf(field)} | ${cell(description)} |`);
    // Inline objects (issuedDate, issuer, signer, indices[] …) get their fields listed under them.
    const inner = field.type === 'object' ? field : field.type === 'array' && field.items?.type === 'object' ? field.items : (field.anyOf ?? []).find((s) => s.type === 'object');
    if (inner?.properties) {
      for (const [sub, subField] of Object.entries(inner.properties)) rows.push(`| \`${name}.${sub}\` | ${typeOf(subField)} | ${cell(subField.description ?? '')} |`);
    }
  }
  return rows;
}

const intro = `# The model: PlanDocument

Generated from the zod schema in \`src/schema/\` by \`npm run schema\`; do not edit by hand (the notes
below live in \`src/schema/model-docs.ts\`). The same schema ships as JSON Schema (draft 2020-12) in
\`kehoach/schema/plan.schema.json\`, and \`PlanDocumentSchema\` validates a document in code.

\`schemaVersion\` is \`"1"\`. Fields are added, never renamed or dropped: a tool written against a
document of this version keeps working. A field marked \`?\` may be absent; \`null\` means "not found
in this document".

## Notes
- **Positions.** Every \`position\` (and \`headingPosition\`, \`signer.location\`) is a unist-style
  range into the input *as given*: \`input.slice(start.offset, end.offset)\` is the text the value was
  read from. For a .docx, an HTML page or a \`.md\` file the input is the text read out of it;
  \`parsePlanWithSource\` returns that text with the document. A decoded byte input keeps its BOM, like
  \`readFileSync(path, 'utf8')\`.
- **Section ids** are the numbering path joined by ".": "II.2.3.a"; "Điều 1" → "D1", "Phần I" → "P1",
  "Chương II" → "C2"; a duplicate sibling number gets "~2"; a missing level is rebuilt with
  \`inferred: true\` (its \`label\` and \`headingPosition\` are null).
- **Section.dimension** is set when the heading names a dimension or sub-dimension of an index the plan
  works on (docs/dimensions.md): \`label\` is the taxonomy's official name, not the document's wording;
  \`matchedBy\` says how (exact, alias, ordinal, fuzzy). A top-level section whose heading is itself a
  dimension has \`kind: "dimension"\`.
- **indices[].period** comes from the title, else the introduction, else the closing sentence.
- **assignments** (docs/assignments.md): units heading a section outside Mục đích/Yêu cầu ("2. Thanh
  tra Sở" → lead; "Thủ trưởng các cơ quan, đơn vị" → all), sentences that open with a unit and a verb of
  duty ("… chịu trách nhiệm" → lead, "… phối hợp" → coordinate), "Giao X chủ trì, phối hợp với Y". One
  assignment per unit and role; \`position\` is where the unit is first named.
- **tableTasks** are the rows of task tables (in appendices or the body), wrapped rows joined; their
  units have no position of their own (the row's \`position\` covers them).
- **Citation.name** is set for a law cited by name ("Luật Tố cáo"); its \`number\` is then null.
- **Item.depth** is 1 for a first-level bullet or paragraph, 2 for a "+" under a "-", and so on.
`;

/** docs/model.md: the notes, then PlanDocument and every object it uses, in schema order. */
export function modelMarkdown(): string {
  const schema = planJsonSchema() as { $defs: Record<string, JsonSchema> };
  const out = [intro.trimEnd(), ''];
  for (const [name, definition] of Object.entries(schema.$defs)) {
    out.push(`## ${name}`, '');
    if (definition.description) out.push(definition.description, '');
    if (definition.properties) out.push(...table(definition), '');
    else out.push(`${typeOf(definition)}`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
