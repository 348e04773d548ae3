// Claim-content detectors against peers that never include the provider itself (issue 11, red
// team RT-LOS-31 and RT-UPCODE-31), bills compared at the base tariff key, and the full-ward
// placement of Permenkes 28/2014 (RT-NM-WARDFULL-31). A small warehouse of its own, so that the
// provider's own stays are a large share of their peers, as at the red team's clean hospitals.
import { describe, expect, it } from 'vitest';
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { patients } from '../test-support/patients.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const MAKASSAR = '7371R001';
/** A private class B hospital in regional tariff group 5: paid, and billing, about a fifth more than Jakarta 2 for the same care. */
const JAYAPURA: Row = {
  facility_id: '9471R001',
  facility_type: 'RSU',
  hospital_class: 'B',
  province_code: '94',
  regency_code: '9471',
  ownership: 'SWASTA',
  tariff_region: 5,
  latitude: -2.53,
  longitude: 140.72,
};
/** Jayapura's tariff key over Jakarta 2's (region 5 x private, data-samples/reference). */
const JAYAPURA_KEY = 1.17 * 1.03;

const book = patients('cp');
const { claims, members } = book;
/** A stay of a new patient, admitted on a day spread over the year by the card's number. */
function stay(over: Row, memberOver: Row = {}): string {
  const k = book.cards + 1;
  return book.stay({ tgl_masuk: `2024-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`, ...over }, memberOver);
}
/** Every tariff component at `each` rupiah, the room a little apart per stay (honest bills are never identical). */
const billOf = (each: number): Row => ({
  ...Object.fromEntries(TARIFF_COMPONENTS.map(([name]) => [name, Math.round(each)])),
  tarif_kamar: Math.round(each) + 1_000 * (book.cards % 17),
});

// Length of stay: typhoid-free dengue stays (A-4-13-I, norm 4) at two class B hospitals, 3-5 days;
// Jakarta 1 keeps eight of its twelve 6-7 days. With its own stays the class P90 would be 6.
const DENGUE = 'A-4-13-I';
const daysPattern = [3, 3, 4, 4, 4, 4, 4, 5, 5, 5];
for (let i = 0; i < 30; i++) {
  const masuk = `2024-0${1 + (i % 9)}-10`;
  stay({
    facility_id: i % 2 ? JAKARTA2 : MAKASSAR,
    kode_inacbg: DENGUE,
    diagnosa: 'A90',
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, daysPattern[i % 10] as number),
    ...billOf(100_000),
  });
}
const kept = Array.from({ length: 8 }, (_, i) => {
  const masuk = `2024-0${1 + i}-14`;
  return stay({
    facility_id: JAKARTA1,
    kode_inacbg: DENGUE,
    diagnosa: 'A90',
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, 6 + (i % 2)),
    ...billOf(100_000),
  });
});
for (let i = 0; i < 4; i++)
  stay({
    facility_id: JAKARTA1,
    kode_inacbg: DENGUE,
    diagnosa: 'A90',
    tgl_masuk: `2024-0${1 + i}-20`,
    tgl_pulang: `2024-0${1 + i}-24`,
    ...billOf(100_000),
  });
// near miss: one 6-day stay at another class B hospital is a long stay, not a pattern
const loneLongStay = stay({
  facility_id: MAKASSAR,
  kode_inacbg: DENGUE,
  diagnosa: 'A90',
  tgl_masuk: '2024-06-03',
  tgl_pulang: '2024-06-09',
  ...billOf(100_000),
});

// Severity: typhoid stays (A-4-11) at Jakarta 2, severity I, II and III billed about 1 : 1.45 : 2.2
// (the INA-CBG steps). Jayapura codes ten stays severity III and bills them as a severity-II stay
// costs at its own tariff key: above Jakarta 2's severity-II median in rupiah, below it at the base key.
for (let i = 0; i < 25; i++) {
  const wobble = 1 + 0.02 * ((i % 7) - 3);
  stay({ facility_id: JAKARTA2, kode_inacbg: 'A-4-11-I', diagnosa: 'A01.0', ...billOf(100_000 * wobble) });
  stay({ facility_id: JAKARTA2, kode_inacbg: 'A-4-11-II', diagnosa: 'A01.0#E87.1', ...billOf(145_000 * wobble) });
  if (i < 12) stay({ facility_id: JAKARTA2, kode_inacbg: 'A-4-11-III', diagnosa: 'A01.0#J96.0', ...billOf(220_000 * wobble) });
}
const upcoded = Array.from({ length: 10 }, (_, i) =>
  stay({
    facility_id: String(JAYAPURA['facility_id']),
    kode_inacbg: 'A-4-11-III',
    diagnosa: 'A01.0#J96.0',
    ...billOf(130_000 * JAYAPURA_KEY * (1 + 0.01 * i)),
  }),
);
// near miss: a severity-III stay at Jayapura billed what severity III costs at its tariff key
const severeAtItsKey = stay({
  facility_id: String(JAYAPURA['facility_id']),
  kode_inacbg: 'A-4-11-III',
  diagnosa: 'A01.0#J96.0',
  ...billOf(225_000 * JAYAPURA_KEY),
});

// Another group: infarctions (I-4-10-I, INA-CBG base Rp5.6M) and angina (I-4-17-I, Rp2.1M) billed at 0.9 of their
// tariffs at Jakarta 2 (key: class 2 x class B = 1.56). Jakarta 1 (key 1.56 x 1.03 private) bills two-day
// infarctions at 0.97 of the angina tariff at its key: above the angina median, within what angina pays.
const JAKARTA2_KEY = 1.2 * 1.3;
const JAKARTA1_KEY = JAKARTA2_KEY * 1.03;
for (let i = 0; i < 22; i++) {
  const wobble = 1 + 0.02 * ((i % 5) - 2);
  const masuk = `2024-0${1 + (i % 9)}-11`;
  stay({
    facility_id: JAKARTA2,
    kode_inacbg: 'I-4-17-I',
    diagnosa: 'I20.9',
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, 3),
    ...billOf((0.9 * 2_100_000 * JAKARTA2_KEY * wobble) / 18),
  });
  stay({
    facility_id: JAKARTA2,
    kode_inacbg: 'I-4-10-I',
    diagnosa: 'I21.9',
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, 5),
    ...billOf((0.9 * 5_600_000 * JAKARTA2_KEY * wobble) / 18),
  });
}
const infarctionAsBilledAngina = Array.from({ length: 3 }, (_, i) =>
  stay({
    facility_id: JAKARTA1,
    kode_inacbg: 'I-4-10-I',
    diagnosa: 'I21.9',
    tgl_masuk: `2024-0${2 + i}-05`,
    tgl_pulang: `2024-0${2 + i}-07`,
    ...billOf((0.97 * 2_100_000 * JAKARTA1_KEY) / 18),
  }),
);
// near miss: a two-day infarction billed above the angina tariff (an early discharge, not angina's resources)
const shortInfarction = stay({
  facility_id: JAKARTA1,
  kode_inacbg: 'I-4-10-I',
  diagnosa: 'I21.9',
  tgl_masuk: '2024-06-05',
  tgl_pulang: '2024-06-07',
  ...billOf((1.1 * 2_100_000 * JAKARTA1_KEY) / 18),
});

// Room class: PBI members (class 3) placed in class 2 while the class 3 ward is full
const pbi = { jkn_segment: 'PBI', care_class: 3 };
const ward = (upgrade: Row, billedClass = 3): Row => ({
  kelas_rawat: billedClass,
  upgrade_class_ind: 1,
  upgrade_class_payor: null,
  ...upgrade,
});
const wardFull = stay(ward({ upgrade_class_class: 'kelas_2', upgrade_class_los: 3 }), pbi);
const wardFullClass2 = stay(ward({ upgrade_class_class: 'kelas_1', upgrade_class_los: 2 }, 2), { care_class: 2 });
const upgradeTooLong = stay(ward({ upgrade_class_class: 'kelas_2', upgrade_class_los: 5 }), pbi);
const twoClassesUp = stay(ward({ upgrade_class_class: 'kelas_1', upgrade_class_los: 2 }), pbi);
const billedUp = stay(ward({ upgrade_class_class: 'kelas_2', upgrade_class_los: 2 }, 2), pbi);
const paidByMember = stay(ward({ upgrade_class_class: 'kelas_2', upgrade_class_los: 2, upgrade_class_payor: 'peserta' }), pbi);
// an upgrade that names no class is no full ward
const upgradeNoClass = stay(ward({ upgrade_class_class: null, upgrade_class_los: 2 }, 2), { care_class: 2 });

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), JAYAPURA], members, claims });

describe('norms from other facilities', () => {
  // the 90th percentile is a whole-day line (peers-whole-day-line.test.ts); here it falls on a whole day, as quantile_cont's
  it('reads the leave-out quantiles over the other facilities of the class', async () => {
    const w = run().warehouse;
    const [row] = await w.query<{ n: bigint; los_median: number; los_p90: number; peer_level: string }>(
      'SELECT n, los_median, los_p90, peer_level FROM fraud_other_facility_peers WHERE facility_id = $1 AND kode_inacbg = $2',
      [JAKARTA1, DENGUE],
    );
    const [direct] = await w.query<{ n: bigint; med: number; p90: number }>(
      `SELECT count(*) AS n, quantile_cont(los, 0.5) AS med, quantile_cont(los, 0.9) AS p90 FROM fraud_claim_base
       WHERE kode_inacbg = $1 AND hospital_class = 'B' AND facility_id <> $2 AND jenis_rawat = 1`,
      [DENGUE, JAKARTA1],
    );
    expect(row?.peer_level).toBe('class');
    expect(Number(row?.n)).toBe(Number(direct?.n));
    expect(row?.los_median).toBeCloseTo(Number(direct?.med), 9);
    expect(row?.los_p90).toBeCloseTo(Number(direct?.p90), 9);
    expect(row?.los_p90).toBe(5);
    // with its own stays the class's 90th percentile is 6: the six-day stays would hide below it
    const [inclusive] = await w.query<{ los_p90: number }>(
      "SELECT los_p90 FROM fraud_casemix_peers WHERE kode_inacbg = $1 AND hospital_class = 'B'",
      [DENGUE],
    );
    expect(inclusive?.los_p90).toBe(6);
  });
});

describe('PROLONGED_LOS against other facilities', () => {
  it("names every stay a provider keeps beyond the other facilities' 90th percentile, the six-day ones too", () => {
    for (const sep of kept) expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).toContain('condition_stays_above_p90_at_provider');
    const evidence = run().hitsOf(kept[0] as string, 'condition_stays_above_p90_at_provider')[0]?.evidence_en;
    expect(evidence).toMatch(
      /^Stay of 6 days beyond the 90th percentile \(5\.0 days\) of A-4-13-I at other hospitals; provider 3171R001 kept 8 of its 12/,
    );
  });

  it('leaves a lone long stay at another hospital alone', () => {
    expect(run().signalsOf(loneLongStay, 'PROLONGED_LOS')).toEqual([]);
  });
});

describe('UPCODING: unsupported grouping at the base tariff key, against other facilities', () => {
  it('names severity-III stays billed as severity II costs at their own tariff region and ownership', () => {
    for (const sep of upcoded) expect(run().signalsOf(sep, 'UPCODING'), sep).toContain('severity_without_resource_use');
    const evidence = run().hitsOf(upcoded[0] as string, 'severity_without_resource_use')[0]?.evidence_en;
    expect(evidence).toMatch(
      /at most the median of A-4-11-II at other class B hospitals \(Rp[\d,]+ at this claim's tariff region and class/,
    );
  });

  it("names an infarction billed within the angina tariff at the claim's key, above the angina median", () => {
    for (const sep of infarctionAsBilledAngina) expect(run().signalsOf(sep, 'UPCODING'), sep).toContain('severity_without_resource_use');
    const evidence = run().hitsOf(infarctionAsBilledAngina[0] as string, 'severity_without_resource_use')[0]?.evidence_en;
    expect(evidence).toMatch(
      /^I-4-10-I coded, but billed Rp[\d,]+ over 2 days: at most the INA-CBG tariff of I-4-17-I \(Rp3,37\d,\d{3} at this claim's tariff region and class\)/,
    );
    expect(run().signalsOf(shortInfarction, 'UPCODING')).not.toContain('severity_without_resource_use');
  });

  it('leaves a severity-III stay billed what severity III costs at its tariff key', () => {
    const grouping = ['severity_without_resource_use', 'severity_unsupported_at_provider'];
    expect(
      run()
        .signalsOf(severeAtItsKey, 'UPCODING')
        .filter((s) => grouping.includes(s)),
    ).toEqual([]);
  });
});

describe('ROOM_CLASS: a full ward (Permenkes 28/2014)', () => {
  it('accepts one class up for at most three days, billed at the entitled class with nobody charged', () => {
    expect(run().signalsOf(wardFull, 'ROOM_CLASS')).toEqual([]);
    expect(run().signalsOf(wardFullClass2, 'ROOM_CLASS')).toEqual([]);
  });

  it('still flags a longer stay up, two classes up, a class billed up, a PBI member charged and an upgrade with no class', () => {
    expect(run().signalsOf(upgradeTooLong, 'ROOM_CLASS')).toEqual(['upgrade_without_payer']);
    expect(run().signalsOf(twoClassesUp, 'ROOM_CLASS')).toEqual(['upgrade_without_payer']);
    expect(run().signalsOf(billedUp, 'ROOM_CLASS')).toContain('pbi_billed_above_class_3');
    expect(run().signalsOf(paidByMember, 'ROOM_CLASS')).toEqual(['upgrade_without_payer']);
    expect(run().signalsOf(upgradeNoClass, 'ROOM_CLASS')).toEqual(['upgrade_without_payer']);
  });
});
