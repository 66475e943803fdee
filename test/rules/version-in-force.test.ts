import { describe, expect, it } from 'vitest';
import { versionInForce } from '../../src/rules/version-in-force.ts';

// Three versions effective 2020-01-01, 2022-05-01 and 2024-07-01 (ascending, as loaded).
const versions = [{ effective_from: '2020-01-01' }, { effective_from: '2022-05-01' }, { effective_from: '2024-07-01' }];

describe('versionInForce', () => {
  it.each([
    ['2019-12-31', undefined], // before the first version took effect: none in force
    ['2020-01-01', '2020-01-01'], // a version is in force on its own effective date
    ['2022-04-30', '2020-01-01'], // the day before the second version: still the first
    ['2022-05-01', '2022-05-01'],
    ['2030-01-01', '2024-07-01'], // after the last: the newest
  ])('on %s → %s', (date, expected) => {
    expect(versionInForce(versions, date)?.effective_from).toBe(expected);
  });

  it('reads the effective date through an accessor (loaded rule files keep it under rules)', () => {
    const loaded = versions.map((v) => ({ rules: v }));
    expect(versionInForce(loaded, '2023-01-01', (v) => v.rules.effective_from)).toBe(loaded[1]);
  });
});
