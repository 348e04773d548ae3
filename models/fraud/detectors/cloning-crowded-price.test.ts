// CLONING at a busy outpatient service: itemised bills crowd a 2% price bucket by chance (ten of
// seventy patients of a gastroenteritis visit billed Rp210,000, each split their own way),
// which is nobody's package price, so a bill copied to another patient there is still compared and
// named. Against it, a physiotherapy service at two prices (a short and a long session), each billed
// to half its patients: two packages, left clean. Hand-built rows; no generated data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const claims: Row[] = [];
const members: Row[] = [];
const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const ZERO = Object.fromEntries(
  [
    'tarif_prosedur_non_bedah',
    'tarif_prosedur_bedah',
    'tarif_konsultasi',
    'tarif_tenaga_ahli',
    'tarif_keperawatan',
    'tarif_penunjang',
    'tarif_radiologi',
    'tarif_laboratorium',
    'tarif_pelayanan_darah',
    'tarif_rehabilitasi',
    'tarif_kamar',
    'tarif_rawat_intensif',
    'tarif_obat',
    'tarif_obat_kronis',
    'tarif_obat_kemoterapi',
    'tarif_alkes',
    'tarif_bmhp',
    'tarif_sewa_alat',
  ].map((c) => [c, 0]),
);

let patients = 0;
/** A class-3 patient's outpatient visits on `dates`, each billed `components` (every other component zero). */
function visits(dates: readonly string[], over: Row, components: Row): string[] {
  const card = `cp${++patients}`;
  members.push(member(card, { care_class: 3 }));
  return dates.map((masuk) => {
    const c = claim(card, { tgl_masuk: masuk, tgl_pulang: masuk, jenis_rawat: 2, kelas_rawat: 3, ...over, ...ZERO, ...components });
    claims.push(c);
    return String(c['nomor_sep']);
  });
}

// a gastroenteritis visit at a busy hospital: 60 patients' bills spread from Rp120,000 to Rp520,000, 2.5% apart, and ten more
// billed Rp210,000 to the rupiah by chance, each split between drugs and tests their own way
const VISIT = { kode_inacbg: 'Q-5-42-0', diagnosa: 'A09', procedure: null };
const spread = Array.from({ length: 60 }, (_, i) =>
  visits([addDays('2024-01-08', 5 * i)], VISIT, {
    tarif_konsultasi: 85_000,
    tarif_obat: Math.round((120_000 * 1.025 ** i) / 100) * 100 - 90_000,
    tarif_laboratorium: 5_000,
  }),
).flat();
const crowded = Array.from({ length: 10 }, (_, i) =>
  visits([addDays('2024-03-04', 9 * i)], VISIT, {
    tarif_konsultasi: 85_000,
    tarif_obat: 40_000 + 8_000 * i,
    tarif_laboratorium: 85_000 - 8_000 * i,
  }),
).flat();
// the copy: the first crowded bill, line for line, on another patient three days later
const original = claims.find((c) => c['nomor_sep'] === crowded[0]) ?? {};
const [copy] = visits(['2024-03-07'], VISIT, {
  tarif_konsultasi: original['tarif_konsultasi'] ?? 0,
  tarif_obat: original['tarif_obat'] ?? 0,
  tarif_laboratorium: original['tarif_laboratorium'] ?? 0,
});

// physiotherapy at two prices, a short and a long session, each billed to eight of sixteen patients weekly for six weeks
const PHYSIO = { kode_inacbg: 'Z-3-12-0', diagnosa: 'M54.5', procedure: '93.39#93.11' };
const physio = Array.from({ length: 16 }, (_, p) =>
  visits(
    Array.from({ length: 6 }, (_, s) => addDays('2024-05-06', 7 * s + p)),
    PHYSIO,
    p % 2 === 0
      ? { tarif_rehabilitasi: 95_000, tarif_konsultasi: 35_000, tarif_bmhp: 12_400 }
      : { tarif_rehabilitasi: 160_000, tarif_konsultasi: 35_000, tarif_bmhp: 18_900 },
  ),
).flat();

let run: DetectorRun | undefined;
const cloningOf = (sep: string): string[] => (run?.hitsOf(sep) ?? []).filter((h) => h.fraud_type === 'CLONING').map((h) => h.signal);

beforeAll(async () => {
  run = await runDetectors({ members, claims });
});

afterAll(async () => {
  await run?.close();
});

describe('CLONING at a price bucket crowded by chance', () => {
  it('names the copy of a bill whose price ten other patients of the service happen to share', () => {
    expect(cloningOf(String(copy))).toEqual(['near_identical_claim_other_patient']);
  });

  it('leaves the honest bills of the service clean, the crowded and the spread', () => {
    for (const sep of [...crowded, ...spread]) expect(cloningOf(sep), sep).toEqual([]);
  });

  it('does not take the crowded price for a package, and takes each physiotherapy price for one', async () => {
    const rows = await run?.warehouse.query<{ kode_inacbg: string; patients: bigint }>(
      'SELECT kode_inacbg, patients FROM fraud_flat_packages ORDER BY kode_inacbg, patients',
    );
    expect(rows?.map((r) => [r.kode_inacbg, Number(r.patients)])).toEqual([
      ['Z-3-12-0', 8],
      ['Z-3-12-0', 8],
    ]);
  });

  it('leaves both physiotherapy prices clean', () => {
    for (const sep of physio) expect(cloningOf(sep), sep).toEqual([]);
  });
});
