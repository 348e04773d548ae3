// Ventilation heaped on one hour value just past the 96-hour line (VENTILATOR
// ventilation_spike_past_boundary, RT-VENT-111): an ICU that ventilates as long as needed has honest
// stays on both sides of the line, which dilute the share test of the half day past it; five stays
// at exactly 97 hours against the unit's own spread are the anomaly. Near misses: the same unit's
// five stays spread over 97-103 hours, and a busy ICU where three of its many stays happen to end
// on the same hour. A small warehouse of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { patients, ventilatedStay } from '../test-support/patients.js';

const BUSY = '3171R001';
const SPREAD = '3171R002';
const SPIKE = '3273R001';

const book = patients('vs');
const { claims, members } = book;
const ventilated = (facility: string, hours: number): string => ventilatedStay(book, facility, hours);

/** The honest hours of a unit that ventilates as long as needed (26-190 h). */
const HONEST_HOURS = [26, 41, 58, 73, 88, 120, 151, 190, 64, 88];
for (const h of HONEST_HOURS) ventilated(SPIKE, h);
for (const h of HONEST_HOURS) ventilated(SPREAD, h);
const spiked = [97, 97, 97, 97, 97].map((h) => ventilated(SPIKE, h));
const spread = [97, 99, 100, 102, 103].map((h) => ventilated(SPREAD, h));
// one ventilation ending on every hour from 72 to 107 h, and two more at 100 h: three on one value by chance
for (let h = 72; h < 108; h++) ventilated(BUSY, h);
const busyAt100 = [100, 100].map((h) => ventilated(BUSY, h));

let run: DetectorRun | undefined;
let spikes: Set<string>;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  spikes = new Set(run.hitsOfType('VENTILATOR', 'ventilation_spike_past_boundary').map((h) => h.nomor_sep));
});

afterAll(async () => {
  await run?.close();
});

describe('ventilation heaped on one hour value just past the boundary', () => {
  it('names the five stays at exactly 97 hours against the unit’s own spread, as suspicious', () => {
    for (const sep of spiked) expect(spikes.has(sep), sep).toBe(true);
    const [hit] = run?.hitsOf(spiked[0] as string, 'ventilation_spike_past_boundary') ?? [];
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toContain('5 ventilations end at exactly 97 hours');
  });

  it('leaves the same unit’s stays spread over 97-103 hours alone', () => {
    for (const sep of spread) expect(spikes.has(sep), sep).toBe(false);
  });

  it('leaves a busy ICU whose three stays end on the same hour by chance alone', () => {
    expect(spikes.size).toBe(spiked.length);
    for (const sep of busyAt100) expect(spikes.has(sep), sep).toBe(false);
  });
});
