// PHANTOM_BILLING from primary-care records that put the member in person elsewhere on a day of the
// claim (phantom-primary-care-presence.ts). RT-PHANTOM-151: three-day stays of diabetics whose card,
// on the second day, was examined at its puskesmas and collected its month of PRB tablets there.
// Near misses: a relative collecting the tablets mid-stay (a fill, no visit), a visit mid-stay
// without a fill, the control on the day of admission (seen, then admitted), visit and fill on
// different days, a visit for another illness (referred on or not). RT-PHANTOM-152: evening emergency visits of children immunised that day at a
// puskesmas of another regency. Near misses: a sick visit that morning in another regency (an
// illness that got worse on the way, RT-NM-PHANTOM-151), a healthy visit in the hospital's own
// regency, a healthy visit the day before, a referred clinic visit on the day of a healthy visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { sickVisit } from '../test-support/fktp-visits.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const { claims, members, add } = claimBook();
const visits: Row[] = [];
const prbClaims: Row[] = [];
const CONTROL = 'stay_while_at_primary_care_prb_control';
const HEALTHY = 'emergency_visit_on_healthy_visit_day_elsewhere';
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);

const day = (i: number): string => addDays('2024-03-01', 5 * i);

/** A month of metformin dispensed to `card` on `date` at its PRB pharmacy. */
function prbFill(card: string, date: string): void {
  prbClaims.push({
    prb_claim_id: `PRB-${card}-${date}`,
    card_key: card,
    fktp_id: '3171P001',
    apotek_id: '3171A001',
    tgl_resep: date,
    diagnosa: 'E11.9',
    hari_obat: 30,
    biaya_obat: 160_000,
  });
}

/** A three-night diabetes stay of `card` from `from`, with a P-Care visit and a PRB fill on the given days after admission (null: none). */
function diabetesStay(card: string, from: string, visitAfter: number | null, fillAfter: number | null): string {
  const sep = add(card, { tgl_masuk: from, tgl_pulang: addDays(from, 3), diagnosa: 'E11.9', kode_inacbg: 'E-4-10-I' });
  if (visitAfter !== null) visits.push(sickVisit({ id: `V${card}`, card, date: addDays(from, visitAfter), diagnosa: 'E11.9' }));
  if (fillAfter !== null) prbFill(card, addDays(from, fillAfter));
  return sep;
}

// the PRB control (visit and fill) on the second and third day of the stay
const controlled = [0, 1].map((i) => diabetesStay(`ctl${i}`, day(i), 1 + i, 1 + i));
const relativeCollected = diabetesStay('relative', day(2), null, 1);
const visitedOnly = diabetesStay('visited', day(3), 1, null);
const admittedFromControl = diabetesStay('admitted', day(4), 0, 0);
const apartDays = diabetesStay('apart', day(5), 1, 2);
// a stay for an infarction; on the second day the card is seen at its puskesmas for angina and referred to a
// cardiologist, and its diabetes tablets are dispensed (the one honest hit at 150k before the rule asked for a control)
const referredForAngina = add('angina', {
  tgl_masuk: day(12),
  tgl_pulang: addDays(day(12), 3),
  diagnosa: 'I21.4',
  kode_inacbg: 'I-4-12-I',
});
visits.push(
  sickVisit({
    id: 'Vangina',
    card: 'angina',
    date: addDays(day(12), 1),
    diagnosa: 'I25.1',
    referral: { letter: '3171P0010324B000009', to: BANDUNG },
  }),
);
prbFill('angina', addDays(day(12), 1));
// the puskesmas sees the card mid-stay for a cough, its diabetes tablets dispensed the same day
const otherIllness = diabetesStay('cough', day(13), null, 1);
visits.push(sickVisit({ id: 'Vcough', card: 'cough', date: addDays(day(13), 1), diagnosa: 'J06.9' }));

/** A healthy P-Care visit (immunisation, weighing: no diagnosis) of `card` on `date` at `fktp`. */
function healthyVisit(card: string, date: string, fktp: string): void {
  visits.push({
    visit_id: `H${card}`,
    card_key: card,
    facility_id: fktp,
    tgl_kunjungan: date,
    jenis_kunjungan: 'SEHAT',
    diagnosa: null,
    no_rujukan: null,
    ppk_tujuan: null,
  });
}

/** An outpatient emergency visit of `card` on `date` at Bandung (regency 3273). */
function emergency(card: string, date: string, over: Row = {}): string {
  return add(card, {
    facility_id: BANDUNG,
    tgl_masuk: date,
    tgl_pulang: date,
    jenis_rawat: 2,
    diagnosa: 'T14.0',
    kode_inacbg: 'Q-5-42-0',
    jenis_pelayanan: 'IGD',
    no_rujukan: null,
    ...over,
  });
}

// immunised at a puskesmas of Simeulue (1109), at an emergency room in Bandung that evening
const immunisedAway = [6, 7].map((i) => {
  healthyVisit(`child${i}`, day(i), '1109P001');
  return emergency(`child${i}`, day(i));
});
// seen sick that morning in another regency, then the emergency room (the illness got worse)
const sickThatMorning = emergency('ferry', day(8));
visits.push(sickVisit({ id: 'Vferry', card: 'ferry', fktp: '1607P001', date: day(8), diagnosa: 'T14.0' }));
// immunised in Bandung's own regency the morning of a fall
const immunisedHere = emergency('local', day(9));
healthyVisit('local', day(9), '3273P001');
// immunised away the day before
const dayBefore = emergency('before', day(10));
healthyVisit('before', addDays(day(10), -1), '1109P001');
// an antenatal check in the morning, a referred obstetric clinic visit the same day
const referredClinic = emergency('antenatal', day(11), {
  jenis_pelayanan: 'RAWAT_JALAN',
  no_rujukan: '3204P0010324B000001',
  ppk_rujukan: '3204P001',
  asal_rujukan: 1,
  diagnosa: 'O26.8',
});
healthyVisit('antenatal', day(11), '3204P001');

let run: DetectorRun | undefined;
beforeAll(async () => {
  run = await runDetectors({ members, claims, fktp_visits: visits, prb_claims: prbClaims });
});
afterAll(async () => {
  await run?.close();
});

describe('PHANTOM_BILLING: a PRB control at the puskesmas in the middle of a stay', () => {
  it('flags the stays whose card was examined and collected its month of PRB medication mid-stay, naming both', () => {
    expect((run?.hitsOfType('PHANTOM_BILLING', CONTROL) ?? []).map((h) => h.nomor_sep).sort()).toEqual([...controlled].sort());
    const hit = run?.hitsOf(controlled[0] ?? '', CONTROL)[0];
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toContain('3171P001 2024-03-02 SAKIT E11.9, PRB E11.9 30 days at 3171A001');
    expect(hit?.evidence_id).toContain('obat PRB-nya diserahkan hari itu juga');
  });

  it('leaves a fill without a visit, a visit without a fill, a control on the admission day and visit and fill on different days alone', () => {
    for (const sep of [relativeCollected, visitedOnly, admittedFromControl, apartDays]) expect(run?.hitsOf(sep, CONTROL), sep).toEqual([]);
  });

  it('leaves a mid-stay visit for another illness alone, referred on or not, though the PRB tablets were dispensed that day', () => {
    for (const sep of [referredForAngina, otherIllness]) expect(run?.hitsOf(sep, CONTROL), sep).toEqual([]);
  });
});

describe('PHANTOM_BILLING: an emergency visit on the day of a healthy visit in another regency', () => {
  it('flags the emergency visits of cards seen healthy at an FKTP of another regency that day, naming the FKTP', () => {
    expect((run?.hitsOfType('PHANTOM_BILLING', HEALTHY) ?? []).map((h) => h.nomor_sep).sort()).toEqual([...immunisedAway].sort());
    const hit = run?.hitsOf(immunisedAway[0] ?? '', HEALTHY)[0];
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toBe(
      `Emergency visit on ${day(6)} at ${BANDUNG} while P-Care records a healthy visit of the card that day at 1109P001, in another regency`,
    );
  });

  it('leaves a sick visit that morning, a healthy visit in the same regency or the day before, and a referred clinic visit alone', () => {
    for (const sep of [sickThatMorning, immunisedHere, dayBefore, referredClinic]) expect(run?.hitsOf(sep, HEALTHY), sep).toEqual([]);
  });
});
