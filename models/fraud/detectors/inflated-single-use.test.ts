// INFLATED_BILL drug_device_outlier and single-use devices a coded condition requires
// (inflated-single-use.ts): haemodialysis sessions of patients with hepatitis B or HIV take a new
// dialyser and bloodline each time (red team RT-NM-DIALYSER-108), two to two and a half times a
// reused session's consumables and devices. The same kit billed for a patient with no such
// infection (RT-INFLATED-101: reused dialysers billed new), and an infected patient's session
// inflated far beyond the kit, are still outliers. Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { LINE_OUTLIER_ALONE } from '../test-support/line-outliers.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';
import { MIN_PEER_GROUP } from './peers.js';

const book = patients('su');
const SESSION = {
  tarif_prosedur_non_bedah: 520_000,
  tarif_keperawatan: 180_000,
  tarif_laboratorium: 60_000,
  tarif_obat: 30_000,
  tarif_bmhp: 350_000,
  tarif_alkes: 150_000,
};

/** One haemodialysis session of a new patient with `diagnosa`, consumables and devices times `bmhp` and `alkes`. */
function session(k: number, diagnosa: string, bmhp = 1, alkes = 1): string {
  const masuk = addDays('2025-01-06', k);
  const bill: Row = billOf({
    ...SESSION,
    tarif_bmhp: SESSION.tarif_bmhp * bmhp,
    tarif_alkes: SESSION.tarif_alkes * alkes,
    tarif_obat: SESSION.tarif_obat + 1_000 * (k % 7),
  });
  return book.stay({ kode_inacbg: 'N-3-15-0', diagnosa, procedure: '39.95', jenis_rawat: 2, tgl_masuk: masuk, tgl_pulang: masuk, ...bill });
}

// the peers: reused dialysers, ordinary sessions
const reused = Array.from({ length: MIN_PEER_GROUP + 4 }, (_, k) => session(k, 'N18.5#Z49.1'));
// single use required: hepatitis B, HIV, HIV infection without disease
const hepatitisB = session(40, 'N18.5#B18.1#Z49.1', 3, 2);
const hiv = session(41, 'N18.5#B20.9#Z49.1', 2.3, 1.9);
const hivCarrier = session(42, 'N18.5#Z21#Z49.1', 3, 2);
// the kit billed new with no infection that forbids reuse, and an infected session inflated beyond the kit
const billedNew = session(43, 'N18.5#Z49.1', 3, 2);
const beyondKit = session(44, 'N18.5#B18.1#Z49.1', 8, 6);
// hepatitis C: reuse is allowed under standard precautions, so its new kit is no indication
const hepatitisC = session(45, 'N18.5#B18.2#Z49.1', 3, 2);

const run = runDetectorsOnce({ members: book.members, claims: book.claims }, undefined, LINE_OUTLIER_ALONE);
const outlier = (sep: string) => run().hitsOf(sep, 'drug_device_outlier');

describe('INFLATED_BILL and single-use dialysers a coded infection requires', () => {
  it('leaves the sessions of patients with hepatitis B or HIV on a new kit clean', () => {
    for (const sep of [hepatitisB, hiv, hivCarrier]) expect(outlier(sep), sep).toEqual([]);
    for (const sep of reused) expect(outlier(sep), sep).toEqual([]);
  });

  it('flags the same kit billed for a patient with no infection that forbids reuse, and hepatitis C', () => {
    expect(outlier(billedNew)).toHaveLength(1);
    expect(outlier(hepatitisC)).toHaveLength(1);
  });

  it("flags an infected patient's session inflated far beyond the single-use kit", () => {
    expect(outlier(beyondKit)).toHaveLength(1);
  });
});
