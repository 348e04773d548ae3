import { describe, expect, it } from 'vitest';
import { StoreClock } from './sql-values.js';

describe('StoreClock', () => {
  it('hands out strictly later instants and, in a burst, runs ahead of the wall clock by a microsecond a record', () => {
    const clock = new StoreClock();
    const burst = 10_000;
    const stamps = Array.from({ length: burst }, () => clock.tick());
    const after = Date.now();
    for (let i = 1; i < burst; i++) {
      // ISO text of one fixed width compares as the instant does
      expect(stamps[i]!.iso > stamps[i - 1]!.iso).toBe(true);
      expect(stamps[i]!.at.getTime()).toBeGreaterThanOrEqual(stamps[i - 1]!.at.getTime());
    }
    // a millisecond step would put the last stamp 10 s ahead; a microsecond step at most 10 ms
    expect(stamps[burst - 1]!.at.getTime()).toBeLessThanOrEqual(after + burst / 1000);
    expect(stamps[0]!.iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(new Date(stamps[0]!.iso).getTime()).toBe(stamps[0]!.at.getTime());
  });
});
