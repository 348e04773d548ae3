// Round-5 red-team mechanisms of the coordination, readmission and referral detectors, on
// hand-built rows: an occupational disease's (PAK) clinic visits billed to JKN (RT-COB-51), the
// first stay's diagnosis back as a secondary (RT-READMIT-51), thalassaemia transfusion cycles
// (RT-NM-THAL-51) and the last hop of a referral chain through hospitals sharing a doctor
// (RT-SELFREF-51), each beside a near miss that must stay quiet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const kkpak: Row[] = [];
const WORKER: Row = { jkn_segment: 'PPU', bpjstk_registered_date: '2015-07-01' };
const facility = (name: string): string => String(FACILITIES[name]?.['facility_id']);

function add(card: string, over: Row, memberOver: Row = {}): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, memberOver));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
function pak(card: string, caseId: string, diagnosed: string): void {
  kkpak.push({
    case_id: caseId,
    member_key: `m_${card}`,
    employer_id: '12345678',
    accident_date: diagnosed,
    reported_date: diagnosed,
    case_type: 'PAK',
    location: 'TEMPAT_KERJA',
    outcome: 'SEMBUH',
    days_off: 21,
    nomor_sep: null,
    jkk_benefit_paid: 4_200_000,
  });
}
const visit = (day: string, diagnosa: string, kode_inacbg = 'G-5-18-0'): Row => ({
  jenis_rawat: 2,
  tgl_masuk: day,
  tgl_pulang: day,
  kode_inacbg,
  diagnosa,
});

// RT-COB-51's shape: carpal tunnel reported as PAK on 8 January; neurology visits and physiotherapy weeks later
pak('pak1', 'PAK-1', '2024-01-08');
const pakCare = [
  add('pak1', visit('2024-01-29', 'G56.0'), WORKER),
  add('pak1', visit('2024-02-19', 'Z50.1#G56.0', 'Z-3-12-0')),
  add('pak1', visit('2024-03-11', 'G56.0')),
];
// near misses: the same worker's dengue in the window, and the same disease past the follow-up window
const pakDengue = add('pak1', { tgl_masuk: '2024-02-01', diagnosa: 'A91' });
const pakLate = add('pak1', visit('2024-05-20', 'G56.0'));
// a worker with a work accident (KK, not PAK) and carpal tunnel a month later: no PAK case to match
kkpak.push({ ...kkpak[0], case_id: 'KK-2', member_key: 'm_kk2', case_type: 'KK' });
const kkCarpal = add('kk2', visit('2024-02-05', 'G56.0'), WORKER);

// RT-READMIT-51's shape: COPD home on day 2, back 4 days later as pneumonia with J44.1 second
const copd = add('copd', { tgl_masuk: '2024-02-01', tgl_pulang: '2024-02-03', kode_inacbg: 'J-4-10-I', diagnosa: 'J44.1' });
const copdBack = add('copd', { tgl_masuk: '2024-02-07', tgl_pulang: '2024-02-13', kode_inacbg: 'J-4-16-II', diagnosa: 'J18.9#J44.1' });
// near miss (RT-NM-READMIT-02): a stroke, back as aspiration pneumonia with the stroke's sequelae second
add('stroke', { tgl_masuk: '2024-03-02', tgl_pulang: '2024-03-09', kode_inacbg: 'G-4-14-II', diagnosa: 'I63.9#I10#G81.9' });
const aspiration = add('stroke', {
  tgl_masuk: '2024-03-18',
  tgl_pulang: '2024-03-25',
  kode_inacbg: 'J-4-16-II',
  diagnosa: 'J18.0#G81.9#I69.4',
});

// RT-NM-THAL-51's shape: a child transfused every 24 days, one night each time
const transfusions = [0, 24, 48, 72].map((d) => {
  const day = new Date(Date.UTC(2024, 0, 6 + d)).toISOString().slice(0, 10);
  const next = new Date(Date.UTC(2024, 0, 7 + d)).toISOString().slice(0, 10);
  return add(
    'thal',
    { tgl_masuk: day, tgl_pulang: next, kode_inacbg: 'D-4-13-I', diagnosa: 'D56.1', procedure: '99.04' },
    { birth_date: '2016-09-02' },
  );
});
// chemotherapy cycles coded by the cancer (not Z51.1), every 21 days
const chemo = [
  ['2024-07-01', '2024-07-03'],
  ['2024-07-22', '2024-07-24'],
  ['2024-08-12', '2024-08-14'],
].map(([masuk, pulang]) =>
  add('chemo', { tgl_masuk: masuk ?? '', tgl_pulang: pulang ?? '', kode_inacbg: 'C-4-12-I', diagnosa: 'C50.9', procedure: '99.25' }),
);
// the same anaemia readmitted without a transfusion is still judged
const anaemia = ['2024-06-03', '2024-06-20'].map((day, k) =>
  add('anaemia', { tgl_masuk: day, tgl_pulang: k ? '2024-06-24' : '2024-06-07', kode_inacbg: 'D-4-13-I', diagnosa: 'D56.1' }),
);

// RT-SELFREF-51's shape: pneumonia one day at hospital 1, two at hospital 2, three at hospital 3, one doctor throughout
const chainDoctor = 'DCHAIN01';
const pneumonia = { kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9', kode_dpjp: chainDoctor };
const firstHop = add('chain', {
  ...pneumonia,
  facility_id: facility('jakarta1'),
  tgl_masuk: '2024-04-01',
  tgl_pulang: '2024-04-02',
  discharge_status: 2,
});
const secondHop = add('chain', {
  ...pneumonia,
  facility_id: facility('jakarta2'),
  tgl_masuk: '2024-04-02',
  tgl_pulang: '2024-04-04',
  discharge_status: 2,
  asal_rujukan: 2,
  ppk_rujukan: facility('jakarta1'),
});
const lastHop = add('chain', {
  ...pneumonia,
  facility_id: facility('bandung'),
  tgl_masuk: '2024-04-04',
  tgl_pulang: '2024-04-07',
  asal_rujukan: 2,
  ppk_rujukan: facility('jakarta2'),
});
// near miss: transferred by the same doctor for an operation (a step up), and a transfer by another doctor
add('surgery', { ...pneumonia, facility_id: facility('jakarta1'), tgl_masuk: '2024-04-10', tgl_pulang: '2024-04-11', discharge_status: 2 });
const operated = add('surgery', {
  facility_id: facility('jakarta2'),
  tgl_masuk: '2024-04-11',
  kode_inacbg: 'K-1-12-I',
  diagnosa: 'K35.8',
  kode_dpjp: chainDoctor,
});
add('other', { ...pneumonia, facility_id: facility('jakarta1'), tgl_masuk: '2024-04-15', tgl_pulang: '2024-04-16', discharge_status: 2 });
const otherDoctor = add('other', { ...pneumonia, facility_id: facility('jakarta2'), tgl_masuk: '2024-04-16', kode_dpjp: 'DOTHER01' });

let run: DetectorRun | undefined;
const signalsOf = (sep: string, type: string): string[] =>
  (run?.hitsOf(sep) ?? [])
    .filter((h) => h.fraud_type === type)
    .map((h) => h.signal)
    .sort();

beforeAll(async () => {
  run = await runDetectors({ members, claims, kkpak_cases: kkpak });
});

afterAll(async () => {
  await run?.close();
});

describe('COB_KKPAK: the care of an occupational disease JKK pays', () => {
  it('flags the visits of the PAK case by member, window and the disease, with the case as evidence', () => {
    for (const sep of pakCare) expect(signalsOf(sep, 'COB_KKPAK'), sep).toEqual(['pak_care_billed_to_jkn']);
    const [hit] = run?.hitsOf(pakCare[2] ?? '', 'pak_care_billed_to_jkn') ?? [];
    expect(hit?.related_sep).toEqual([pakCare[0], 'PAK-1']);
    expect(hit?.strength).toBe('certain');
  });

  it('leaves another illness, care past the window and a work accident (KK) case alone', () => {
    for (const sep of [pakDengue, pakLate, kkCarpal]) expect(signalsOf(sep, 'COB_KKPAK'), sep).toEqual([]);
  });
});

describe('READMISSION: the index diagnosis back as a secondary', () => {
  it('flags COPD back as pneumonia with the exacerbation coded second', () => {
    expect(signalsOf(copdBack, 'READMISSION')).toEqual(['index_diagnosis_returns_as_secondary']);
    expect(run?.hitsOf(copdBack, 'index_diagnosis_returns_as_secondary')[0]?.related_sep).toEqual([copd]);
  });

  it('leaves a complication in another organ system alone', () => {
    expect(signalsOf(aspiration, 'READMISSION')).toEqual([]);
  });
});

describe('READMISSION: transfusion cycles are planned care', () => {
  it('does not call a transfusion programme or chemotherapy coded by its cancer readmissions', () => {
    for (const sep of [...transfusions, ...chemo]) expect(signalsOf(sep, 'READMISSION'), sep).toEqual([]);
  });

  it('still judges the same anaemia readmitted without a transfusion', () => {
    expect(signalsOf(anaemia[1] ?? '', 'READMISSION')).toEqual(['same_clinical_group_readmission']);
  });
});

describe('SELF_REFERRAL: the last hop of a chain through one doctor', () => {
  it('names the receiving stays of transfers for care no higher by the same doctor', () => {
    expect(signalsOf(secondHop, 'SELF_REFERRAL')).toContain('admitted_on_own_referral');
    expect(signalsOf(lastHop, 'SELF_REFERRAL')).toContain('admitted_on_own_referral');
    // the last hop's SEP names the second hospital: the first hop's transfer led there, not here
    expect(run?.hitsOf(secondHop, 'admitted_on_own_referral')[0]?.related_sep).toEqual([firstHop]);
    expect(run?.hitsOf(lastHop, 'admitted_on_own_referral')[0]?.related_sep).toEqual([secondHop]);
  });

  it('leaves a transfer for an operation and a transfer to another doctor alone', () => {
    for (const sep of [operated, otherDoctor]) expect(signalsOf(sep, 'SELF_REFERRAL'), sep).not.toContain('admitted_on_own_referral');
  });
});
