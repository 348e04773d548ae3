// UPCODING by the procedure, read from the bill (upcoding-procedure-bill.ts): manual small-incision
// cataract surgery (a rigid lens, no phaco pack) coded as phacoemulsification with the phaco top-up
// SP-02, its device line a tenth of the phaco peers' (red team RT-UPCODE-103). Near misses: phaco
// with a cheaper foldable lens, a lens billed on the consumables line, and a cheap lens coded as
// phaco without the top-up (nothing paid for the item). Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';
import { MIN_PEER_GROUP } from './peers.js';

const SIGNAL = 'procedure_billed_with_cheaper_devices';
const book = patients('pb');
const PHACO = {
  tarif_prosedur_bedah: 2_650_000,
  tarif_tenaga_ahli: 900_000,
  tarif_konsultasi: 300_000,
  tarif_alkes: 1_450_000,
  tarif_bmhp: 385_000,
  tarif_obat: 142_000,
};
const TOP_UP = { special_cmg: 'SP-02', tarif_special_cmg: 2_400_000 };

/** A cataract day case on day `k` at `facility_id`, its lines times `factor` per line. */
function cataract(k: number, facility_id: string, factor: Partial<Record<keyof typeof PHACO, number>>, topUp = true): string {
  const masuk = addDays('2025-02-03', k);
  const bill = Object.fromEntries(
    Object.entries(PHACO).map(([c, v]) => [c, Math.round((v * (factor[c as keyof typeof PHACO] ?? 1) * (1 + 0.01 * (k % 5))) / 100) * 100]),
  );
  return book.stay({
    kode_inacbg: 'H-2-36-0',
    diagnosa: 'H25.9',
    procedure: '13.41#13.71',
    jenis_rawat: 2,
    facility_id,
    tgl_masuk: masuk,
    tgl_pulang: masuk,
    ...billOf(bill),
    ...(topUp ? TOP_UP : {}),
  });
}

// phaco at three hospitals, foldable lens and phaco pack
const peers = Array.from({ length: MIN_PEER_GROUP + 4 }, (_, k) => cataract(k, ['3171R001', '3273R001', '7371R001'][k % 3] ?? '', {}));
// the district hospital: SICS, a rigid lens and no cassette, coded as phaco with the top-up
const sics = { tarif_alkes: 0.15, tarif_bmhp: 0.45, tarif_prosedur_bedah: 0.8 };
const coded = [30, 34, 38].map((k) => cataract(k, '3329R001', sics));
// near misses: a cheaper foldable lens (devices at 0.6), a lens billed on the consumables line, SICS coded phaco without the top-up
const cheaperFoldable = cataract(40, '3329R001', { tarif_alkes: 0.6 });
const lensAsConsumable = cataract(41, '3329R001', { tarif_alkes: 0.15, tarif_bmhp: 5 });
const noTopUp = cataract(42, '3329R001', sics, false);

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe('UPCODING a procedure with a device top-up billed with a cheaper procedure’s devices', () => {
  it('flags SICS coded as phaco with the top-up, the top-up at stake', () => {
    for (const sep of coded) {
      const [h] = run().hitsOf(sep, SIGNAL);
      expect(h?.fraud_type).toBe('UPCODING');
      expect(h?.strength).toBe('suspicious');
      expect(h?.amount_at_risk).toBe(2_400_000);
      expect(h?.evidence_en).toContain('manual small-incision cataract surgery');
      expect(h?.evidence_id).toContain('SP-02');
    }
  });

  it('leaves phaco peers, a cheaper foldable lens, a lens on the consumables line and a claim without the top-up alone', () => {
    for (const sep of [...peers, cheaperFoldable, lensAsConsumable, noTopUp]) expect(run().hitsOf(sep, SIGNAL), sep).toEqual([]);
  });
});
