// PHANTOM_BILLING: an outpatient session billed while the card lay in another hospital's ward
// (issue 11, round 7): standing physiotherapy kept billed through a stay across town, against the
// sessions before, after and on the admission and discharge days, a session at the ward's own
// hospital, and an outpatient visit elsewhere while no stay ran. Hand-built rows, one run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const CLINIC = String(FACILITIES['jakarta2']?.['facility_id']);
const WARD = String(FACILITIES['jakarta1']?.['facility_id']);
const members: Row[] = [];
const claims: Row[] = [];

function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { birth_date: '1952-05-01' }));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
/** A physiotherapy session for stroke sequelae (outpatient rehabilitation). */
const session = (day: string, facility = CLINIC): Row => ({
  facility_id: facility,
  jenis_rawat: 2,
  tgl_masuk: day,
  tgl_pulang: day,
  kode_inacbg: 'Z-3-12-0',
  diagnosa: 'I69.4#G81.9',
  procedure: '93.39',
});
/** A pneumonia stay at the ward hospital. */
const stay = (masuk: string, nights: number): Row => ({
  facility_id: WARD,
  tgl_masuk: masuk,
  tgl_pulang: addDays(masuk, nights),
  kode_inacbg: 'J-4-16-I',
  diagnosa: 'J18.9#I69.4',
});

// admitted Monday 4 March for six nights; sessions twice a week before, during (5th, 8th) and after
add('ph1', stay('2024-03-04', 6));
const during = [add('ph1', session('2024-03-05')), add('ph1', session('2024-03-08'))];
const around = [
  add('ph1', session('2024-02-27')),
  add('ph1', session('2024-03-04')),
  add('ph1', session('2024-03-10')),
  add('ph1', session('2024-03-12')),
];
// a shifted variant: another patient, a seven-night stay, one session on its fourth day
add('ph2', stay('2024-04-10', 7));
const shifted = add('ph2', session('2024-04-13'));
// the ward's own hospital billing an outpatient service during its stay is another question (unbundling)
add('ph3', stay('2024-03-04', 6));
const sameHospital = add('ph3', session('2024-03-06', WARD));
// an outpatient visit elsewhere with no stay running
const noStay = add('ph4', session('2024-03-06'));
// SEP times on the admission day (admitted 09:00) and the discharge day (discharged 16:00): a session in the
// afternoon of the admission day is from the ward; one in the morning before a 20:00 admission is not
const timed = (day: string, from: string, to: string): Row => ({ waktu_masuk: `${day} ${from}:00`, waktu_pulang: `${day} ${to}:00` });
add('ph5', { ...stay('2024-05-06', 4), ...timed('2024-05-06', '09:00', '09:30'), waktu_pulang: '2024-05-10 16:00:00' });
const afternoonOfAdmission = add('ph5', { ...session('2024-05-06'), ...timed('2024-05-06', '14:00', '14:45') });
const morningOfDischarge = add('ph5', { ...session('2024-05-10'), ...timed('2024-05-10', '10:00', '10:40') });
add('ph6', { ...stay('2024-05-06', 4), ...timed('2024-05-06', '20:00', '20:30'), waktu_pulang: '2024-05-10 09:00:00' });
const beforeAdmission = add('ph6', { ...session('2024-05-06'), ...timed('2024-05-06', '08:00', '08:45') });
const afterDischarge = add('ph6', { ...session('2024-05-10'), ...timed('2024-05-10', '13:00', '13:40') });

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
});

afterAll(async () => {
  await run?.close();
});

const signalsOf = (sep: string): string[] => run?.signalsOf(sep, 'PHANTOM_BILLING') ?? ['not run'];

describe('PHANTOM_BILLING: outpatient sessions during a stay at another facility', () => {
  it('names each session on a day strictly inside the stay, as certain, with the stay as evidence', () => {
    for (const sep of [...during, shifted]) {
      const [hit] = run?.hitsOf(sep, 'outpatient_visit_during_stay_elsewhere') ?? [];
      expect(hit, sep).toBeDefined();
      expect(hit?.strength).toBe('certain');
      expect(hit?.related_sep).toHaveLength(1);
    }
    expect(run?.hitsOf(during[0] ?? '')[0]?.evidence_en).toMatch(
      /^Outpatient Z-3-12-0 at 3171R002 on 2024-03-05 while an inpatient at 3171R001 \(.+, 2024-03-04 to 2024-03-10\)/,
    );
  });

  it('leaves the sessions before, after and on the admission and discharge days alone', () => {
    for (const sep of around) expect(signalsOf(sep), sep).toEqual([]);
  });

  it('reads the SEP times on the admission and discharge days: inside the stay is from the ward, outside is not', () => {
    for (const sep of [afternoonOfAdmission, morningOfDischarge])
      expect(signalsOf(sep), sep).toEqual(['outpatient_visit_during_stay_elsewhere']);
    for (const sep of [beforeAdmission, afterDischarge]) expect(signalsOf(sep), sep).toEqual([]);
  });

  it("leaves the ward's own outpatient claim and a visit with no stay running to other checks", () => {
    expect(signalsOf(sameHospital)).not.toContain('outpatient_visit_during_stay_elsewhere');
    expect(signalsOf(noStay)).toEqual([]);
  });
});
