// Episode detectors by mechanism (issue 11), each with a hand-built hit and near misses: copies of
// one bill that burst past a flat-package's steady rate (CLONING), two inpatient stays of one card
// sharing a night at hospitals a few kilometres apart (PHANTOM_BILLING), planned clinic services
// billed on Sundays and national holidays (PHANTOM_BILLING), and one operation billed again under
// a second registration of the same person (REPEAT_BILLING). One in-memory warehouse, distinct cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_SOURCES } from '../../../features/fraud/index.js';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { onArrivalWarehouse } from '../test-support/cloning-arrival.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { CLONING_DETECTOR } from './cloning.js';
import { fraudSignal, thresholdValues } from './index.js';

const { claims, members, add } = claimBook();

/** Honest inpatient peers over the whole year, no two bills alike. */
for (let i = 0; i < 48; i++)
  add(`peer${i}`, { tgl_masuk: addDays('2024-01-03', i * 7), tarif_kamar: 100_000 + 10_000 * i, tarif_obat: 90_000 + 3_000 * i });

/** One outpatient bill to the rupiah: a cardiology visit whose vector is copied. */
const CARDIO: Row = {
  jenis_rawat: 2,
  kode_inacbg: 'I-5-16-0',
  diagnosa: 'I48#I10#E78.5',
  procedure: '89.52#88.72',
  tarif_prosedur_non_bedah: 21_400,
  tarif_konsultasi: 52_300,
  tarif_laboratorium: 27_900,
  tarif_obat: 41_200,
};
const outpatient = (day: string, over: Row): Row => ({ tgl_masuk: day, tgl_pulang: day, ...over });

// the original visit, then nine copies on nine working days by three doctors, the last 15 days after the original
const WORKING_DAYS = [
  '2024-06-03',
  '2024-06-04',
  '2024-06-05',
  '2024-06-06',
  '2024-06-07',
  '2024-06-10',
  '2024-06-11',
  '2024-06-12',
  '2024-06-13',
  '2024-06-18',
];
const burst = WORKING_DAYS.map((day, i) =>
  add(`burst${i}`, outpatient(day, { ...CARDIO, kode_dpjp: ['DCARD4', 'DCARD9', 'DCARD11'][i % 3] ?? 'DCARD4' })),
);

// a steady flat-fee physiotherapy package: two new patients a week all year, the same bill for everyone
const PHYSIO: Row = {
  jenis_rawat: 2,
  kode_inacbg: 'Z-3-12-0',
  diagnosa: 'M54.5#Z50.1',
  procedure: '93.39#93.11',
  tarif_konsultasi: 50_000,
  tarif_rehabilitasi: 150_000,
};
const steady: string[] = [];
for (let week = 0; week < 50; week++)
  for (const [k, weekday] of [1, 3].entries())
    steady.push(add(`steady${week}_${k}`, outpatient(addDays('2024-01-01', week * 7 + weekday), PHYSIO)));

// a follow-up package billed about once a fortnight since January, then to ten patients over three weeks in October
const FOLLOW_UP: Row = { jenis_rawat: 2, kode_inacbg: 'Z-5-16-0', diagnosa: 'Z09.8', procedure: null, tarif_konsultasi: 65_000 };
const clustered = [
  ...Array.from({ length: 18 }, (_, i) => addDays('2024-01-08', 14 * i)),
  ...Array.from({ length: 10 }, (_, i) => addDays('2024-10-07', 2 * i)),
].map((day, i) => add(`followup${i}`, outpatient(day, FOLLOW_UP)));
// a wound-care package set up in September and billed on at its rate: ten patients a month until December
const WOUND_CARE: Row = { jenis_rawat: 2, kode_inacbg: 'L-5-12-0', diagnosa: 'T81.4', procedure: '86.28', tarif_bmhp: 45_000 };
const newPackage = Array.from({ length: 40 }, (_, i) => add(`wound${i}`, outpatient(addDays('2024-09-02', 3 * i), WOUND_CARE)));

// a screening day: twelve patients, one vector, one day (a session the package is made for)
const SCREENING: Row = { jenis_rawat: 2, kode_inacbg: 'Q-5-44-0', diagnosa: 'Z13.6', procedure: '89.52', tarif_konsultasi: 40_000 };
const screening = Array.from({ length: 12 }, (_, i) => add(`screen${i}`, outpatient('2024-08-20', SCREENING)));

// a typhoid stay's bill reused a week later for another patient, one harmless secondary diagnosis swapped
const STAY_BILL: Row = { tarif_kamar: 777_000, tarif_obat: 555_000, tarif_laboratorium: 333_000, kode_dpjp: 'DCOPY1' };
const template = add('tmpl', { ...STAY_BILL, tgl_masuk: '2024-07-01', diagnosa: 'A01.0#I10' });
const swappedSecondary = add('swap', { ...STAY_BILL, tgl_masuk: '2024-07-08', diagnosa: 'A01.0#E78.5' });
// the same bill with two secondaries of its own, and an outpatient visit with its secondary swapped: other care
const twoOwnSecondaries = add('own2', { ...STAY_BILL, tgl_masuk: '2024-07-09', diagnosa: 'A01.0#J45.9#K29.7' });
const VISIT: Row = { jenis_rawat: 2, kode_inacbg: 'Q-5-44-0', procedure: null, tarif_konsultasi: 88_000, kode_dpjp: 'DCOPY2' };
add('visit1', outpatient('2024-07-02', { ...VISIT, diagnosa: 'M54.5#I10' }));
const visitSwapped = add('visit2', outpatient('2024-07-04', { ...VISIT, diagnosa: 'M54.5#E78.5' }));

// three passengers of one bus crash admitted on 14 August with the same fracture and bill: one event, alike by nature;
// the same bill for a fourth patient six days later is a copy
const CRASH_BILL: Row = {
  tarif_kamar: 616_000,
  tarif_obat: 404_000,
  tarif_prosedur_bedah: 2_020_000,
  kode_dpjp: 'DCRASH',
  diagnosa: 'S42.2#V89.2',
};
const crashVictims = [0, 1, 2].map((i) => add(`crash${i}`, { ...CRASH_BILL, tgl_masuk: '2024-08-14', tgl_pulang: '2024-08-17' }));
const crashCopy = add('crashcopy', { ...CRASH_BILL, tgl_masuk: '2024-08-20', tgl_pulang: '2024-08-23' });

// cataract day surgery: the right eye operated twice four weeks apart (the lens is removed once), against the right
// then the left eye, and two operations with no side recorded (an older extract)
const PHACO: Row = {
  jenis_rawat: 2,
  kode_inacbg: 'H-2-36-0',
  diagnosa: 'H25.9',
  procedure: '13.41#13.71',
  tarif_prosedur_bedah: 3_100_000,
};
const eyeDay = (day: string, sides: string | null): Row => ({ ...PHACO, tgl_masuk: day, tgl_pulang: day, lateralitas: sides });
add('eyeRR', eyeDay('2024-05-02', 'R#R'));
const sameEyeAgain = add('eyeRR', eyeDay('2024-05-30', 'R#R'));
add('eyeRL', eyeDay('2024-05-02', 'R#R'));
const otherEye = add('eyeRL', eyeDay('2024-05-30', 'L#L'));
add('eyeNN', eyeDay('2024-05-02', null));
const noSide = add('eyeNN', eyeDay('2024-05-30', null));

// one card an inpatient at Jakarta 1 on 1-5 March and at Jakarta 2 (8 km away) on 3-6 March
add('overlap', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05', tarif_kamar: 310_000 });
const overlapping = add('overlap', {
  tgl_masuk: '2024-03-03',
  tgl_pulang: '2024-03-06',
  facility_id: FACILITIES['jakarta2']?.['facility_id'] ?? '',
  kode_inacbg: 'K-4-17-I',
  diagnosa: 'A09#E86',
  tarif_kamar: 320_000,
});
// a transfer: the first stay ends the day the second starts
const transferFrom = add('transfer', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05', tarif_kamar: 330_000 });
const transferTo = add('transfer', {
  tgl_masuk: '2024-03-05',
  tgl_pulang: '2024-03-09',
  facility_id: FACILITIES['jakarta2']?.['facility_id'] ?? '',
  tarif_kamar: 340_000,
});

// one stay billed by two hospitals (same clinical group, dates within a day): REPEAT_BILLING names it, once
add('sister', { tgl_masuk: '2024-09-01', tgl_pulang: '2024-09-05', tarif_kamar: 350_000 });
const sisterRepeat = add('sister', {
  tgl_masuk: '2024-09-01',
  tgl_pulang: '2024-09-06',
  facility_id: FACILITIES['jakarta2']?.['facility_id'] ?? '',
  tarif_kamar: 360_000,
});

// Physiotherapy at Bandung: three weekly patients on Tuesdays, with sessions added on two Sundays, Nyepi and
// Christmas (clinics closed); one on collective leave (open). Jakarta 1's package has two sessions that fall on
// national holidays and one on a Sunday, in about a hundred: a clinic's occasional extra day, no pattern.
const BANDUNG = FACILITIES['bandung']?.['facility_id'] ?? '';
const physio = (card: string, day: string, rehab: number): string =>
  add(card, outpatient(day, { ...PHYSIO, facility_id: BANDUNG, kode_dpjp: 'DREHAB1', tarif_rehabilitasi: rehab }));
const tuesdays = ['2024-03-05', '2024-03-19', '2024-04-02', '2024-04-16'];
const tuesdaySessions = [0, 1, 2].flatMap((p) => tuesdays.map((d, k) => physio(`rehab${p}`, d, 400_000 + 60_000 * p + 5_000 * k)));
const closedDays = [
  physio('rehab0', '2024-03-10', 800_000),
  physio('rehab1', '2024-03-11', 860_000),
  physio('rehab2', '2024-03-17', 920_000),
  physio('rehab0', '2024-12-25', 980_000),
];
const collectiveLeave = physio('rehab1', '2024-12-26', 1_040_000);
const sundayElsewhere = add('physio1', outpatient('2024-03-17', { ...PHYSIO, tarif_rehabilitasi: 1_300_000 }));
// care that goes on on Sundays at Bandung: an emergency visit for gastroenteritis, a dialysis session
const sundayEmergency = add(
  'er1',
  outpatient('2024-03-24', { facility_id: BANDUNG, kode_inacbg: 'K-5-18-0', diagnosa: 'A09#E86', procedure: null }),
);
const sundayDialysis = add(
  'hd1',
  outpatient('2024-03-24', { facility_id: BANDUNG, kode_inacbg: 'N-3-15-0', diagnosa: 'N18.5#Z49.1', procedure: '39.95' }),
);

// one appendectomy on the PPU card and, three weeks later, on the PBI card of the same person's second registration
const APPENDECTOMY: Row = {
  kode_inacbg: 'K-1-12-I',
  diagnosa: 'K35.8',
  procedure: '47.09',
  kode_dpjp: 'DSURG7',
  tgl_masuk: '2024-04-07',
  tgl_pulang: '2024-04-10',
  tarif_prosedur_bedah: 2_400_000,
};
const person = { birth_date: '1987-04-19', sex: 'L' };
const firstRegistration = add(
  'ppu',
  { ...APPENDECTOMY, kelas_rawat: 2, tgl_pengajuan: '2024-04-20' },
  { ...person, jkn_segment: 'PPU', care_class: 2 },
);
const secondRegistration = add(
  'pbi',
  { ...APPENDECTOMY, kelas_rawat: 3, tgl_pengajuan: '2024-05-11', tarif_kamar: 60_000, coder_id: 'K3171R00103' },
  { ...person, member_key: 'm_pbi_other_nik', jkn_segment: 'PBI', care_class: 3 },
);
// eight-year-old twins given a tonsillectomy together by one surgeon
const TONSILLECTOMY: Row = { ...APPENDECTOMY, kode_inacbg: 'U-1-12-I', diagnosa: 'J35.0', procedure: '28.3', kode_dpjp: 'DENT2' };
const twin = { birth_date: '2016-02-02', sex: 'P' };
add('twin1', { ...TONSILLECTOMY, tgl_pengajuan: '2024-04-20' }, twin);
const secondTwin = add('twin2', { ...TONSILLECTOMY, tgl_pengajuan: '2024-04-21', tarif_kamar: 70_000 }, twin);
// adults of one birth date operated the same day by different surgeons
const adult = { birth_date: '1975-09-09', sex: 'P' };
add('adultA', { ...APPENDECTOMY, kode_dpjp: 'DSURG1', tgl_pengajuan: '2024-04-20' }, adult);
const otherSurgeon = add('adultB', { ...APPENDECTOMY, kode_dpjp: 'DSURG2', tgl_pengajuan: '2024-04-22', tarif_kamar: 80_000 }, adult);

let run: DetectorRun | undefined;
let w: Warehouse;
let hits: readonly DetectorHit[] = [];
const signalsOf = (sep: string): string[] => run?.signalsOf(sep) ?? [];

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  w = run.warehouse;
  hits = run.hits;
});

afterAll(async () => {
  await run?.close();
});

describe('CLONING: a burst of copies is no flat package', () => {
  it('names every copy of a bill sent to nine more patients over nine working days, as a burst', () => {
    for (const sep of burst.slice(1)) expect(signalsOf(sep)).toContain('near_identical_claim_other_patient');
    const evidence = hits.find((h) => h.nomor_sep === burst[9] && h.signal === 'near_identical_claim_other_patient')?.evidence_en;
    expect(evidence).toMatch(/the bill went to 9 patients on 9 days within 14 days of this claim, 1\.0 claims expected/);
  });

  it('leaves the original visit alone (nothing earlier to copy)', () => {
    expect(signalsOf(burst[0] ?? '')).not.toContain('near_identical_claim_other_patient');
  });

  it('keeps a package billed steadily all year, and a one-day screening session, clean', async () => {
    const packages = await w.query<{ patients: bigint }>(`SELECT patients FROM fraud_flat_packages WHERE kode_inacbg = 'Z-3-12-0'`);
    expect(packages.map((p) => Number(p.patients))).toEqual([100]);
    for (const sep of [...steady, ...screening]) expect(signalsOf(sep)).not.toContain('near_identical_claim_other_patient');
  });

  it('keeps a package with a history and a busy month, and a new package billed on at its rate, clean', () => {
    for (const sep of [...clustered, ...newPackage]) expect(signalsOf(sep)).not.toContain('near_identical_claim_other_patient');
  });
});

/**
 * The CLONING verdict on one claim from only what arrival scoring loads for it (its facility's claims of the same
 * CBG within the clone window) and the batch's published flat packages: the burst test must read the claim's own
 * window alone, or a claim would be judged one way in the batch and another on arrival.
 */
async function cloneEvidenceOnArrival(sep: string): Promise<string[]> {
  const x = claims.find((c) => c['nomor_sep'] === sep) as Row;
  const day = (c: Row): number => Date.parse(String(c['tgl_masuk'])) / 86_400_000;
  const loaded = claims.filter(
    (c) => c['facility_id'] === x['facility_id'] && c['kode_inacbg'] === x['kode_inacbg'] && Math.abs(day(c) - day(x)) <= 14,
  );
  return onArrivalWarehouse(w, { members, claims: loaded }, async (arrival) => {
    const sql = CLONING_DETECTOR.sql(thresholdValues(CLONING_DETECTOR), RAW_SOURCES);
    const rows = await arrival.query<{ evidence_en: string }>(`SELECT evidence_en FROM (${sql}) WHERE nomor_sep = $1`, [sep]);
    return rows.map((r) => r.evidence_en);
  });
}

describe('CLONING: near-identical, not identical', () => {
  it('names a stay whose bill copies another patient stay to the rupiah with one secondary diagnosis swapped', () => {
    const hit = hits.find((h) => h.nomor_sep === swappedSecondary && h.signal === 'near_identical_claim_other_patient');
    expect(hit?.evidence_en).toMatch(/^The primary diagnosis \(secondary diagnoses all but one\), procedures and tariff components/);
    expect(signalsOf(template)).not.toContain('near_identical_claim_other_patient');
  });

  it('leaves a stay with two secondaries of its own, and an outpatient visit with one swapped, clean', () => {
    for (const sep of [twoOwnSecondaries, visitSwapped]) expect(signalsOf(sep)).not.toContain('near_identical_claim_other_patient');
  });
});

describe('REPEAT_BILLING: a lens is removed from an eye once', () => {
  it('names a second extraction on the same eye as certain, and leaves the other eye and claims without a side clean', () => {
    const hit = hits.find((h) => h.nomor_sep === sameEyeAgain && h.signal === 'lens_removed_twice_same_eye');
    expect(hit?.strength).toBe('certain');
    expect(hit?.evidence_en).toMatch(/^Lens extraction on side R billed again/);
    for (const sep of [otherEye, noSide]) expect(signalsOf(sep)).not.toContain('lens_removed_twice_same_eye');
  });
});

describe('CLONING: one event brings alike patients', () => {
  it('leaves the injured of one crash, admitted the same day with the same bill, clean, and names a copy days later', () => {
    for (const sep of crashVictims) expect(signalsOf(sep), sep).not.toContain('near_identical_claim_other_patient');
    expect(signalsOf(crashCopy)).toContain('near_identical_claim_other_patient');
  });
});

describe('CLONING on arrival: a claim is judged on its own window', () => {
  it('gives a burst copy, the original and a steady package claim the verdict of the batch', async () => {
    const batchEvidence = (sep: string): string[] =>
      hits.filter((h) => h.nomor_sep === sep && h.signal === 'near_identical_claim_other_patient').map((h) => h.evidence_en);
    for (const sep of [burst[0], burst[4], burst[9], steady[0], steady[50], steady[99]] as string[])
      expect(await cloneEvidenceOnArrival(sep)).toEqual(batchEvidence(sep));
    expect(batchEvidence(burst[4] as string)).toHaveLength(1);
  });
});

describe('PHANTOM_BILLING: one card in two hospitals on one night, at any distance', () => {
  it('names the later of two stays 8 km apart that share two nights, as certain', () => {
    const hit = hits.find((h) => h.nomor_sep === overlapping && h.signal === 'overlapping_inpatient_stays');
    expect(hit?.strength).toBe('certain');
    expect(hit?.evidence_en).toMatch(/2 night\(s\) in both, 8 km apart/);
    expect(fraudSignal('PHANTOM_BILLING', 'overlapping_inpatient_stays')?.strength).toBe('certain');
  });

  it('leaves a transfer (one stay ends the day the other starts) clean', () => {
    for (const sep of [transferFrom, transferTo]) expect(signalsOf(sep)).not.toContain('overlapping_inpatient_stays');
  });

  it('leaves one stay billed by two hospitals to REPEAT_BILLING, named once', () => {
    expect(signalsOf(sisterRepeat)).toContain('same_episode_other_facility');
    expect(signalsOf(sisterRepeat)).not.toContain('overlapping_inpatient_stays');
  });
});

describe('PHANTOM_BILLING: planned clinic services on days clinics are closed', () => {
  it("names every closed-day session of a provider whose share is far above other facilities', as suspicious", () => {
    for (const sep of closedDays) expect(signalsOf(sep)).toContain('closed_day_clinic_services_at_provider');
    const hit = hits.find((h) => h.nomor_sep === closedDays[3] && h.signal === 'closed_day_clinic_services_at_provider');
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toMatch(
      /billed on national holiday 2024-12-25.*3273R001 billed 4 of its planned clinic services on closed days/,
    );
  });

  it('leaves working days, collective leave, Sunday emergencies and dialysis, and a rare closed day elsewhere clean', () => {
    for (const sep of [...tuesdaySessions, collectiveLeave, sundayEmergency, sundayDialysis, sundayElsewhere, ...steady])
      expect(signalsOf(sep)).not.toContain('closed_day_clinic_services_at_provider');
  });
});

describe('REPEAT_BILLING: one operation under a second registration of the same person', () => {
  it('names the later claim, billed at another care class, as certain', () => {
    const hit = hits.find((h) => h.nomor_sep === secondRegistration && h.signal === 'same_operation_other_card');
    expect(hit?.strength).toBe('certain');
    expect(hit?.evidence_en).toContain(firstRegistration);
    expect(signalsOf(firstRegistration)).not.toContain('same_operation_other_card');
  });

  it('leaves child twins operated together, and adults operated by different surgeons, clean', () => {
    expect(signalsOf(secondTwin)).not.toContain('same_operation_other_card');
    expect(signalsOf(otherSurgeon)).not.toContain('same_operation_other_card');
  });
});
