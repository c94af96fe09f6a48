// Unit names against the labelled set test/fixtures/unit-names.jsonl (written blind to the code):
// name, role, and canonical keys equal within a group and distinct across groups.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeUnit } from '../../src/normalize/units.js';

interface Row {
  raw: string;
  name: string | null;
  role: string | null;
  group: string;
  skipName?: boolean;
}

const rows: Row[] = readFileSync(new URL('../fixtures/unit-names.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);
const results = rows.map((row) => ({ row, unit: normalizeUnit(row.raw) }));

describe('unit names (labelled set)', () => {
  const named = results.filter((r) => !r.row.skipName);
  const nameOk = named.filter((r) => r.unit.name === r.row.name);
  const roleOk = results.filter((r) => r.unit.role === r.row.role);
  const keysByGroup = new Map<string, Set<string>>();
  for (const r of results) {
    if (!keysByGroup.has(r.row.group)) keysByGroup.set(r.row.group, new Set());
    keysByGroup.get(r.row.group)!.add(r.unit.canonical);
  }
  const splitGroups = [...keysByGroup].filter(([, keys]) => keys.size > 1);
  const groupOfKey = new Map<string, Set<string>>();
  for (const [group, keys] of keysByGroup) for (const k of keys) groupOfKey.set(k, (groupOfKey.get(k) ?? new Set()).add(group));
  const mergedKeys = [...groupOfKey].filter(([, groups]) => groups.size > 1);

  it('prints the scores and the misses', () => {
    const pct = (n: number, d: number) => `${n}/${d} ${((100 * n) / d).toFixed(1)}%`;
    console.log(`\nUnit names: ${rows.length} lines, ${keysByGroup.size} groups`);
    console.log(`  name       ${pct(nameOk.length, named.length)}`);
    console.log(`  role       ${pct(roleOk.length, results.length)}`);
    console.log(`  groups kept whole (one key)        ${pct(keysByGroup.size - splitGroups.length, keysByGroup.size)}`);
    console.log(`  keys naming one group only         ${pct(groupOfKey.size - mergedKeys.length, groupOfKey.size)}`);
    for (const r of named.filter((x) => x.unit.name !== x.row.name)) console.log(`  name  ${r.row.raw} → ${r.unit.name}  (gold ${r.row.name})`);
    for (const r of results.filter((x) => x.unit.role !== x.row.role)) console.log(`  role  ${r.row.raw} → ${r.unit.role}  (gold ${r.row.role})`);
    for (const [g, keys] of splitGroups) console.log(`  split ${g}: ${[...keys].join(' | ')}`);
    for (const [k, groups] of mergedKeys) console.log(`  merged ${k}: ${[...groups].join(' | ')}`);
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });
});
