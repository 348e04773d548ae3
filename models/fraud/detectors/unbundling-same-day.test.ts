// A stay's service billed again as an outpatient visit (unbundling.ts stay_service_billed_again_as_visit)
// on the admission day, read with the SEP times (red team RT-NM-SAMEDAY-102): a morning clinic visit
// for a fever, sent home, then admitted through the emergency department that night with dengue
// is two episodes, the blood count repeated because the patient worsened. Still named: the same
// visit before a planned (referred) admission, a visit closed minutes before the emergency
// admission (the patient never left), a visit after the admission the same day (inside the stay),
// and a visit whose claims carry no times (the date rule). Distinct cards, one warehouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const book = claimBook();
const DAY = '2024-02-06';
const SIGNAL = 'stay_service_billed_again_as_visit';

/** A fever clinic visit with a blood count (90.59), from `from` to `to` on DAY (times omitted when null). */
const feverVisit = (from: string | null, to: string | null): Row => ({
  jenis_rawat: 2,
  tgl_masuk: DAY,
  tgl_pulang: DAY,
  kode_inacbg: 'Q-5-42-0',
  diagnosa: 'R50.9',
  procedure: '90.59',
  jenis_pelayanan: 'RAWAT_JALAN',
  waktu_masuk: from === null ? null : `${DAY} ${from}:00`,
  waktu_pulang: to === null ? null : `${DAY} ${to}:00`,
  tarif_inacbg: 200_000,
});
/** A four-day dengue stay admitted on DAY at `at` (no times when null), through `service`. */
const dengueStay = (at: string | null, service: string): Row => ({
  tgl_masuk: DAY,
  tgl_pulang: '2024-02-10',
  kode_inacbg: 'A-4-13-I',
  diagnosa: 'A91',
  procedure: '90.59',
  jenis_pelayanan: service,
  waktu_masuk: at === null ? null : `${DAY} ${at}:00`,
  waktu_pulang: at === null ? null : '2024-02-10 10:00:00',
});

const backAtNight = book.add('sd1', feverVisit('08:10', '10:00'));
book.add('sd1', dengueStay('21:30', 'IGD'));
const beforePlanned = book.add('sd2', feverVisit('08:10', '10:00'));
book.add('sd2', dengueStay('13:00', 'RAWAT_INAP'));
const minutesBefore = book.add('sd3', feverVisit('08:10', '10:00'));
book.add('sd3', dengueStay('10:30', 'IGD'));
const afterAdmission = book.add('sd4', feverVisit('10:00', '11:00'));
book.add('sd4', dengueStay('02:00', 'IGD'));
const noTimes = book.add('sd5', feverVisit(null, null));
book.add('sd5', dengueStay(null, 'IGD'));

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims });
});
afterAll(async () => run?.close());

describe('a visit before an emergency admission the same day', () => {
  it('leaves a morning visit silent when the patient came back through the emergency department hours later', () => {
    expect(run.hitsOf(backAtNight, SIGNAL)).toEqual([]);
    expect(run.signalsOf(backAtNight, 'UNBUNDLING')).toEqual([]);
  });

  it('still names the visit before a planned admission, or closed minutes before the emergency admission', () => {
    expect(run.hitsOf(beforePlanned, SIGNAL)).toHaveLength(1);
    expect(run.hitsOf(minutesBefore, SIGNAL)).toHaveLength(1);
  });

  it('still names a visit after the admission began, and a visit without SEP times', () => {
    expect(run.hitsOf(afterAdmission, SIGNAL)).toHaveLength(1);
    const [hit] = run.hitsOf(noTimes, SIGNAL);
    expect(hit?.strength).toBe('certain');
    expect(hit?.related_sep).toHaveLength(1);
  });
});
