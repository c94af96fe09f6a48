// docs/diagnostics.md, generated from the code table.
import { diagnosticCodes } from './codes.js';

export function diagnosticsMarkdown(): string {
  const rows = Object.entries(diagnosticCodes).map(([code, { severity, summary }]) => `| \`${code}\` | ${severity} | ${summary} |`);
  return [
    '# Diagnostics',
    '',
    'Generated from `src/diagnostics/codes.ts` by `npm run schema`; do not edit by hand.',
    'Codes are `<stage>/<problem>`. Odd text never throws: it gives these, with a position when one applies.',
    '',
    '| code | severity | meaning |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
