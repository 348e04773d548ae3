// CANCELLED_SERVICE from the clock of the operation (red team RT-CANCEL-101, near miss
// RT-NM-DAYCASE-107): hernia repairs billed with the booked 08:00 slot as the operation time and
// the patient home an hour later, at a hospital where this is a practice; a day-surgery list
// sending its repaired patients home six hours after the start; one slip at a third hospital.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { RECOVERY_NORMS, RECOVERY_THRESHOLDS } from './cancelled-recovery.js';

const members: Row[] = [];
const claims: Row[] = [];
const facilityId = (key: string): string => String(FACILITIES[key]?.['facility_id']);

/** An inguinal hernia repair as billed: surgical fee, mesh, consumables. */
const HERNIA_REPAIR: Row = {
  kode_inacbg: 'K-1-13-I',
  diagnosa: 'K40.9',
  procedure: '53.00',
  tarif_prosedur_bedah: 2_500_000,
  tarif_alkes: 600_000,
};

let cards = 0;
/** One patient's repair at `facility`, admitted at `admitted` on `day`, operated at `operated` (hh:mm on the day after when `overnight`), home at `home`. */
function repair(facility: string, day: string, times: { admitted: string; operated: string; home: string; nightAfter: boolean }): string {
  const card = `rec${++cards}`;
  members.push(member(card));
  const operatedOn = addDays(day, 1);
  const homeOn = times.nightAfter ? addDays(operatedOn, 1) : operatedOn;
  const c = claim(card, {
    ...HERNIA_REPAIR,
    facility_id: facilityId(facility),
    tgl_masuk: day,
    tgl_pulang: homeOn,
    waktu_masuk: `${day} ${times.admitted}:00`,
    waktu_operasi: `${operatedOn} ${times.operated}:00`,
    waktu_pulang: `${homeOn} ${times.home}:00`,
    tarif_kamar: 100_000 + 1_000 * cards,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

const day = (i: number): string => addDays('2024-03-01', 2 * i);
// Jakarta: 4 patients home 70 minutes after the booked slot, 8 operated and home the day after
const slotOnly = [0, 1, 2, 3].map((i) =>
  repair('jakarta1', day(i), { admitted: '15:00', operated: '08:00', home: '09:10', nightAfter: false }),
);
const operated = [4, 5, 6, 7, 8, 9, 10, 11].map((i) =>
  repair('jakarta1', day(i), { admitted: '15:00', operated: '08:00', home: '10:30', nightAfter: true }),
);
// Bandung's day-surgery list: operated from 08:00, home at 14:00 the same day (the night before is the admission)
const dayCase = [0, 1, 2, 3, 4].map((i) =>
  repair('bandung', day(i), { admitted: '15:00', operated: '08:00', home: '14:00', nightAfter: false }),
);
// Makassar: two early discharge times among ten repairs: slips, not a practice
const slips = [0, 1].map((i) => repair('makassar', day(i), { admitted: '15:00', operated: '08:00', home: '08:45', nightAfter: false }));
for (const i of [2, 3, 4, 5, 6, 7, 8, 9])
  repair('makassar', day(i), { admitted: '15:00', operated: '08:00', home: '11:00', nightAfter: true });

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  hits = run.hits.filter((h) => h.signal === 'discharged_before_recovery_from_operation');
});

afterAll(async () => {
  await run?.close();
});

describe('CANCELLED_SERVICE: discharged sooner after the operation than it and its recovery take', () => {
  it('types a minimum recovery per operation group, hernia repair included', () => {
    expect(RECOVERY_NORMS.find((n) => n.operations.test('53.00'))?.minHoursStartToDischarge).toBe(2);
    expect(RECOVERY_NORMS.some((n) => n.operations.test('13.41'))).toBe(false);
  });

  it('flags the repairs whose patient went home an hour after the slot, at a hospital where this is a practice', () => {
    expect(hits.map((h) => h.nomor_sep).sort()).toEqual([...slotOnly].sort());
    for (const h of hits) expect(h.fraud_type).toBe('CANCELLED_SERVICE');
    const h = hits.find((x) => x.nomor_sep === slotOnly[0]);
    expect(h?.evidence_en).toContain('70 minutes later');
    expect(h?.evidence_en).toContain('4 of 12 patients');
  });

  it('leaves the same hospital’s operated patients, a day-surgery list and a hospital with two slips alone', () => {
    const flagged = new Set(hits.map((h) => h.nomor_sep));
    for (const sep of [...operated, ...dayCase, ...slips]) expect(flagged.has(sep)).toBe(false);
    expect(slips.length).toBeLessThan(RECOVERY_THRESHOLDS.minEarlyPatientsAtProvider.value);
  });
});
