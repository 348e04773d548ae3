// INFLATED_BILL line outliers against the hospital's own bills (inflated-line-step.ts): a hospital billing a
// laboratory line 1.8x its own usual bill on three patients of a group (under the 2x screen against the peers) is
// named, and so is a drug line 1.9x its own usual bill on three of eighteen stays (under the 2.5x screen: red team
// RT-INFLATED-131's branded antibiotics), and a radiology line at a CT's price on three patients (2.9-3x its own
// radiology, 1.5x its support line: RT-INFLATED-141); a hospital dearer on every bill by its tariffs, two one-off patients
// (RT-NM-OFFDUTY-121), one patient's four stays at the same step and three patients at 1.5x (under the 1.6x step) are not.
// Where three patients' steps on a component repeat, a fourth under the step but nearer them than the own median is named
// with them (RT-INFLATED-152's smaller second set), a patient near the own median is not.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';
import type { Row } from '../test-support/hand-built.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';

const book = patients('lstep');
const SUPPORT_SCHEME = String(FACILITIES['makassar']?.['facility_id']);
const DRUG_SCHEME = '3208R001';
const DEAR = '3301R001';
const ONE_OFFS = '3302R001';
const ONE_PATIENT = '3303R001';
const MILD = '3304R001';
const RADIOLOGY_SCHEME = '3305R001';
const CLUSTER_SCHEME = '3306R001';
const HONEST = ['jakarta1', 'jakarta2', 'bandung'].map((k) => String(FACILITIES[k]?.['facility_id']));
// more peers: the rate of steps at other hospitals is a network's (the near misses' steps below are in it)
const MORE_PEERS = ['3311R001', '3312R001', '3313R001', '3314R001', '3315R001'];

/** A 4-day typhoid stay (the hand-built CBG, no procedure): laboratory and radiology Rp150,000 against Rp950,000 of the rest, `over` on top. */
function stay(facilityId: string, over: Row = {}, card = book.card()): string {
  const k = book.cards;
  const masuk = `2024-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`;
  return book.claimOf(card, {
    facility_id: facilityId,
    tgl_masuk: masuk,
    tgl_pulang: `2024-0${1 + (k % 9)}-${String(5 + (k % 23)).padStart(2, '0')}`,
    ...billOf({
      tarif_kamar: 400_000 + 1_000 * (k % 7),
      tarif_konsultasi: 200_000,
      tarif_keperawatan: 200_000,
      // an honest spread of the laboratory and the drugs around the usual bill (within a tenth)
      tarif_laboratorium: 95_000 + 2_500 * (k % 5),
      tarif_radiologi: 50_000,
      tarif_obat: 142_000 + 4_000 * (k % 5),
      ...over,
    }),
  });
}

// the peers: ordinary stays at eight hospitals
[...HONEST, ...MORE_PEERS].forEach((f) => Array.from({ length: 12 }, () => stay(f)));
// a busy hospital's laboratory at Rp220,000 on three patients (support 1.8x its own usual share, and the peers'), among 24 ordinary stays
const supportScheme = Array.from({ length: 3 }, () => stay(SUPPORT_SCHEME, { tarif_laboratorium: 220_000 }));
Array.from({ length: 24 }, () => stay(SUPPORT_SCHEME));
// a new hospital's drugs at Rp285,000 on three of eighteen stays (the drug line 1.9x its own usual share)
const drugScheme = Array.from({ length: 3 }, () => stay(DRUG_SCHEME, { tarif_obat: 285_000 }));
Array.from({ length: 15 }, () => stay(DRUG_SCHEME));
// a hospital whose tariffs put every bill's laboratory at Rp220,000: dearer everywhere, no step against itself
const dear = Array.from({ length: 12 }, () => stay(DEAR, { tarif_laboratorium: 220_000 }));
// two one-off patients at 1.8x among ten ordinary stays
const oneOffs = Array.from({ length: 2 }, () => stay(ONE_OFFS, { tarif_laboratorium: 220_000 }));
Array.from({ length: 10 }, () => stay(ONE_OFFS));
// one patient's four stays at 1.8x among ten ordinary stays: one patient's needs are one observation
const returning = book.card();
const onePatient = Array.from({ length: 4 }, () => stay(ONE_PATIENT, { tarif_laboratorium: 220_000 }, returning));
Array.from({ length: 10 }, () => stay(ONE_PATIENT));
// a hospital whose radiology is a small part of its support line (Rp40,000 beside Rp110,000 of laboratory) bills it at
// Rp120,000 (a CT's price on an X-ray) on three patients among 12: 2.9-3x its own radiology share, 1.5x its support line
const radiologyScheme = Array.from({ length: 3 }, () => stay(RADIOLOGY_SCHEME, { tarif_laboratorium: 110_000, tarif_radiologi: 120_000 }));
Array.from({ length: 12 }, () => stay(RADIOLOGY_SCHEME, { tarif_laboratorium: 110_000, tarif_radiologi: 40_000 }));
// three patients at 1.5x their hospital's own usual support share: what 1 in 1,000 honest bills reaches, under the step
const mild = Array.from({ length: 3 }, () => stay(MILD, { tarif_laboratorium: 175_000 }));
Array.from({ length: 12 }, () => stay(MILD));
// a hospital whose radiology steps 3x on three patients (proven by the repeat) and 2.25x on a fourth (under the 2.5x
// step): the fourth is nearer the three than its hospital's own median; a patient at 1.15x beside them is not
const clusterScheme = Array.from({ length: 3 }, () => stay(CLUSTER_SCHEME, { tarif_laboratorium: 110_000, tarif_radiologi: 120_000 }));
const clusterSmaller = stay(CLUSTER_SCHEME, { tarif_laboratorium: 110_000, tarif_radiologi: 90_000 });
const clusterHonest = stay(CLUSTER_SCHEME, { tarif_laboratorium: 110_000, tarif_radiologi: 46_000 });
Array.from({ length: 12 }, () => stay(CLUSTER_SCHEME, { tarif_laboratorium: 110_000, tarif_radiologi: 40_000 }));

const tables = {
  facilities: [
    ...Object.values(FACILITIES),
    ...[DRUG_SCHEME, DEAR, ONE_OFFS, ONE_PATIENT, MILD, RADIOLOGY_SCHEME, CLUSTER_SCHEME, ...MORE_PEERS].map((f) => hospital(f)),
  ],
  members: book.members,
  claims: book.claims,
};
const run = runDetectorsOnce(tables);

describe('INFLATED_BILL line outliers against the hospital’s own bills', () => {
  it('names a support line stepping above its hospital’s own bills on three patients, under the screen against the peers', () => {
    for (const sep of supportScheme) {
      const hits = run().hitsOf(sep, 'support_services_outlier');
      expect(hits).toHaveLength(1);
      expect(hits[0]?.evidence_en).toMatch(
        /= 1\.8x the share of the median claim with CBG A-4-11-I and procedures \[\]; 1\.8x the share of this hospital's own median claim of that group \(27 patients\); 3 patients of this hospital in the same peer group above 1\.6x their own median against 0\.\d expected at other hospitals' rate$/,
      );
      expect(hits[0]?.evidence_id).toContain('3 pasien RS ini pada kelompok pembanding yang sama di atas 1.6x median sendiri');
      // the amount at risk is the part of the line above the hospital's own usual bill
      expect(hits[0]?.amount_at_risk).toBeGreaterThan(100_000);
      expect(hits[0]?.amount_at_risk).toBeLessThan(140_000);
    }
  });

  it('names a drug line stepping above its hospital’s own bills on three of eighteen stays, under the 2.5x screen', () => {
    for (const sep of drugScheme) {
      const hits = run().hitsOf(sep, 'drug_device_outlier');
      expect(hits).toHaveLength(1);
      expect(hits[0]?.evidence_en).toMatch(
        /= 1\.9x the share of the median claim .*; 1\.9x the share of this hospital's own median claim of that group \(18 patients\); 3 patients/,
      );
    }
  });

  it('names a radiology line stepping above its hospital’s own radiology on three patients, under the support line’s step', () => {
    for (const sep of radiologyScheme) {
      const hits = run().hitsOf(sep, 'support_services_outlier');
      expect(hits).toHaveLength(1);
      expect(hits[0]?.evidence_en).toMatch(
        /= 1\.5x the share of the median claim with CBG A-4-11-I and procedures \[\]; Radiology Rp120,000 = [23]\.\dx the radiology share of this hospital's own median claim of that group \(15 patients\); 3 patients of this hospital in the same peer group above 2\.5x their own median against 0\.\d expected at other hospitals' rate$/,
      );
      expect(hits[0]?.evidence_id).toContain('x porsi radiologi median klaim RS ini sendiri pada kelompok itu (15 pasien)');
      // the amount at risk is the radiology above the hospital's own usual radiology
      expect(hits[0]?.amount_at_risk).toBeGreaterThan(70_000);
      expect(hits[0]?.amount_at_risk).toBeLessThan(90_000);
    }
  });

  it('names a claim under the step that is nearer its hospital’s stepping patients than its own median, where the steps repeat', () => {
    for (const sep of clusterScheme) expect(run().hitsOf(sep, 'support_services_outlier')).toHaveLength(1);
    const hits = run().hitsOf(clusterSmaller, 'support_services_outlier');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence_en).toMatch(
      /; Radiology Rp90,000 = 2\.\dx the radiology share of this hospital's own median claim of that group \(17 patients\); 3 patients of this hospital in the same peer group above 2\.5x their own median against 0\.\d expected at other hospitals' rate, this claim nearer their median \([23]\.\dx\) than its own$/,
    );
    expect(hits[0]?.evidence_id).toContain('klaim ini lebih dekat ke median mereka');
    expect(run().signalsOf(clusterHonest, 'INFLATED_BILL')).toEqual([]);
  });

  it('leaves a hospital dearer on every bill, two one-off patients, one patient’s repeated stays and three mild steps alone', () => {
    for (const sep of [...dear, ...oneOffs, ...onePatient, ...mild]) expect(run().signalsOf(sep, 'INFLATED_BILL')).toEqual([]);
  });

  it('publishes the stepping groups with their own median for arrival, only at the four schemes', async () => {
    const rows = await run().warehouse.query<{
      facility_id: string;
      line: string;
      patients: number | bigint;
      observed: number | bigint;
      own_median: number;
    }>(
      `SELECT facility_id, line, patients, observed, own_median FROM (SELECT facility_id, unnest(line_step, recursive := true) FROM ${PROVIDER_DISTRIBUTION_TABLE})
       ORDER BY facility_id, line`,
    );
    expect(rows.map((r) => [r.facility_id, r.line, Number(r.patients), Number(r.observed)])).toEqual([
      [DRUG_SCHEME, 'drug', 18, 3],
      [RADIOLOGY_SCHEME, 'radiology', 15, 3],
      [CLUSTER_SCHEME, 'radiology', 17, 3],
      [SUPPORT_SCHEME, 'support', 27, 3],
    ]);
    // the schemes' own usual bills are the peers' (within a tenth)
    for (const r of rows.filter((x) => x.line === 'drug' || x.line === 'support')) expect(Math.abs(r.own_median)).toBeLessThan(0.1);
  });
});
