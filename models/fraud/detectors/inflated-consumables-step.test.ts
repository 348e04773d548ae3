// INFLATED_BILL an operation's consumables against its hospital's own series (inflated-line-step.ts, the `consumables`
// component of the drug line; named by drug_device_outlier): a hospital billing a second consumables set (2.5x its
// usual cement, drapes and lavage kit, devices 1.5x) on three of twelve knee replacements with the RR-02 top-up is
// named, under the drug line's own step (red team RT-INFLATED-152); two one-off second sets, a hospital dearer on every
// set and three patients at 1.8x (under the 2x step) are not.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { hospital } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';
import type { Row } from '../test-support/hand-built.js';

const book = patients('bmhp');
const SCHEME = '1971R001';
const ONE_OFFS = '1972R001';
const DEAR = '1973R001';
const MILD = '1974R001';
const PEERS = ['1901R001', '1902R001', '1903R001', '1904R001', '1905R001', '1906R001', '1907R001', '1908R001'];
const SET = 500_000;

/** A 5-day knee replacement (81.54) with the RR-02 top-up: a consumables set of Rp500,000, `over` on top. */
function knee(facilityId: string, over: Row = {}): string {
  const k = book.cards;
  const masuk = `2024-0${1 + (k % 9)}-${String(1 + (k % 23)).padStart(2, '0')}`;
  return book.stay({
    facility_id: facilityId,
    kode_inacbg: 'M-1-31-I',
    diagnosa: 'M17.9',
    procedure: '81.54',
    tgl_masuk: masuk,
    tgl_pulang: `2024-0${1 + (k % 9)}-${String(6 + (k % 23)).padStart(2, '0')}`,
    special_cmg: 'RR-02',
    tarif_special_cmg: 25_000_000,
    ...billOf({
      tarif_kamar: 2_000_000 + 10_000 * (k % 7),
      tarif_prosedur_bedah: 6_000_000,
      tarif_tenaga_ahli: 1_000_000,
      tarif_keperawatan: 600_000,
      // an honest spread of drugs and the set (within a tenth)
      tarif_obat: 1_560_000 + 20_000 * (k % 5),
      tarif_alkes: 640_000,
      tarif_bmhp: SET + 10_000 * (k % 4),
      ...over,
    }),
  });
}

// the peers: ordinary knee replacements at eight hospitals
PEERS.forEach((f) => Array.from({ length: 8 }, () => knee(f)));
// a second set on three of twelve: consumables 2.5x, devices 1.5x, the drug line ~1.4x its own usual share
const scheme = Array.from({ length: 3 }, () => knee(SCHEME, { tarif_bmhp: 2.5 * SET, tarif_alkes: 960_000 }));
// and on a fourth whose set was cheaper: 1.9x (1.8x as a share), under the step but nearer the three than the hospital's own median
const smallerSet = knee(SCHEME, { tarif_bmhp: 1.9 * SET, tarif_alkes: 960_000 });
Array.from({ length: 9 }, () => knee(SCHEME));
// two one-off second sets among ten (a complication's)
const oneOffs = Array.from({ length: 2 }, () => knee(ONE_OFFS, { tarif_bmhp: 2.5 * SET }));
Array.from({ length: 8 }, () => knee(ONE_OFFS));
// a hospital whose set is 2.5x everyone's on every knee: dearer by its prices, no step against itself
const dear = Array.from({ length: 10 }, () => knee(DEAR, { tarif_bmhp: 2.5 * SET }));
// three patients at 1.8x their hospital's usual set, under the 2x step
const mild = Array.from({ length: 3 }, () => knee(MILD, { tarif_bmhp: 1.8 * SET }));
Array.from({ length: 9 }, () => knee(MILD));

const run = runDetectorsOnce({
  facilities: [...PEERS, SCHEME, ONE_OFFS, DEAR, MILD].map((f) => hospital(f)),
  members: book.members,
  claims: book.claims,
});

describe('INFLATED_BILL an operation’s consumables against its hospital’s own series', () => {
  it('names a second consumables set on three of twelve knee replacements, under the drug line’s own step', () => {
    for (const sep of scheme) {
      const hits = run().hitsOf(sep, 'drug_device_outlier');
      expect(hits).toHaveLength(1);
      expect(hits[0]?.evidence_en).toMatch(
        /^Drugs, devices and consumables Rp3,\d{3},\d{3} = 1\.\dx the share of the median claim with CBG M-1-31-I and procedures \[81\.54\]; Consumables Rp1,250,000 = 2\.\dx the consumables share of this hospital's own median claim of that group \(13 patients\); 3 patients of this hospital in the same peer group above 2x their own median against 0\.\d expected at other hospitals' rate$/,
      );
      expect(hits[0]?.evidence_id).toContain('BMHP Rp1,250,000 = 2.');
      // the amount at risk is the consumables above the hospital's own usual set
      expect(hits[0]?.amount_at_risk).toBeGreaterThan(700_000);
      expect(hits[0]?.amount_at_risk).toBeLessThan(800_000);
    }
  });

  it('names a fourth second set under the step with the three, as nearer their median than its own', () => {
    const hits = run().hitsOf(smallerSet, 'drug_device_outlier');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence_en).toMatch(/; Consumables Rp950,000 = 1\.[89]x .* this claim nearer their median \(2\.\dx\) than its own$/);
  });

  it('leaves two one-off second sets, a hospital dearer on every set and three mild steps alone', () => {
    for (const sep of [...oneOffs, ...dear, ...mild]) expect([sep, run().signalsOf(sep, 'INFLATED_BILL')]).toEqual([sep, []]);
  });
});
