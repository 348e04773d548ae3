// The ventilation bunching test against a robust reference (RT-VENT-02): two ICUs that both bunch
// just past 96 h must not hide each other by raising the share the other is compared with. A
// small warehouse of its own, so that no large honest reference (as in detectors-casemix.test.ts) masks
// the masking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { patients, ventilatedStay } from '../test-support/patients.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const BANDUNG = '3273R001';

const book = patients('rv');
const { claims, members } = book;
const ventilated = (facility: string, hours: number): string => ventilatedStay(book, facility, hours);

// Bandung and Jakarta 2 each end four ventilations at 97-101 h and none in the day before; Jakarta 1 ends eight in
// the day before the boundary and one just past it
const bandung = [97, 98, 99, 101].map((h) => ventilated(BANDUNG, h));
const jakarta2 = [98, 99, 100, 97].map((h) => ventilated(JAKARTA2, h));
const jakarta1Past = ventilated(JAKARTA1, 100);
for (const h of [73, 76, 80, 84, 87, 90, 93, 95]) ventilated(JAKARTA1, h);

let run: DetectorRun | undefined;
let w: Warehouse;
let flagged: Set<string>;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  w = run.warehouse;
  flagged = new Set(run.hitsOfType('VENTILATOR', 'ventilation_bunched_past_boundary').map((h) => h.nomor_sep));
});

afterAll(async () => {
  await run?.close();
});

describe('ventilation bunching against a robust reference', () => {
  it('flags both bunching ICUs: neither raises the share the other is compared with', () => {
    for (const sep of [...bandung, ...jakarta2]) expect(flagged.has(sep), sep).toBe(true);
  });

  it('compares each with the ICUs that do not bunch, never with itself', async () => {
    const rows = await w.query<{ facility_id: string; peer_vent_above_share: number }>(
      'SELECT facility_id, peer_vent_above_share FROM fraud_provider_distribution ORDER BY facility_id',
    );
    const share = new Map(rows.map((r) => [r.facility_id, Number(r.peer_vent_above_share)]));
    // Jakarta 1's one in nine, with the Laplace prior: (1 + 1) / (9 + 2)
    expect(share.get(BANDUNG)).toBeCloseTo(2 / 11, 6);
    expect(share.get(JAKARTA2)).toBeCloseTo(2 / 11, 6);
  });

  it('leaves the ICU with one ventilation just past the boundary alone', () => {
    expect(flagged.has(jakarta1Past)).toBe(false);
  });
});
