// Sham referral by the doctor's own hand (issue 11, RT-SELFREF-31) and by a pair of hospitals
// (DOMAIN.md: "referral loops between facilities sharing doctors"), each on a hand-built hit and
// its near misses: a clinic patient admitted elsewhere by his own clinic doctor (another doctor,
// an operation or an admission past the transfer window is none), and patients moved for care no
// higher between two hospitals that share a doctor (a pair that shares none, a pair with two
// such patients, and transfers up to an operation are none). A small warehouse of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const BANDUNG = '3273R001';
const MAKASSAR = '7371R001';

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
const day = (d: number): string => new Date(Date.parse('2024-01-01T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10);

/** One patient's stays, each [facility, first day (days after 1 January 2024), nights, overrides]; returns their SEPs. */
function patient(...stays: Array<[facility: string, from: number, nights: number, over?: Row]>): string[] {
  n++;
  const card = `rf${n}`;
  members.push(member(card));
  return stays.map(([facility, from, nights, over]) => {
    const c = claim(card, {
      facility_id: facility,
      tgl_masuk: day(from),
      tgl_pulang: day(from + nights),
      tarif_kamar: 100_000 + 10_000 * n,
      ...over,
    });
    claims.push(c);
    return String(c['nomor_sep']);
  });
}

// ---- a doctor sees patients in the clinic of Jakarta 1 and admits them himself at Jakarta 2
const visit = (doctor = 'DSELF01'): Row => ({
  jenis_rawat: 2,
  kode_inacbg: 'K-5-14-0',
  diagnosa: 'K29.7',
  discharge_status: 2,
  kode_dpjp: doctor,
});
const ward = (doctor: string, over: Row = {}): Row => ({ kode_inacbg: 'K-4-17-I', diagnosa: 'K29.7', kode_dpjp: doctor, ...over });
const [clinicVisit, selfReferred] = patient([JAKARTA1, 150, 0, visit()], [JAKARTA2, 150, 2, ward('DSELF01')]) as [string, string];
const otherDoctor = patient([JAKARTA1, 152, 0, visit()], [JAKARTA2, 152, 2, ward('D3171R002011')])[1] as string;
const operated = patient(
  [JAKARTA1, 154, 0, visit()],
  [JAKARTA2, 155, 3, ward('DSELF01', { kode_inacbg: 'K-1-12-I', diagnosa: 'K35.8', procedure: '47.09' })],
)[1] as string;
const admittedLate = patient([JAKARTA1, 156, 0, visit()], [JAKARTA2, 161, 2, ward('DSELF01')])[1] as string;

// ---- Bandung and Makassar send twenty patients each up to Jakarta 1 for an appendectomy (step-up transfers,
// the network's background of moves); Bandung and Jakarta 2 share doctor DPAIR, and six patients stay three
// nights at Bandung, go home, and are admitted at Jakarta 2 the next day for the same typhoid care
const appendectomy: Row = { kode_inacbg: 'K-1-12-I', diagnosa: 'K35.8', procedure: '47.09' };
const stepUps = Array.from({ length: 40 }, (_, i) =>
  patient([i % 2 ? BANDUNG : MAKASSAR, i, 1, { discharge_status: 2 }], [JAKARTA1, i + 1, 3, appendectomy]),
).map((seps) => seps[0] as string);
patient([BANDUNG, 1, 2, { kode_dpjp: 'DPAIR' }]);
patient([JAKARTA2, 1, 2, { kode_dpjp: 'DPAIR' }]);
const movedToPartner = Array.from({ length: 6 }, (_, i) => patient([BANDUNG, 10 * i, 3], [JAKARTA2, 10 * i + 4, 4])[0] as string);
// Jakarta 2 and Makassar share doctor DPAIR2 but move only two such patients; Makassar and Bandung move four
// such patients with no doctor in common
patient([MAKASSAR, 3, 2, { kode_dpjp: 'DPAIR2' }]);
patient([JAKARTA2, 3, 2, { kode_dpjp: 'DPAIR2' }]);
const twoOnly = Array.from({ length: 2 }, (_, i) => patient([MAKASSAR, 100 + 10 * i, 3], [JAKARTA2, 100 + 10 * i + 3, 4])[0] as string);
const noSharedDoctor = Array.from(
  { length: 4 },
  (_, i) => patient([MAKASSAR, 200 + 10 * i, 3], [BANDUNG, 200 + 10 * i + 3, 4])[0] as string,
);

type Hit = DetectorHit;
let run: DetectorRun | undefined;
let w: Warehouse;
let hits: readonly Hit[];
const hitsOf = (signal: string): Map<string, Hit> => new Map(hits.filter((h) => h.signal === signal).map((h) => [h.nomor_sep, h]));

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  w = run.warehouse;
  hits = run.hits.filter((h) => h.fraud_type === 'SELF_REFERRAL');
});

afterAll(async () => {
  await run?.close();
});

describe('a clinic patient admitted elsewhere by his own clinic doctor', () => {
  it('names the admission, with the clinic visit as evidence', () => {
    const hit = hitsOf('admitted_by_own_clinic_doctor').get(selfReferred);
    expect(hit?.amount_at_risk).toBe(5_000_000);
    expect(hit?.related_sep).toEqual([clinicVisit]);
    expect(hit?.evidence_en).toMatch(
      /Admitted at 3171R002 by doctor DSELF01, who saw the patient the same day in the outpatient clinic of 3171R001 and referred the patient from there/,
    );
  });

  it('leaves alone another doctor, an operation and an admission past the transfer window', () => {
    const flagged = hitsOf('admitted_by_own_clinic_doctor');
    for (const sep of [otherDoctor, operated, admittedLate]) expect(flagged.has(sep), sep).toBe(false);
  });
});

describe('patients moved between hospitals that share a doctor', () => {
  it('names each stay moved on for care no higher, however it was closed, with the pair as evidence', () => {
    const flagged = hitsOf('moved_between_partner_hospitals');
    for (const sep of movedToPartner) {
      const hit = flagged.get(sep);
      expect(hit?.amount_at_risk, sep).toBe(5_000_000);
      expect(hit?.related_sep).toHaveLength(1);
      expect(hit?.evidence_en).toMatch(
        /^Stay at 3273R001 followed within 3 days by an admission at 3171R002 for care no higher; the two share 1 doctor\(s\) and moved 6 patients/,
      );
    }
  });

  it('leaves alone two patients, a pair with no doctor in common, and transfers up to an operation', () => {
    const flagged = hitsOf('moved_between_partner_hospitals');
    for (const sep of [...twoOnly, ...noSharedDoctor, ...stepUps]) expect(flagged.has(sep), sep).toBe(false);
  });

  it('counts each pair once, in patients, with the doctors it shares', async () => {
    const rows = await w.query<{
      facility_a: string;
      facility_b: string;
      patients: bigint;
      lateral_patients: bigint;
      shared_doctors: bigint;
    }>('SELECT facility_a, facility_b, patients, lateral_patients, shared_doctors FROM fraud_referral_pairs ORDER BY 1, 2');
    const pair = (a: string, b: string): number[] | undefined => {
      const r = rows.find((x) => x.facility_a === a && x.facility_b === b);
      return r && [Number(r.patients), Number(r.lateral_patients), Number(r.shared_doctors)];
    };
    expect(pair(JAKARTA2, BANDUNG)).toEqual([6, 6, 1]);
    expect(pair(JAKARTA1, BANDUNG)).toEqual([20, 0, 0]);
    expect(pair(JAKARTA2, MAKASSAR)).toEqual([2, 2, 1]);
    expect(pair(BANDUNG, MAKASSAR)).toEqual([4, 4, 0]);
    // the clinic doctor's visits are no stays: no move between the Jakarta hospitals
    expect(pair(JAKARTA1, JAKARTA2)).toBeUndefined();
  });
});
