// The ventilation bunching test when the ICUs gaming the 96-hour boundary outnumber the honest
// ones (red team round 9: two more bunching ICUs made six earlier ones pass): the pooled share
// past the boundary then exceeds each buncher's own expected share, a screen against it sets none
// aside, and every buncher hides in the others. The screen's share is capped at what a flat
// density of ventilation lengths gives (distributions.ts vpool), so each is still set aside. The
// same for ventilations heaped on whole days (hours written, not read off the ventilator): the
// screen's share is capped at the one in 24 that continuous measurement gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import { patients, ventilatedStay } from '../test-support/patients.js';

const HONEST = '3171R001';
const SPREAD = '3374R001';
const BUNCHING = ['3273R001', '3372R001', '3373R001', '3375R001', '3376R001'];
const LONG_HONEST = '3377R001';
const ROUNDING = '3378R001';
const HEAPING = ['3471R001', '3472R001', '3473R001', '3474R001', '3475R001', '3476R001', '3477R001', '3478R001'];

const book = patients('rm');
const { claims, members } = book;
const ventilated = (facility: string, hours: number): string => ventilatedStay(book, facility, hours);

// five ICUs each end four ventilations at 97-101 h and none in the day before (20 of the 29
// ventilations near the boundary); one honest ICU ends eight in the day before and one past it
const bunched = BUNCHING.flatMap((f, i) => [97, 98, 99, 101].map((h) => ventilated(f, h + (i % 2))));
for (const h of [73, 76, 80, 84, 87, 90, 93, 95, 100]) ventilated(HONEST, h);
// the near miss: an ICU whose ventilations run on as long as each patient needs, three of nine
// ending in the half day past the boundary (weaning spread over the fifth day)
const spread = [74, 79, 83, 86, 90, 94, 97, 102, 106].map((h) => ventilated(SPREAD, h));
// long ventilations, well past the boundary: eight ICUs write four whole days each (five to eight
// days), so that the whole-day share of every other facility is near a third; an honest ICU reads
// twenty off the ventilator, one falling on a whole day
const heaped = HEAPING.flatMap((f) => [120, 144, 168, 192].map((h) => ventilated(f, h)));
for (let i = 0; i < 20; i++) ventilated(LONG_HONEST, i === 0 ? 168 : 121 + 3 * i);
// the near miss: three whole days among thirty long ventilations (one in ten)
const rounding = Array.from({ length: 30 }, (_, i) => ventilated(ROUNDING, i < 3 ? 144 + 24 * i : 125 + 3 * i));

let run: DetectorRun | undefined;
let w: Warehouse;
let flagged: Set<string>;
let wholeDays: Set<string>;

beforeAll(async () => {
  const extra = [SPREAD, ...BUNCHING.slice(1), LONG_HONEST, ROUNDING, ...HEAPING];
  const facilities = [...Object.values(FACILITIES), ...extra.map((f) => hospital(f))];
  run = await runDetectors({ facilities, members, claims });
  w = run.warehouse;
  flagged = new Set(run.hitsOfType('VENTILATOR', 'ventilation_bunched_past_boundary').map((h) => h.nomor_sep));
  wholeDays = new Set(run.hitsOfType('VENTILATOR', 'ventilation_whole_days_at_provider').map((h) => h.nomor_sep));
});

afterAll(async () => {
  await run?.close();
});

describe('ventilation bunching when the bunching ICUs outnumber the honest', () => {
  it('flags every bunching ICU: together they do not set the norm', () => {
    for (const sep of bunched) expect(flagged.has(sep), sep).toBe(true);
  });

  it('compares each with the ICUs that do not bunch', async () => {
    const rows = await w.query<{ facility_id: string; peer_vent_above_share: number }>(
      'SELECT facility_id, peer_vent_above_share FROM fraud_provider_distribution ORDER BY facility_id',
    );
    const share = new Map(rows.map((r) => [r.facility_id, Number(r.peer_vent_above_share)]));
    // the honest ICU's one in nine and the spread ICU's three in nine, with the Laplace prior
    for (const f of BUNCHING) expect(share.get(f), f).toBeCloseTo((1 + 3 + 1) / (9 + 9 + 2), 6);
  });

  it('leaves alone the ICU whose ventilations spread past the boundary', () => {
    for (const sep of spread) expect(flagged.has(sep), sep).toBe(false);
  });
});

describe('whole-day heaping when the heaping ICUs outnumber the honest', () => {
  it('flags every ICU writing whole days: together they do not set the norm', () => {
    for (const sep of heaped) expect(wholeDays.has(sep), sep).toBe(true);
  });

  it('leaves alone the ICU with three whole days among thirty', () => {
    for (const sep of rounding) expect(wholeDays.has(sep), sep).toBe(false);
  });
});
