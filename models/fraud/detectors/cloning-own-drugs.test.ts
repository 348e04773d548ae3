// CLONING on outpatient bills: a dialysis unit's sessions carry its one price for the session and
// each patient's own erythropoietin dose (red team RT-NM-DIALYSIS-81), too few patients and too
// short a span for a package, every bill alike but in the drugs: the price list, not a copy. A
// clinic visit copied to other patients with its drugs is still near-identical. Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const MAKASSAR = '7371R001';
const BANDUNG = '3273R001';

const book = patients('own-drugs');
const { claims, members } = book;

/** A new class-3 patient's outpatient claims at `days` (offsets from `start`), billed `components`. */
function patient(start: string, days: readonly number[], over: Row, components: Row): string[] {
  const card = book.card({ care_class: 3 });
  return days.map((d) => {
    const masuk = addDays(start, d);
    return book.claimOf(card, { tgl_masuk: masuk, tgl_pulang: masuk, jenis_rawat: 2, kelas_rawat: 3, ...over, ...billOf(components) });
  });
}

// five patients dialysed twice a week for five weeks: the unit's session price, each patient's own dose
const DIALYSIS = { kode_inacbg: 'N-3-15-0', diagnosa: 'N18.5#Z49.1', procedure: '39.95', facility_id: MAKASSAR };
const SESSION = { tarif_prosedur_non_bedah: 450_000, tarif_bmhp: 310_000, tarif_laboratorium: 62_300, tarif_alkes: 120_000 };
const sessions = [0, 1, 2, 3, 4].flatMap((p) =>
  patient(
    '2024-03-04',
    Array.from({ length: 10 }, (_, s) => Math.floor(3.5 * s) + (p % 2)),
    DIALYSIS,
    { ...SESSION, tarif_obat: Math.round((85_000 * (0.9 + 0.07 * p)) / 100) * 100 },
  ),
);

// a hypertension control visit's bill, drugs and all, copied to three more patients within a week
const VISIT = { kode_inacbg: 'Q-5-44-0', diagnosa: 'I10#E78.5', facility_id: BANDUNG };
const VISIT_BILL = { tarif_konsultasi: 87_300, tarif_laboratorium: 143_700, tarif_obat: 212_400, tarif_bmhp: 9_800 };
const [original, ...copies] = [0, 2, 4, 6].flatMap((d) => patient('2024-03-11', [d], VISIT, VISIT_BILL));

const run = runDetectorsOnce({ members, claims });

describe('CLONING: outpatient bills alike but in the patient’s own drugs', () => {
  it('leaves a dialysis unit’s sessions at its price with each patient’s own dose clean', () => {
    for (const sep of sessions) expect(run().signalsOf(sep, 'CLONING'), sep).toEqual([]);
  });

  it('still names a visit copied to other patients with its drugs', () => {
    expect(copies).toHaveLength(3);
    for (const sep of copies) {
      const [hit] = run().hitsOf(sep, 'near_identical_claim_other_patient');
      expect(hit?.related_sep, sep).toContain(original);
    }
  });
});
