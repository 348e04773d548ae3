// CLONING over months with a flat nudge (clone-templates.ts templateNudgeShare; red team
// RT-CLONE-91): one caesarean's bill copied for other mothers weeks apart, a flat Rp5,000-45,000
// added to every billed line (zero lines kept zero), so small lines move by far more than the
// per-cent tolerance. Near misses: honest caesareans billed for their own care, a stay whose lines
// each differ by Rp150,000 (3% of the bill, a different bill), and a copy that bills a line the
// template left at zero. A hospital whose only caesareans are the template and its nudged copies
// (no stay billed otherwise) is named too: a fee schedule bills equal sums, not nudged ones.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { patients } from '../test-support/patients.js';
import { CLONING_DETECTOR } from './cloning.js';

const book = patients('tnudge');
/** A three-day caesarean's bill (Rp4.9 million); intensive care, chemotherapy, chronic drugs and rental zero. */
const BILL: Row = {
  tarif_prosedur_non_bedah: 192_800,
  tarif_prosedur_bedah: 1_288_300,
  tarif_konsultasi: 99_700,
  tarif_tenaga_ahli: 494_600,
  tarif_keperawatan: 277_200,
  tarif_penunjang: 219_600,
  tarif_radiologi: 147_200,
  tarif_laboratorium: 298_800,
  tarif_pelayanan_darah: 57_300,
  tarif_rehabilitasi: 0,
  tarif_kamar: 461_400,
  tarif_rawat_intensif: 0,
  tarif_obat: 673_300,
  tarif_obat_kronis: 0,
  tarif_obat_kemoterapi: 0,
  tarif_alkes: 214_700,
  tarif_bmhp: 267_900,
  tarif_sewa_alat: 0,
};
/** BILL with `add(k)` rupiah added to its k-th billed line. */
const plus = (add: (k: number) => number): Row =>
  Object.fromEntries(Object.entries(BILL).map(([c, v], k) => [c, Number(v) > 0 ? Number(v) + add(k) : 0]));
const caesarean = (masuk: string, bill: Row, facility = '3171R001'): string =>
  book.stay({
    facility_id: facility,
    kode_inacbg: 'O-6-10-I',
    diagnosa: 'O82.9#O34.2',
    procedure: '74.1',
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, 3),
    ...bill,
  });

const template = caesarean('2024-01-08', BILL);
// copies five to seven weeks apart, each line plus Rp5,000-45,000
const copies = [0, 1, 2].map((n) =>
  caesarean(
    addDays('2024-02-19', 40 * n),
    plus((k) => 5_000 * (1 + ((n * 4 + k * 5) % 9))),
  ),
);
// honest caesareans of the facility, billed for their own care
const honest = [0, 1].map((n) =>
  caesarean(
    addDays('2024-01-29', 45 * n),
    plus((k) => Math.round(Number(Object.values(BILL)[k]) * (0.12 + 0.07 * n))),
  ),
);
// each line Rp150,000 away (3% of the bill): another bill
const farther = caesarean(
  '2024-05-27',
  plus(() => 150_000),
);
// a line the template did not bill (rehabilitation Rp40,000), the others nudged
const extraLine = caesarean('2024-06-24', { ...plus(() => 20_000), tarif_rehabilitasi: 40_000 });

// Bandung: the template and its nudged copies are the hospital's only caesareans (no stay billed otherwise)
const onlyCopies = [0, 1, 2].map((n) =>
  caesarean(
    addDays('2024-01-15', 45 * n),
    plus((k) => 5_000 * ((n * 2 + k * 7) % 9)),
    '3273R001',
  ),
);

const hits = runDetectorsOnce({ members: book.members, claims: book.claims });
const templateHits = (): string[] =>
  hits()
    .hits.filter((h) => h.fraud_type === 'CLONING' && h.signal === 'bill_template_reused')
    .map((h) => h.nomor_sep);

describe('CLONING of a bill nudged by flat sums', () => {
  it('names every copy and the template of a family of nudged copies', () => {
    expect(CLONING_DETECTOR.thresholds.templateNudgeShare.value).toBe(0.01);
    expect([...templateHits()].sort()).toEqual([template, ...copies, ...onlyCopies].sort());
    const evidence = hits().hits.find((h) => h.nomor_sep === copies[0] && h.signal === 'bill_template_reused')?.evidence_en;
    expect(evidence).toContain('within 5% (or, billed on both, 1% of the bill or Rp50,000 within 2% of it)');
    // where no other stay of the service was billed otherwise, the nudges themselves tell the copies from a fee schedule
    const alone = hits().hits.find((h) => h.nomor_sep === onlyCopies[2] && h.signal === 'bill_template_reused')?.evidence_en;
    expect(alone).toContain('2 of them differing from this bill by small sums line by line');
  });

  it('leaves honest stays, lines 3% of the bill away and a copy billing a line the template did not', () => {
    const named = templateHits();
    for (const sep of [...honest, farther, extraLine]) expect(named, sep).not.toContain(sep);
  });
});
