// Newborns beside their family card (household.ts), hand-built through the batch's own fraud SQL.
// PHANTOM_BILLING: a newborn nobody on its card could have borne and no one of its family
// delivered (red-team RT-PHANTOM-41); a baby with a mother on its card, one whose family was billed
// for the delivery, one without a family card and an infant past the neonatal period are not.
// UNBUNDLING: a healthy newborn billed beside its mother's delivery (RT-UNBUND-41); a sick newborn,
// one under a paediatrician, one at another hospital and one kept after its mother left are not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_SOURCES, claimBaseSql, referenceTablesSql } from '../../../features/fraud/index.js';
import { openWarehouse } from '../../../features/warehouse/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, insertRows, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { healthyNewbornApartSql, newbornWithoutMotherSql } from './household.js';
import { PHANTOM_BILLING_DETECTOR } from './episodes.js';

const members: Row[] = [];
const claims: Row[] = [];
const doctors: Row[] = [
  { doctor_id: 'D3171R001OBG', specialty: 'SP_OG', licensed_facilities: '3171R001' },
  { doctor_id: 'D3171R001OG2', specialty: 'SP_OG', licensed_facilities: '3171R001' },
  { doctor_id: 'D3171R001PED', specialty: 'SP_A', licensed_facilities: '3171R001' },
];

function person(card: string, family: string | null, role: string | null, sex: 'L' | 'P', born: string): void {
  members.push(member(card, { sex, birth_date: born, family_key: family, hubungan_keluarga: role, jkn_segment: 'PBI', care_class: 3 }));
}
function add(card: string, over: Row): string {
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A sick neonate's eleven-day stay from its birth, under the paediatrician. */
const neonatalStay = (born: string, over: Row = {}): Row => ({
  tgl_masuk: born,
  tgl_pulang: addDays(born, 11),
  tgl_sep: addDays(born, 1),
  kode_inacbg: 'P-8-17-II',
  diagnosa: 'P07.3#P22.0',
  procedure: '93.96',
  icu_indikator: 1,
  icu_los: 4,
  kode_dpjp: 'D3171R001PED',
  ...over,
});
/** A two-day vaginal delivery under the obstetrician. */
const delivery = (day: string, over: Row = {}): Row => ({
  tgl_masuk: day,
  tgl_pulang: addDays(day, 2),
  kode_inacbg: 'O-6-13-I',
  diagnosa: 'O80.0',
  procedure: '73.59',
  kode_dpjp: 'D3171R001OBG',
  ...over,
});
/** A "minor problems" newborn stay billing nothing but the days: no procedure, no intensive care, severity I. */
const quietNewborn = (day: string, over: Row = {}): Row => ({
  tgl_masuk: day,
  tgl_pulang: addDays(day, 2),
  tgl_sep: addDays(day, 1),
  kode_inacbg: 'P-8-11-I',
  diagnosa: 'P59.9',
  procedure: null,
  kode_dpjp: 'D3171R001OBG',
  ...over,
});

// PHANTOM_BILLING: a baby alone on its family card; a baby whose card holds only its father
person('ph1', 'kk-ph1', 'ANAK', 'L', '2024-03-01');
const alone = add('ph1', neonatalStay('2024-03-01'));
person('ph2-dad', 'kk-ph2', 'KEPALA', 'L', '1990-02-02');
person('ph2', 'kk-ph2', 'ANAK', 'P', '2024-03-05');
const fatherOnly = add('ph2', neonatalStay('2024-03-05'));
// near misses: the mother on the card; a card whose only woman is past the age range but was billed
// for the delivery (a birth date written wrong); no family card (older extract); an infant of 20 days
// with an ordinary illness
person('nm1-mum', 'kk-nm1', 'PASANGAN', 'P', '1994-04-04');
person('nm1', 'kk-nm1', 'ANAK', 'L', '2024-03-07');
const withMother = add('nm1', neonatalStay('2024-03-07'));
person('nm2-mum', 'kk-nm2', 'KEPALA', 'P', '1960-01-01');
person('nm2', 'kk-nm2', 'ANAK', 'L', '2024-03-09');
add('nm2-mum', delivery('2024-03-08'));
const deliveredInFamily = add('nm2', neonatalStay('2024-03-09'));
person('nm3', null, null, 'P', '2024-03-11');
const noFamilyCard = add('nm3', neonatalStay('2024-03-11'));
person('nm4', 'kk-nm4', 'ANAK', 'L', '2024-02-20');
const infant = add('nm4', { tgl_masuk: '2024-03-11', tgl_pulang: '2024-03-14', kode_dpjp: 'D3171R001PED' });

// UNBUNDLING: the mother's delivery and the healthy baby's own claim on her dates, under her obstetrician
// and (second family) under another obstetrician of the registry
function family(tag: string, day: string): { mother: string; baby: string } {
  person(`${tag}-mum`, `kk-${tag}`, 'PASANGAN', 'P', '1996-06-06');
  person(`${tag}-dad`, `kk-${tag}`, 'KEPALA', 'L', '1993-03-03');
  person(tag, `kk-${tag}`, 'ANAK', 'P', day);
  return { mother: `${tag}-mum`, baby: tag };
}
const hb1 = family('hb1', '2024-05-01');
const hb1Delivery = add(hb1.mother, delivery('2024-05-01'));
const hb1Baby = add(hb1.baby, quietNewborn('2024-05-01'));
const hb2 = family('hb2', '2024-05-06');
const hb2Delivery = add(hb2.mother, delivery('2024-05-05', { tgl_pulang: '2024-05-08' }));
const hb2Baby = add(hb2.baby, quietNewborn('2024-05-06', { kode_dpjp: 'D3171R001OG2' }));
// near misses: a sick newborn with intensive care kept past the mother's discharge; a baby under the
// paediatrician; a baby at another hospital; a quiet baby kept a day after its mother went home
const sk = family('sk', '2024-05-10');
add(sk.mother, delivery('2024-05-10', { kode_inacbg: 'O-6-10-II', diagnosa: 'O82.9#O60.1', procedure: '74.1', tgl_pulang: '2024-05-13' }));
const sickBaby = add(sk.baby, neonatalStay('2024-05-10', { kode_inacbg: 'P-8-17-III', procedure: '96.04#93.96', ventilator_hour: 60 }));
const pd = family('pd', '2024-05-12');
add(pd.mother, delivery('2024-05-12'));
const paediatric = add(pd.baby, quietNewborn('2024-05-12', { kode_dpjp: 'D3171R001PED' }));
const ah = family('ah', '2024-05-14');
add(ah.mother, delivery('2024-05-14'));
const otherHospital = add(
  ah.baby,
  quietNewborn('2024-05-14', { facility_id: String(FACILITIES['jakarta2']?.['facility_id']), kode_dpjp: 'D3171R001OBG' }),
);
const kp = family('kp', '2024-05-16');
add(kp.mother, delivery('2024-05-16'));
const keptLonger = add(kp.baby, quietNewborn('2024-05-16', { tgl_pulang: '2024-05-19' }));

let run: DetectorRun;
let hits: readonly DetectorHit[];

beforeAll(async () => {
  run = await runDetectors({ members, doctors, claims });
  hits = run.hits.filter((h) => h.signal === 'newborn_without_mother_or_delivery' || h.signal === 'healthy_newborn_billed_apart');
});

afterAll(async () => {
  await run.close();
});

const hitOf = (sep: string, signal: string) => hits.find((h) => h.nomor_sep === sep && h.signal === signal);

describe('PHANTOM_BILLING: a newborn nobody on its family card could have borne', () => {
  it('flags a baby alone on its card and one whose card holds only its father, as suspicious evidence', () => {
    for (const sep of [alone, fatherOnly]) {
      const h = hitOf(sep, 'newborn_without_mother_or_delivery');
      expect(h?.fraud_type, sep).toBe('PHANTOM_BILLING');
      expect(h?.strength).toBe('suspicious');
    }
    expect(hitOf(fatherOnly, 'newborn_without_mother_or_delivery')?.evidence_en).toBe(
      'Newborn claim P-8-17-II (P07.3, P22.0) for a baby born 2024-03-05, admitted 2024-03-05: its family card holds 1 other member(s), none a woman of an age to have borne it (10-60 years), and no member of the family was billed for a delivery within 2 days of the birth',
    );
    expect(hitOf(alone, 'newborn_without_mother_or_delivery')?.evidence_id).toContain('Kartu Keluarganya memuat 0 anggota lain');
  });

  it('leaves a baby with its mother on the card, one whose family was billed for the delivery, one without a family card and an older infant alone', () => {
    for (const sep of [withMother, deliveredInFamily, noFamilyCard, infant])
      expect(hitOf(sep, 'newborn_without_mother_or_delivery'), sep).toBeUndefined();
  });
});

describe("UNBUNDLING: a healthy newborn billed beside its mother's delivery", () => {
  it('flags the baby billed on its own card inside the delivery stay, naming the delivery', () => {
    const h1 = hitOf(hb1Baby, 'healthy_newborn_billed_apart');
    expect(h1?.fraud_type).toBe('UNBUNDLING');
    expect(h1?.related_sep).toEqual([hb1Delivery]);
    expect(h1?.evidence_en).toBe(
      `Newborn claim 2024-05-01 to 2024-05-03 (P-8-11-I P59.9) with no care of its own (no procedure, no intensive care, CBG severity I), attended by D3171R001OBG, the doctor of the delivery, inside the delivery stay ${hb1Delivery} of a woman of its family card at the same facility (2024-05-01 to 2024-05-03): the delivery tariff pays for a healthy newborn`,
    );
    // attended by another obstetrician of the registry
    expect(hitOf(hb2Baby, 'healthy_newborn_billed_apart')?.related_sep).toEqual([hb2Delivery]);
    // the mother's own delivery claim is not the one billed apart
    expect(hitOf(hb1Delivery, 'healthy_newborn_billed_apart')).toBeUndefined();
  });

  it('leaves a sick newborn, a baby under the paediatrician, one at another hospital and one kept after its mother went home', () => {
    for (const sep of [sickBaby, paediatric, otherHospital, keptLonger])
      expect(hitOf(sep, 'healthy_newborn_billed_apart'), sep).toBeUndefined();
  });
});

/**
 * The two verdicts on one claim from its family card alone (the family's members and claims, the
 * doctor registry): what arrival scoring loads for a newborn's claim, so both paths judge it alike.
 */
async function evidenceFromFamilyAlone(sep: string): Promise<string[]> {
  const x = claims.find((c) => c['nomor_sep'] === sep) as Row;
  const own = members.find((m) => m['card_key'] === x['card_key']) as Row;
  const family = members.filter((m) => m === own || (own['family_key'] !== null && m['family_key'] === own['family_key']));
  const cards = new Set(family.map((m) => m['card_key']));
  const arrival = await openWarehouse(':memory:');
  try {
    await insertRows(arrival, 'raw_facilities', Object.values(FACILITIES));
    await insertRows(arrival, 'raw_members', family);
    await insertRows(arrival, 'raw_doctors', doctors);
    await insertRows(
      arrival,
      'raw_claims',
      claims.filter((c) => cards.has(c['card_key'])),
    );
    for (const sql of referenceTablesSql()) await arrival.run(sql);
    await arrival.run(claimBaseSql(RAW_SOURCES));
    const tolerance = PHANTOM_BILLING_DETECTOR.thresholds.newbornDeliveryToleranceDays.value;
    const rows = await arrival.query<{ evidence_en: string }>(
      `SELECT evidence_en FROM (${newbornWithoutMotherSql(RAW_SOURCES, tolerance)} UNION ALL ${healthyNewbornApartSql(RAW_SOURCES)})
       WHERE nomor_sep = $1 ORDER BY evidence_en`,
      [sep],
    );
    return rows.map((r) => r.evidence_en);
  } finally {
    await arrival.close();
  }
}

describe('newborns on arrival: judged from the family card alone', () => {
  it('gives every newborn claim, flagged or not, the verdict of the batch', async () => {
    const newborns = [
      alone,
      fatherOnly,
      withMother,
      deliveredInFamily,
      noFamilyCard,
      hb1Baby,
      hb2Baby,
      sickBaby,
      paediatric,
      otherHospital,
      keptLonger,
    ];
    for (const sep of newborns) {
      const batch = hits.filter((h) => h.nomor_sep === sep).map((h) => h.evidence_en);
      expect(await evidenceFromFamilyAlone(sep), sep).toEqual([...batch].sort());
    }
  });
});
