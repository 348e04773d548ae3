// INFLATED_BILL an implant operation's device line against its hospital's own series (inflated-line-step.ts, the
// `device` component; named by the device rule, inflated-device.ts): a hospital billing a dearer implant (3x its usual
// plate) on three of twelve fracture fixations with the RR-03 top-up is named, under the device rule's 4x and the kit
// rule's whole line (red team RT-INFLATED-143: a locking plate billed for a conventional one); a second plate on three
// patients (2x), a hospital dearer on every plate, two one-off patients and fixations without an implant top-up that
// bill 3x devices are not.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { hospital } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';
import type { Row } from '../test-support/hand-built.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';

const book = patients('implant');
const SCHEME = '7315R001';
const SECOND_PLATE = '7316R001';
const DEAR = '7317R001';
const ONE_OFFS = '7318R001';
const NO_TOPUP = '7319R001';
const PEERS = ['7301R001', '7302R001', '7303R001', '7304R001', '7305R001', '7306R001', '7307R001', '7308R001'];
const PLATE = 600_000;
const TOPUP: Row = { special_cmg: 'RR-03', tarif_special_cmg: 4_800_000 };

/** A 4-day tibial shaft fixation (79.35) with the RR-03 plate top-up: a plate of Rp600,000 on the devices line, `over` on top. */
function fixation(facilityId: string, over: Row = {}): string {
  const k = book.cards;
  const masuk = `2024-0${1 + (k % 9)}-${String(1 + (k % 24)).padStart(2, '0')}`;
  return book.stay({
    facility_id: facilityId,
    kode_inacbg: 'M-1-60-I',
    diagnosa: 'S82.2',
    procedure: '79.35',
    tgl_masuk: masuk,
    tgl_pulang: `2024-0${1 + (k % 9)}-${String(5 + (k % 24)).padStart(2, '0')}`,
    ...TOPUP,
    ...billOf({
      tarif_kamar: 1_600_000 + 10_000 * (k % 7),
      tarif_prosedur_bedah: 3_000_000,
      tarif_tenaga_ahli: 600_000,
      tarif_keperawatan: 400_000,
      // an honest spread of drugs and the plate (within a tenth)
      tarif_obat: 1_560_000 + 20_000 * (k % 5),
      tarif_bmhp: 1_000_000,
      tarif_alkes: PLATE + 12_000 * (k % 4),
      ...over,
    }),
  });
}

// the peers: ordinary fixations at eight hospitals
PEERS.forEach((f) => Array.from({ length: 8 }, () => fixation(f)));
// a hospital billing a plate at 3x its usual one on three of twelve fixations: devices 3x, the drug line ~1.4x
const scheme = Array.from({ length: 3 }, () => fixation(SCHEME, { tarif_alkes: 3 * PLATE }));
Array.from({ length: 9 }, () => fixation(SCHEME));
// a second plate on three of twelve (2x): what a complication takes, under the 2.5x step
const secondPlate = Array.from({ length: 3 }, () => fixation(SECOND_PLATE, { tarif_alkes: 2 * PLATE }));
Array.from({ length: 9 }, () => fixation(SECOND_PLATE));
// a hospital whose plate is 3x everyone's on every fixation: dearer by its prices, no step against itself
const dear = Array.from({ length: 12 }, () => fixation(DEAR, { tarif_alkes: 3 * PLATE }));
// two one-off patients at 3x among ten
const oneOffs = Array.from({ length: 2 }, () => fixation(ONE_OFFS, { tarif_alkes: 3 * PLATE }));
Array.from({ length: 8 }, () => fixation(ONE_OFFS));
// fixations without an implant top-up: the devices line is no implant's price, not judged in the series
const noTopup = Array.from({ length: 3 }, () => fixation(NO_TOPUP, { special_cmg: null, tarif_special_cmg: 0, tarif_alkes: 3 * PLATE }));
Array.from({ length: 9 }, () => fixation(NO_TOPUP, { special_cmg: null, tarif_special_cmg: 0 }));

const run = runDetectorsOnce({
  facilities: [...PEERS, SCHEME, SECOND_PLATE, DEAR, ONE_OFFS, NO_TOPUP].map((f) => hospital(f)),
  members: book.members,
  claims: book.claims,
});

describe('INFLATED_BILL an implant operation’s device line against its hospital’s own series', () => {
  it('names a dearer implant on three of twelve fixations, under the device rule and the kit rule', () => {
    for (const sep of scheme) {
      const hits = run().hitsOf(sep, 'drug_device_outlier');
      expect(hits).toHaveLength(1);
      expect(hits[0]?.evidence_en).toMatch(
        /^Devices of an implant operation \(top-up RR-03\) 2\.\dx the device share of the median claim with CBG M-1-60-I and procedures \[79\.35\]; Devices Rp1,800,000 = 2\.\dx the devices share of this hospital's own median claim of that group \(12 patients\); 3 patients of this hospital in the same peer group above 2\.5x their own median against 0\.\d expected at other hospitals' rate$/,
      );
      expect(hits[0]?.evidence_id).toContain('Alkes operasi implan (top-up RR-03)');
      // the amount at risk is the devices above the hospital's own usual plate
      expect(hits[0]?.amount_at_risk).toBeGreaterThan(1_100_000);
      expect(hits[0]?.amount_at_risk).toBeLessThan(1_250_000);
    }
  });

  it('leaves a second plate, a hospital dearer on every plate, two one-offs and fixations without an implant top-up alone', () => {
    for (const sep of [...secondPlate, ...dear, ...oneOffs, ...noTopup])
      expect([sep, run().signalsOf(sep, 'INFLATED_BILL')]).toEqual([sep, []]);
  });

  it('publishes the stepping implant series with its own median for arrival, only at the scheme', async () => {
    const rows = await run().warehouse.query<{
      facility_id: string;
      peer_key: string;
      patients: number | bigint;
      observed: number | bigint;
    }>(
      `SELECT facility_id, peer_key, patients, observed FROM (SELECT facility_id, unnest(line_step, recursive := true) FROM ${PROVIDER_DISTRIBUTION_TABLE})
       WHERE line = 'device'`,
    );
    expect(rows.map((r) => [r.facility_id, r.peer_key, Number(r.patients), Number(r.observed)])).toEqual([
      [SCHEME, 'procedures|M-1-60-I|79.35|RR-03', 12, 3],
    ]);
  });
});
