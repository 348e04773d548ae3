// UPCODING by the procedure's fee (upcoding-procedure-fee.ts): bedside incision and drainage of a
// limb abscess coded as excisional debridement (86.22), moving the stay to S-1-10, its fee a minor
// procedure's (red team RT-UPCODE-104). Near misses: a debridement at half the usual fee, a minor
// fee with the surgeon's fee on the specialist line, and no fee at all (an operation not done:
// CANCELLED_SERVICE's). Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';
import { MIN_PEER_GROUP } from './peers.js';

const SIGNAL = 'procedure_group_with_minor_fee';
const book = patients('pf');
const DEBRIDEMENT = {
  tarif_prosedur_bedah: 1_300_000,
  tarif_prosedur_non_bedah: 130_000,
  tarif_tenaga_ahli: 430_000,
  tarif_bmhp: 260_000,
  tarif_alkes: 170_000,
  tarif_obat: 600_000,
  tarif_kamar: 900_000,
};

/** A debridement stay on day `k` at `facility_id`, its lines times `factor` per line. */
function debridement(k: number, facility_id: string, factor: Partial<Record<keyof typeof DEBRIDEMENT, number>>): string {
  const masuk = addDays('2025-03-03', k);
  const bill = Object.fromEntries(
    Object.entries(DEBRIDEMENT).map(([c, v]) => [
      c,
      Math.round((v * (factor[c as keyof typeof DEBRIDEMENT] ?? 1) * (1 + 0.01 * (k % 5))) / 100) * 100,
    ]),
  );
  return book.stay({
    kode_inacbg: 'S-1-10-I',
    diagnosa: 'L02.4',
    procedure: '86.22',
    jenis_rawat: 1,
    facility_id,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, 4),
    waktu_operasi: `${masuk} 13:30:00`,
    ...billOf(bill),
  });
}

// debridement in theatre at three hospitals
const peers = Array.from({ length: MIN_PEER_GROUP + 4 }, (_, k) => debridement(k, ['3171R001', '3273R001', '7371R001'][k % 3] ?? '', {}));
// the new hospital: a bedside drainage fee in the operation's place, the specialist line a ward's
const minor = { tarif_prosedur_bedah: 0.25, tarif_prosedur_non_bedah: 0.6, tarif_tenaga_ahli: 0.45 };
const coded = [30, 34, 38].map((k) => debridement(k, '3171R002', minor));
// near misses: half the usual fee, a minor fee with the surgeon's fee on the specialist line, no fee at all
const halfFee = debridement(40, '3171R002', { tarif_prosedur_bedah: 0.5, tarif_prosedur_non_bedah: 0.6 });
const feeOnSpecialistLine = debridement(41, '3171R002', { ...minor, tarif_tenaga_ahli: 2.5 });
const noFee = debridement(42, '3171R002', { tarif_prosedur_bedah: 0, tarif_prosedur_non_bedah: 0 });

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe('UPCODING an operation that moves the stay into a procedure group, billed with a minor procedure’s fee', () => {
  it('flags bedside drainage coded as excisional debridement, the stay’s payment at stake', () => {
    for (const sep of coded) {
      const [h] = run().hitsOf(sep, SIGNAL);
      expect(h?.fraud_type).toBe('UPCODING');
      expect(h?.strength).toBe('suspicious');
      expect(h?.amount_at_risk).toBeGreaterThan(0);
      expect(h?.evidence_en).toContain('bedside incision and drainage');
      expect(h?.evidence_id).toContain('86.22');
    }
  });

  it('leaves peers, a half fee, a fee on the specialist line and an operation with no fee alone', () => {
    for (const sep of [...peers, halfFee, feeOnSpecialistLine, noFee]) expect(run().hitsOf(sep, SIGNAL), sep).toEqual([]);
  });
});
