import { describe, expect, it } from 'vitest';
import { MAX_PER_CODE, Reporter } from '../../src/diagnostics/report.js';
import { parsePlan } from '../../src/index.js';

describe('diagnostics', () => {
  it('keeps at most MAX_PER_CODE of one code and says how many more there were', () => {
    const reporter = new Reporter();
    for (let i = 0; i < MAX_PER_CODE + 7; i++) reporter.report('outline/missing-heading', `#${i}`);
    expect(reporter.diagnostics).toHaveLength(MAX_PER_CODE + 1);
    expect(reporter.diagnostics.at(-1)).toMatchObject({ code: 'outline/missing-heading', message: expect.stringContaining('7 more') });
  });

  it('are data with positions (000: the restart at "1. Lãnh đạo các phòng")', () => {
    const text = 'II. NHIỆM VỤ\n1. Giải pháp\n2. Giải pháp khác\n3. Kiểm tra\n1. Lãnh đạo các phòng\n2. Thanh tra Sở\n';
    expect(parsePlan(text).diagnostics).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'outline/numbering-restart', severity: 'warning', position: expect.objectContaining({ start: expect.objectContaining({ line: 5 }) }) })]),
    );
  });
});
