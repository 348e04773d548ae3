// UPCODING: complications coded on deliveries that cost what the hospital's own ordinary deliveries cost
// (upcoding-complication-cost.ts over inpatient obstetric groups, case type 6; red team RT-UPCODE-153:
// uterine inertia, O62.2, added to four ordinary deliveries of a class C hospital, O-6-13-II billed like
// its O-6-13-I, beside two labours that truly stalled, monitored, three days and 1.7x the bill). The
// look-alikes stay silent: the hospital's true stalled labours, and a hospital whose O62.2 deliveries all
// carry the monitoring, the day and the bill of their level.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const SIGNAL = 'complication_stays_cost_as_own_severity_one';
const CODER = String(FACILITIES['bandung']?.['facility_id']);
const HONEST = String(FACILITIES['jakarta1']?.['facility_id']);

const book = patients('ob');
const delivery = (facility: string, kode: string, diagnosa: string, procedure: string, days: number, each: number): string =>
  evenBillStay(book, { facility_id: facility, kode_inacbg: kode, diagnosa, procedure }, days, each);
const ordinary = (facility: string): void => {
  for (let i = 0; i < 8; i++) delivery(facility, 'O-6-13-I', 'O80.0', '73.59', 2, 100_000);
};

// the coding hospital: eight ordinary deliveries, four coded II with O62.2 on the same care, two true stalled labours
ordinary(CODER);
const codedUp = [101_000, 99_000, 103_000, 100_000].map((each) => delivery(CODER, 'O-6-13-II', 'O80.0#O62.2', '73.59', 2, each));
const stalled = [170_000, 165_000].map((each) => delivery(CODER, 'O-6-13-II', 'O80.0#O62.2', '73.59#75.34', 3, each));
// an honest hospital: its six stalled labours monitored, a day longer and a level dearer
ordinary(HONEST);
const honest = [150_000, 155_000, 148_000, 160_000, 152_000, 158_000].map((each) =>
  delivery(HONEST, 'O-6-13-II', 'O80.0#O62.2', '73.59#75.34', 3, each),
);

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe('UPCODING: complications coded on deliveries billed as the hospital’s own ordinary deliveries', () => {
  it('names each delivery coded up with uterine inertia on ordinary care', () => {
    for (const sep of codedUp) {
      const [h] = run().hitsOf(sep, SIGNAL);
      expect(h?.strength, sep).toBe('suspicious');
      expect(h?.evidence_en, sep).toContain('its 6 stays');
      expect(h?.evidence_en, sep).toContain('O-6-13-II with O62.2');
    }
  });

  it('leaves the true stalled labours and an honest hospital’s monitored ones unnamed', () => {
    for (const sep of [...stalled, ...honest]) expect(run().hitsOf(sep, SIGNAL), sep).toHaveLength(0);
  });
});
