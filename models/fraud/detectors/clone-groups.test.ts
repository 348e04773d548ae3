// CLONING across INA-CBG groups (clone-groups.ts): one typhoid stay's bill, every line to the
// rupiah (one copy retyped to its Rp100 rounding), reused on gastroenteritis and dengue stays of
// other patients is named on every copy and on the template; honest stays of other groups
// sharing their room, nursing and fees but not their drugs and tests, lump-sum bills on two
// lines, a delivery package billed alike to two severity levels, the facility's flat-fee package
// billed to a stay grouped elsewhere, and outpatient visits of two groups on one price list are
// left alone.
import { describe, expect, it } from 'vitest';
import { literal } from '../../../data-samples/sql/index.js';
import { arrivalByLoad } from '../test-support/cloning-arrival.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { crossGroupCopiesSql, crossGroupTotalRupiah } from './clone-groups.js';
import { CLONING_DETECTOR } from './cloning.js';
import { thresholdValues } from './types.js';

const { members, claims, add: addClaim } = claimBook();
/** A claim of a card of its own, the member born a year after the previous one. */
const add = (card: string, over: Row): string =>
  addClaim(card, over, { birth_date: `19${50 + members.length}-03-0${1 + (members.length % 9)}` });

/** A three-day typhoid stay's itemised bill: fees priced per day or act, and the patient's own drugs and tests. */
const TYPHOID_BILL: Row = {
  tarif_prosedur_non_bedah: 245_300,
  tarif_prosedur_bedah: 0,
  tarif_konsultasi: 180_000,
  tarif_tenaga_ahli: 412_500,
  tarif_keperawatan: 366_000,
  tarif_penunjang: 95_400,
  tarif_radiologi: 0,
  tarif_laboratorium: 418_750,
  tarif_pelayanan_darah: 0,
  tarif_rehabilitasi: 0,
  tarif_kamar: 540_000,
  tarif_rawat_intensif: 0,
  tarif_obat: 733_180,
  tarif_obat_kronis: 0,
  tarif_obat_kemoterapi: 0,
  tarif_alkes: 0,
  tarif_bmhp: 187_260,
  tarif_sewa_alat: 0,
};
/** The patient's own lines of TYPHOID_BILL, each moved by its own factor (another patient's care). */
const ownLines = (f: (k: number) => number): Row => ({
  ...TYPHOID_BILL,
  ...Object.fromEntries(
    ['tarif_obat', 'tarif_laboratorium', 'tarif_bmhp', 'tarif_penunjang'].map((c, k) => [c, Math.round(Number(TYPHOID_BILL[c]) * f(k))]),
  ),
});

const GROUPS = {
  typhoid: { kode_inacbg: 'A-4-11-I', diagnosa: 'A01.0', procedure: '99.21' },
  gastro: { kode_inacbg: 'K-4-17-I', diagnosa: 'A09', procedure: '99.18' },
  dengue: { kode_inacbg: 'A-4-13-I', diagnosa: 'A90', procedure: '90.59' },
} as const;
const stay = (group: keyof typeof GROUPS, masuk: string, bill: Row, over: Row = {}): Row => ({
  ...GROUPS[group],
  tgl_masuk: masuk,
  tgl_pulang: addDays(masuk, 3),
  ...bill,
  ...over,
});

// Jakarta 1: the template, copies two weeks to two months apart on other groups, honest stays of each group billed otherwise
const template = add('tpl', stay('typhoid', '2024-01-08', TYPHOID_BILL, { kode_dpjp: 'DIN1' }));
const copies = [
  add('cp1', stay('gastro', '2024-01-22', TYPHOID_BILL, { kode_dpjp: 'DPED1' })),
  add('cp2', stay('dengue', '2024-02-05', TYPHOID_BILL, { kode_dpjp: 'DIN2' })),
  // retyped: every line rounded to Rp100
  add(
    'cp3',
    stay('gastro', '2024-04-01', Object.fromEntries(Object.entries(TYPHOID_BILL).map(([c, v]) => [c, Math.round(Number(v) / 100) * 100])), {
      kode_dpjp: 'DIN1',
    }),
  ),
];
const honest = [
  add(
    'h1',
    stay(
      'typhoid',
      '2024-02-12',
      ownLines((k) => 1.15 + 0.1 * k),
    ),
  ),
  add(
    'h2',
    stay(
      'gastro',
      '2024-03-04',
      ownLines((k) => 0.7 + 0.05 * k),
    ),
  ),
  add(
    'h3',
    stay(
      'dengue',
      '2024-03-18',
      ownLines((k) => 1.4 - 0.1 * k),
    ),
  ),
];

// Bandung: honest stays of two groups a week apart sharing room, nursing, fees and consumables, not drugs and tests
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const sharedFees = [
  add('bf1', stay('typhoid', '2024-02-01', TYPHOID_BILL, { facility_id: BANDUNG })),
  add('bf2', stay('dengue', '2024-02-08', { ...TYPHOID_BILL, tarif_obat: 688_410, tarif_laboratorium: 502_300 }, { facility_id: BANDUNG })),
];

// Makassar: lump sums, the whole bill on room and nursing, alike for stays of three groups
const MAKASSAR = String(FACILITIES['makassar']?.['facility_id']);
const LUMP: Row = {
  ...Object.fromEntries(Object.keys(TYPHOID_BILL).map((c) => [c, 0])),
  tarif_kamar: 1_500_000,
  tarif_keperawatan: 600_000,
};
const lumpSums = (['typhoid', 'gastro', 'dengue'] as const).map((g, i) =>
  add(`lump${i}`, stay(g, addDays('2024-01-10', 9 * i), LUMP, { facility_id: MAKASSAR })),
);

// Makassar: a delivery package, billed alike to patients of two severity levels (three of each);
// Jakarta 2: the package of eight patients of one group, billed as well to a delivery grouped elsewhere
const JAKARTA2 = String(FACILITIES['jakarta2']?.['facility_id']);
const DELIVERY: Row = {
  ...TYPHOID_BILL,
  tarif_prosedur_non_bedah: 950_000,
  tarif_obat: 310_000,
  tarif_bmhp: 420_000,
  tarif_kamar: 360_000,
};
const delivery = (code: string, masuk: string, dx: string, facility = JAKARTA2): Row => ({
  kode_inacbg: code,
  diagnosa: dx,
  procedure: '73.59',
  tgl_masuk: masuk,
  tgl_pulang: addDays(masuk, 2),
  facility_id: facility,
  ...DELIVERY,
});
const levels = [0, 1, 2, 3, 4, 5].map((i) =>
  add(`lvl${i}`, delivery(i % 2 ? 'O-6-13-II' : 'O-6-13-I', addDays('2024-01-04', 11 * i), i % 2 ? 'O80.0#O99.0' : 'O80.0', MAKASSAR)),
);
const PACKAGE: Row = { ...DELIVERY, tarif_laboratorium: 275_000, tarif_obat: 295_500 };
const packaged = [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
  add(`pkg${i}`, { ...delivery('O-6-13-I', addDays('2024-03-02', 9 * i), 'O80.0'), ...PACKAGE }),
);
const groupedElsewhere = add('pkgO', { ...delivery('O-6-14-I', '2024-04-10', 'O42.9'), ...PACKAGE });

// Jakarta 1, outpatient: two groups' visits on one price list (consultation, tests, standard drugs)
const VISIT: Row = {
  ...Object.fromEntries(Object.keys(TYPHOID_BILL).map((c) => [c, 0])),
  tarif_konsultasi: 75_000,
  tarif_laboratorium: 48_000,
  tarif_obat: 36_500,
  tarif_bmhp: 12_000,
};
const visits = [
  add('v1', { jenis_rawat: 2, kode_inacbg: 'Q-5-42-0', diagnosa: 'J06.9', tgl_masuk: '2024-05-06', tgl_pulang: '2024-05-06', ...VISIT }),
  add('v2', { jenis_rawat: 2, kode_inacbg: 'Q-5-44-0', diagnosa: 'I10', tgl_masuk: '2024-05-08', tgl_pulang: '2024-05-08', ...VISIT }),
];

const run = runDetectorsOnce({ members, claims });
const flagged = (): Set<string> =>
  new Set(
    run()
      .hitsOfType('CLONING', 'bill_reused_across_groups')
      .map((h) => h.nomor_sep),
  );

describe('CLONING: one bill reused across INA-CBG groups', () => {
  it('names every copy on another group, the one retyped to its Rp100 rounding too, and the template of the family', () => {
    for (const sep of [template, ...copies]) expect(flagged().has(sep), sep).toBe(true);
    const hit = run().hitsOf(String(copies[1]), 'bill_reused_across_groups')[0];
    expect(hit?.related_sep).toEqual([template, copies[0], copies[2]]);
    expect(hit?.evidence_en).toContain('A-4-11-I, K-4-17-I');
    expect(hit?.evidence_en).toContain('this claim: A-4-13-I');
  });

  it('leaves honest stays, shared fees, lump sums, a package across severity levels or groups and outpatient price lists alone', async () => {
    for (const sep of [...honest, ...sharedFees, ...lumpSums, ...levels, ...packaged, groupedElsewhere, ...visits]) {
      expect(flagged().has(sep), sep).toBe(false);
    }
    // the package is set aside as the facility's package, not missed by the comparison
    const packages = await run().warehouse.query<{ n: bigint }>(
      `SELECT count(*) AS n FROM fraud_flat_packages WHERE facility_id = ${literal(JAKARTA2)} AND kode_inacbg = ${literal('O-6-13-I')}`,
    );
    expect(Number(packages[0]?.n)).toBeGreaterThan(0);
  });
});

/**
 * The bill_reused_across_groups evidence of each claim from only what arrival loads for it by the
 * bill (arrival-request-sql.ts): the facility's stays billed its total to the per-line rounding
 * within the template window, their members, and the batch's published flat packages.
 */
async function onArrival(seps: readonly string[]): Promise<Map<string, string[]>> {
  const t = thresholdValues(CLONING_DETECTOR);
  const day = (c: Row): number => Date.parse(String(c['tgl_masuk'])) / 86_400_000;
  const loadedOf = (sep: string): Row[] => {
    const x = claims.find((c) => c['nomor_sep'] === sep) ?? {};
    return claims.filter(
      (c) =>
        c['facility_id'] === x['facility_id'] &&
        c['jenis_rawat'] === 1 &&
        Math.abs(Number(c['billed_cost']) - Number(x['billed_cost'])) <= crossGroupTotalRupiah(t.crossGroupLineRupiah) &&
        Math.abs(day(c) - day(x)) <= t.templateWindowDays,
    );
  };
  return arrivalByLoad(run().warehouse, { members }, seps, loadedOf, async (arrival, sep) => {
    const hits = await arrival.query<{ evidence_en: string }>(`SELECT evidence_en FROM (${crossGroupCopiesSql(t)}) WHERE nomor_sep = $1`, [
      sep,
    ]);
    return hits.map((h) => h.evidence_en);
  });
}

describe('CLONING across groups on arrival: the stays billed alike are loaded by the bill', () => {
  it('gives the template, the copies and the near misses the verdict of the batch', async () => {
    const judged = [template, ...copies, ...sharedFees, groupedElsewhere, String(levels[1])];
    const arrival = await onArrival(judged);
    for (const sep of judged) {
      const batch = run()
        .hitsOf(sep, 'bill_reused_across_groups')
        .map((h) => h.evidence_en);
      expect(arrival.get(sep), sep).toEqual(batch);
    }
  });
});
