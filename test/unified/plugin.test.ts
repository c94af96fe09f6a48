import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { kehoachParse } from '../../src/index.js';
import { corpusDir } from '../helpers/gold.js';

describe('unified().use(kehoachParse)', () => {
  it('yields a unist tree of the outline and reports diagnostics as vfile messages with positions', () => {
    const file = new VFile({ path: 'corpus/000.txt', value: readFileSync(join(corpusDir, '000_9bc95635cc1859e3.txt'), 'utf8') });
    const tree = unified().use(kehoachParse).parse(file) as unknown as { type: string; children: Array<{ data: { id: string }; position: unknown }> };
    expect(tree.type).toBe('root');
    expect(tree.children.map((c) => c.data.id)).toEqual(['I', 'II', 'III']);
    expect(tree.children[1]!.position).toMatchObject({ start: { line: 16, column: 1 } });
    const restart = file.messages.find((m) => m.ruleId === 'numbering-restart');
    expect(restart).toMatchObject({ source: 'kehoach:outline', line: 57 });
  });
});
