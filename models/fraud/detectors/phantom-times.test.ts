// What the hours of a claim say of services never given (phantom-times.ts), each with a hand-built
// hit and an honest look-alike: planned clinic controls with their SEPs opened at night at one
// hospital (RT-PHANTOM-91) against emergency visits at night and a single late entry elsewhere,
// and one surgeon's operations all starting the same minute (RT-PHANTOM-92) against a surgeon
// running two theatres and a cataract list started every few minutes. Distinct cards, one warehouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const claims: Row[] = [];
const members: Row[] = [];
const id = (f: string): string => String((FACILITIES[f] as Row)['facility_id']);

function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
/** An outpatient consultation on `day` opened at `from` (HH:MM), an hour long. */
const visit = (facility: string, day: string, from: string, over: Row = {}): Row => ({
  facility_id: id(facility),
  jenis_rawat: 2,
  kode_inacbg: 'Q-5-44-0',
  diagnosa: 'I10',
  tgl_masuk: day,
  tgl_pulang: day,
  waktu_masuk: `${day} ${from}:00`,
  waktu_pulang: `${day} ${String(Number(from.slice(0, 2)) + 1).padStart(2, '0')}${from.slice(2)}:00`,
  jenis_pelayanan: 'RAWAT_JALAN',
  ...over,
});

// RT-PHANTOM-91: four patients' monthly hypertension controls at Jakarta 1, their clinic SEPs opened 01:00-04:30
const nightControls: string[] = [];
for (let p = 0; p < 4; p++)
  for (let m = 0; m < 2; m++)
    nightControls.push(add(`night${p}`, visit('jakarta1', addDays('2024-02-05', 28 * m + p), `0${1 + p}:${m ? '30' : '10'}`)));
const dayControl = add('night0', visit('jakarta1', '2024-01-08', '08:40'));
// near misses: emergency visits at night at Jakarta 2 (IGD, any hour), and at Bandung one late entry of two patients
const EMERGENCY = { jenis_pelayanan: 'IGD', kode_inacbg: 'Q-5-42-0', diagnosa: 'R50.9' };
const igdNights = [0, 1, 2, 3].map((p) => add(`igd${p}`, visit('jakarta2', addDays('2024-02-05', p), `0${1 + p}:15`, EMERGENCY)));
const lateEntries = [0, 1].map((p) => add(`late${p}`, visit('bandung', '2024-02-06', '00:20')));
// and without the service type (older extracts) nothing tells a clinic visit from the IGD's
const untyped = [0, 1, 2].map((p) => add(`untyped${p}`, visit('makassar', addDays('2024-02-05', p), '02:10', { jenis_pelayanan: null })));

/** An operation stay under `surgeon`, the operation starting at `at` (YYYY-MM-DD HH:MM). */
const operation = (card: string, surgeon: string, at: string, over: Row = {}): string =>
  add(card, {
    facility_id: id('jakarta2'),
    kode_inacbg: 'K-1-13-I',
    diagnosa: 'K40.9',
    procedure: '53.00',
    tgl_masuk: addDays(at.slice(0, 10), -1),
    tgl_pulang: addDays(at.slice(0, 10), 2),
    tarif_prosedur_bedah: 2_500_000,
    waktu_operasi: `${at}:00`,
    kode_dpjp: surgeon,
    ...over,
  });
// RT-PHANTOM-92: five hernia repairs under one surgeon, all starting at 09:30
const sameMinute = [0, 1, 2, 3, 4].map((k) => operation(`op${k}`, 'DSURGFIVE', '2024-03-12 09:30'));
// near misses: two theatres run by one surgeon (two operations at 09:30, the next at 11:00), and a cataract
// list of one surgeon alternating two tables, a case every six minutes
const twoTheatres = [
  operation('two0', 'DSURGTWO', '2024-03-12 09:30'),
  operation('two1', 'DSURGTWO', '2024-03-12 09:30'),
  operation('two2', 'DSURGTWO', '2024-03-12 11:00'),
];
const CATARACT = { kode_inacbg: 'H-2-36-0', jenis_rawat: 2, diagnosa: 'H25.9', procedure: '13.41', tgl_pulang: null };
const cataractList = [0, 1, 2, 3, 4, 5].map((k) =>
  operation(`eye${k}`, 'DSURGEYE', `2024-03-13 08:${String(6 * k).padStart(2, '0')}`, {
    ...CATARACT,
    tgl_masuk: '2024-03-13',
    tgl_pulang: '2024-03-13',
  }),
);

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members, claims });
});
afterAll(() => run?.close());

describe('PHANTOM_BILLING from the hours a claim carries', () => {
  it('names the clinic controls opened at night at a hospital registering several patients so', () => {
    for (const sep of nightControls) expect(run.hitsOf(sep, 'clinic_visit_registered_at_night')).toHaveLength(1);
    const [hit] = run.hitsOf(nightControls[0] as string, 'clinic_visit_registered_at_night');
    expect(hit?.evidence_en).toMatch(/SEP opened at 2024-02-05 01:10.*4 patients/);
    expect(hit?.related_sep).toContain(nightControls[1]);
    expect(run.hitsOf(dayControl, 'clinic_visit_registered_at_night')).toEqual([]);
  });

  it('clears emergency visits at night, a late entry of two patients and visits without a service type', () => {
    for (const sep of [...igdNights, ...lateEntries, ...untyped]) expect(run.hitsOf(sep, 'clinic_visit_registered_at_night')).toEqual([]);
  });

  it('names every operation of a surgeon starting together with two or more others', () => {
    for (const sep of sameMinute) expect(run.hitsOf(sep, 'operations_started_together_by_one_surgeon')).toHaveLength(1);
    const [hit] = run.hitsOf(sameMinute[0] as string, 'operations_started_together_by_one_surgeon');
    expect(hit?.related_sep).toHaveLength(4);
    expect(hit?.evidence_en).toMatch(/started 2024-03-12 09:30.*4 other operation/);
  });

  it('clears a surgeon with two theatres and a cataract list alternating two tables', () => {
    for (const sep of [...twoTheatres, ...cataractList]) expect(run.hitsOf(sep, 'operations_started_together_by_one_surgeon')).toEqual([]);
  });
});
