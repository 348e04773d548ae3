// Detectors that compare coding and care with case-mix peers, on hand-built cases and near misses:
// severity the stay's cost and care do not support (UPCODING), stays stretched past the norm
// (PROLONGED_LOS), admissions for outpatient conditions (UNNECESSARY_TREATMENT) and ventilation
// hours bunched just past a tariff boundary (VENTILATOR). Against a class A hospital's dearer care,
// a short stay in intensive care, a ventilated severity-III stay, a hospital's one long stay and
// spread-out ventilation hours. One in-memory warehouse of its own, with peers at class C and A.
import { describe } from 'vitest';
import { CASE_TOPICS, caseBook, components, itFiresOnTheCases, ordinaryPeers, detectorsRunOnce } from '../test-support/detector-cases.js';
import { CBG_SEVERE, FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const book = caseBook();
const { add, vary, expectCase, claims } = book;
const BANDUNG = '3273R001';
const MEDAN = '1271R001';
const JAKARTA2 = '3171R002';
/** A class A referral hospital: its case-mix peers are class A hospitals. */
const MEDAN_CLASS_A: Row = {
  facility_id: MEDAN,
  facility_type: 'RSU',
  hospital_class: 'A',
  province_code: '12',
  regency_code: '1271',
  ownership: 'PEMERINTAH',
  tariff_region: 2,
  latitude: 3.6,
  longitude: 98.7,
};
/** A ventilated ICU stay. */
const ventilated = (facility: string, hours: number, icuDays = 5): Row =>
  vary({ facility_id: facility, ventilator_hour: hours, icu_indikator: 1, icu_los: icuDays });

ordinaryPeers(book);

expectCase(
  'UPCODING',
  add('up1', { kode_inacbg: CBG_SEVERE, diagnosa: 'A01.0#J96.0#R57.0' }),
  add('up2', { kode_inacbg: CBG_SEVERE, diagnosa: 'A01.0#J96.0#I10' }),
);
expectCase('PROLONGED_LOS', add('los1', { tgl_pulang: '2024-03-22' }), add('los2', { tgl_pulang: '2024-03-16' }));
expectCase(
  'UNNECESSARY_TREATMENT',
  add('un1', { diagnosa: 'J06.9', tgl_pulang: '2024-03-11' }),
  add('un2', { diagnosa: 'J06.9', tgl_pulang: '2024-03-13' }),
);
// Bandung ends seven ventilations just past 96 h and none just before it; Jakarta ends as many on either side
const bunched = Array.from({ length: 7 }, (_, i) => add(`ve${i}`, ventilated(BANDUNG, 96 + i)));
const spread = Array.from({ length: 6 }, (_, i) =>
  add(`vj${i}`, vary({ ventilator_hour: i < 3 ? 90 + i : 97 + i, icu_indikator: 1, icu_los: 5 })),
);
expectCase('VENTILATOR', bunched[1] as string, spread[4] as string);
expectCase('VENTILATOR', bunched[6] as string, add('ve-late', ventilated(BANDUNG, 130, 7)));
// Makassar codes twelve severity-III stays of a CBG group its peers code as severity I; Jakarta's own few are no pattern
const upcoded = Array.from({ length: 12 }, (_, i) => add(`us${i}`, vary({ facility_id: '7371R001', kode_inacbg: CBG_SEVERE })));
expectCase('UPCODING', upcoded[0] as string, add('us-jkt', vary({ kode_inacbg: CBG_SEVERE })));

// pneumonia at class C (Bandung) and class A (Medan): severity I stays of 4 days, severity III stays of 8 days
// costing twice as much, and class A hospitals spending more on both
const pneumonia: Row = { kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9' };
const severePneumonia: Row = { kode_inacbg: 'J-4-16-III', diagnosa: 'J18.9#J96.0' };
for (let i = 0; i < 20; i++) {
  add(`pnC1-${i}`, { facility_id: BANDUNG, ...pneumonia, ...components(100_000 + 1_000 * i) });
  add(`pnC3-${i}`, { facility_id: BANDUNG, ...severePneumonia, tgl_pulang: '2024-03-18', ...components(250_000 + 1_000 * i) });
  add(`pnA1-${i}`, { facility_id: MEDAN, ...pneumonia, ...components(250_000 + 1_000 * i) });
  add(`pnA3-${i}`, { facility_id: MEDAN, ...severePneumonia, tgl_pulang: '2024-03-18', ...components(600_000 + 1_000 * i) });
}
// severity III at class C billed like its severity I stays; the class A stay costs what a class C severity III
// stay costs, which is more than a class A severity I stay: its severity is supported against its own class
const unsupportedSeverity = add('upr1', { facility_id: BANDUNG, ...severePneumonia, ...components(95_000) });
const classAStay = add('upr2', { facility_id: MEDAN, ...severePneumonia, tgl_pulang: '2024-03-16', ...components(300_000) });
expectCase('UPCODING', unsupportedSeverity, classAStay);
// sepsis as primary diagnosis on a 2-day, cheap stay sent home; the near miss is a short stay in intensive care
const sepsis: Row = { kode_inacbg: 'A-4-10-III', diagnosa: 'A41.9' };
for (let i = 0; i < 5; i++) add(`sep${i}`, { ...sepsis, tgl_pulang: '2024-03-18', ...components(400_000) });
expectCase(
  'UPCODING',
  add('sepx1', { ...sepsis, tgl_pulang: '2024-03-12', ...components(80_000) }),
  add('sepx2', { ...sepsis, tgl_pulang: '2024-03-12', icu_indikator: 1, icu_los: 2, ...components(400_000) }),
);

// Jakarta 2 (a clean history) keeps four typhoid stays to 7 days, beyond the peers' 90th percentile but under the
// claim-level cut (1.75x the norm); Makassar has one such stay, which is no pattern
const longStays = Array.from({ length: 4 }, (_, i) => add(`ls${i}`, vary({ facility_id: JAKARTA2, tgl_pulang: '2024-03-17' })));
expectCase('PROLONGED_LOS', longStays[2] as string, add('ls-mks', vary({ facility_id: '7371R001', tgl_pulang: '2024-03-17' })));

// a 2-day admission for dyspepsia; the near miss is a 2-day stay for appendicitis (no outpatient condition)
expectCase(
  'UNNECESSARY_TREATMENT',
  add('un3', { diagnosa: 'K30', tgl_pulang: '2024-03-12' }),
  add('un4', { diagnosa: 'K35.8', tgl_pulang: '2024-03-12' }),
);

// ventilation at a clean ICU (Jakarta 2): six stays billed at 98-104 h; spread-out hours at a referral hospital
for (let i = 0; i < 200; i++) add(`vs${i}`, ventilated(MEDAN, 20 + i, 6));
const hugged = Array.from({ length: 6 }, (_, i) => add(`vh${i}`, ventilated(JAKARTA2, 98 + i)));
expectCase('VENTILATOR', hugged[3] as string, add('vs-near', ventilated('7371R001', 98)));
// Makassar writes its long ventilations as whole days (120 h, 144 h); one whole day among Medan's spread-out hours is chance
const wholeDays = Array.from({ length: 5 }, (_, i) => add(`vw${i}`, ventilated('7371R001', i % 2 ? 144 : 120, 6)));
expectCase(
  'VENTILATOR',
  wholeDays[0] as string,
  claims.find((c) => c['facility_id'] === MEDAN && c['ventilator_hour'] === 120)?.['nomor_sep'] as string,
);

// infarction coded on stays billed like Bandung's angina stays; the near miss is an infarction stay with an infarction's care
const infarction: Row = { facility_id: BANDUNG, kode_inacbg: 'I-4-10-I', diagnosa: 'I21.9' };
for (let i = 0; i < 20; i++) {
  add(`ami${i}`, { ...infarction, procedure: '89.52#88.72', tgl_pulang: '2024-03-15', ...components(300_000 + 5_000 * i) });
  add(`ang${i}`, {
    facility_id: BANDUNG,
    kode_inacbg: 'I-4-17-I',
    diagnosa: 'I20.9',
    procedure: '89.52',
    tgl_pulang: '2024-03-13',
    ...components(100_000 + 5_000 * i),
  });
}
expectCase(
  'UPCODING',
  add('amix1', { ...infarction, procedure: '89.52', tgl_pulang: '2024-03-12', ...components(95_000) }),
  add('amix2', { ...infarction, procedure: '89.52#88.72', tgl_pulang: '2024-03-12', ...components(310_000) }),
);
// Makassar's severity-III mix above its peers names its stays without intensive care, not a ventilated one
expectCase(
  'UPCODING',
  upcoded[1] as string,
  add('us-vent', vary({ facility_id: '7371R001', kode_inacbg: CBG_SEVERE, icu_indikator: 1, icu_los: 2, ventilator_hour: 30 })),
);
// twelve days in a ward is a stretched stay; twelve days of which eight in intensive care is not
expectCase(
  'PROLONGED_LOS',
  add('los3', vary({ tgl_pulang: '2024-03-22' })),
  add('los-icu', vary({ facility_id: '7371R001', tgl_pulang: '2024-03-22', icu_indikator: 1, icu_los: 8 })),
);

const run = detectorsRunOnce(book, [...Object.values(FACILITIES), MEDAN_CLASS_A]);

describe('fraud detectors on hand-built cases: coding and care against case-mix peers', () => {
  itFiresOnTheCases(book, CASE_TOPICS['casemix'] ?? [], run);
});
