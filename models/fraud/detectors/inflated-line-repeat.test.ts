// INFLATED_BILL line outliers as a scheme's evidence (inflated-line-repeat.ts): a hospital billing its
// laboratory at three times its peers' share on every patient of a group is named, with the count that says so;
// a new hospital's two one-off visits at 2.3x (red team RT-NM-OFFDUTY-121) and a drug line at 2.8x once are not; a
// laboratory line at eight times its peers' share, a drug line at four times, are named on their own.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { LINE_OUTLIER_ALONE } from '../test-support/line-outliers.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';
import type { Row } from '../test-support/hand-built.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';

const book = patients('lrep');
const SCHEME = String(FACILITIES['makassar']?.['facility_id']);
const NEW_HOSPITAL = '3301R001';
const HONEST = ['jakarta1', 'jakarta2', 'bandung'].map((k) => String(FACILITIES[k]?.['facility_id']));

/** A 4-day typhoid stay (the hand-built CBG, no procedure): support Rp150,000 against Rp950,000 of the rest, `over` on top. */
function stay(facilityId: string, over: Row = {}): string {
  const k = book.cards + 1;
  const masuk = `2024-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`;
  return book.stay({
    facility_id: facilityId,
    tgl_masuk: masuk,
    tgl_pulang: `2024-0${1 + (k % 9)}-${String(5 + (k % 23)).padStart(2, '0')}`,
    ...billOf({
      tarif_kamar: 400_000 + 1_000 * (k % 7),
      tarif_konsultasi: 200_000,
      tarif_keperawatan: 200_000,
      tarif_laboratorium: 100_000,
      tarif_radiologi: 50_000,
      tarif_obat: 150_000,
      ...over,
    }),
  });
}

// ordinary stays at three hospitals: the peers
HONEST.forEach((f) => Array.from({ length: 10 }, () => stay(f)));
// the scheme: laboratory Rp400,000 (support 3.0x the peers' share) on four patients of the group, beside ordinary stays
const scheme = Array.from({ length: 4 }, () => stay(SCHEME, { tarif_laboratorium: 400_000 }));
Array.from({ length: 4 }, () => stay(SCHEME));
// the near miss: a new hospital's two one-off stays at 2.3x among its ordinary ones
const oneOffs = Array.from({ length: 2 }, () => stay(NEW_HOSPITAL, { tarif_laboratorium: 300_000 }));
Array.from({ length: 6 }, () => stay(NEW_HOSPITAL));
// one stay whose laboratory is 8.3x the peers' share, at an honest hospital
const huge = stay(String(HONEST[1]), { tarif_laboratorium: 1_200_000 });
// one stay whose drug line is 2.8x its peers', once at its hospital (the red team's one-off hand cut), and one at 4x
const drugOnce = stay(String(HONEST[2]), { tarif_obat: 420_000 });
const drugFourTimes = stay(String(HONEST[0]), { tarif_obat: 600_000 });

const tables = { facilities: [...Object.values(FACILITIES), hospital(NEW_HOSPITAL)], members: book.members, claims: book.claims };
const run = runDetectorsOnce(tables);
// the same rows with every line outlier a hit on its own: what the repeats clear
const alone = runDetectorsOnce(tables, undefined, LINE_OUTLIER_ALONE);
const support = (sep: string) => run().hitsOf(sep, 'support_services_outlier');

describe('INFLATED_BILL line outliers and their repeats at the hospital', () => {
  it('names the support outliers a hospital repeats beyond the peers’ rate, with the count', () => {
    for (const sep of scheme) {
      expect(support(sep)).toHaveLength(1);
      expect(support(sep)[0]?.evidence_en).toMatch(/= 3\.0x the share .*; 4 patients of this hospital above 2x against \d\.\d expected/);
      expect(support(sep)[0]?.evidence_id).toContain('4 pasien RS ini di atas 2x');
    }
  });

  it('leaves two one-off outliers at a small new hospital alone', () => {
    expect(oneOffs.flatMap((sep) => alone().signalsOf(sep, 'INFLATED_BILL'))).toEqual([
      'support_services_outlier',
      'support_services_outlier',
    ]);
    expect(oneOffs.flatMap((sep) => run().signalsOf(sep, 'INFLATED_BILL'))).toEqual([]);
  });

  it('names one support line past five times its peers on its own', () => {
    expect(support(huge)[0]?.evidence_en).toMatch(/= 8\.\dx the share of the median claim with CBG A-4-11-I and procedures \[\]$/);
  });

  it('leaves a drug line at 2.8 times its peers once at its hospital alone, names one at four times', () => {
    expect(run().hitsOf(drugFourTimes, 'drug_device_outlier')[0]?.evidence_en).toMatch(
      /= 4\.0x the share of the median claim with CBG A-4-11-I/,
    );
    expect(alone().signalsOf(drugOnce, 'INFLATED_BILL')).toEqual(['drug_device_outlier']);
    expect(run().signalsOf(drugOnce, 'INFLATED_BILL')).toEqual([]);
  });

  it('publishes the repeats per hospital for arrival, none for the one-offs', async () => {
    const rows = await run().warehouse.query<{ facility_id: string; line: string; observed: number | bigint; peer_key: string | null }>(
      `SELECT facility_id, line, observed, peer_key FROM (SELECT facility_id, unnest(line_repeat, recursive := true) FROM ${PROVIDER_DISTRIBUTION_TABLE})
       ORDER BY facility_id, peer_key NULLS FIRST`,
    );
    expect(rows.filter((r) => r.facility_id === NEW_HOSPITAL)).toEqual([]);
    const own = rows.filter((r) => r.facility_id === SCHEME);
    expect(own.map((r) => [r.line, Number(r.observed), r.peer_key === null])).toEqual([
      ['support', 4, true],
      ['support', 4, false],
    ]);
  });
});
