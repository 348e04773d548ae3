// UPCODING by adding a dearer operation (upcoding-procedure-group.ts): appendectomies coded with an
// exploratory laparotomy beside them (K-1-14 instead of K-1-12), kept and billed as appendectomies
// (red team RT-UPCODE-98). Near misses: a perforated appendix opened into a laparotomy and kept a
// week on the laparotomy's bill, a short laparotomy with no other operation coded, and an
// appendectomy with a hernia repair beside it (the groups are too close in price to tell apart).
// Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';
import { MIN_PEER_GROUP } from './peers.js';

const SIGNAL = 'procedure_group_above_other_operation';
const book = patients('pg');
const APPENDECTOMY_BILL = {
  tarif_prosedur_bedah: 2_500_000,
  tarif_tenaga_ahli: 800_000,
  tarif_kamar: 900_000,
  tarif_obat: 700_000,
  tarif_bmhp: 400_000,
  tarif_laboratorium: 200_000,
};

/** A surgical stay on day `k` at `facility_id` of `los` days, the appendectomy's bill times `factor`. */
function operation(k: number, facility_id: string, code: { cbg: string; dx: string; px: string }, los: number, factor = 1): string {
  const masuk = addDays('2025-03-03', k);
  const bill = Object.fromEntries(
    Object.entries(APPENDECTOMY_BILL).map(([c, v]) => [c, Math.round((v * factor * (1 + 0.01 * (k % 5))) / 100) * 100]),
  );
  return book.stay({
    kode_inacbg: code.cbg,
    diagnosa: code.dx,
    procedure: code.px,
    jenis_rawat: 1,
    facility_id,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, los),
    waktu_operasi: `${masuk} 19:30:00`,
    ...billOf(bill),
  });
}

const APPENDECTOMY = { cbg: 'K-1-12-I', dx: 'K35.8', px: '47.09' };
const LAPAROTOMY = { cbg: 'K-1-14-I', dx: 'K56.6', px: '54.11' };
const PEERS = ['3171R001', '3273R001', '7371R001'];
// appendectomies and honest laparotomies (a week, twice the bill) at three hospitals
const peers = [
  ...Array.from({ length: MIN_PEER_GROUP + 4 }, (_, k) => operation(k, PEERS[k % 3] ?? '', APPENDECTOMY, 3)),
  ...Array.from({ length: 6 }, (_, k) => operation(40 + k, PEERS[k % 3] ?? '', LAPAROTOMY, 7, 2)),
];
// the new hospital: appendectomies with a laparotomy coded beside them, three days, an appendectomy's bill
const coded = [50, 57, 64].map((k) => operation(k, '3171R002', { cbg: 'K-1-14-I', dx: 'K56.6#K35.8', px: '54.11#47.09' }, 3));
// an appendix opened into a laparotomy (coded as the scheme codes it): both operations, a week, the laparotomy's bill
const converted = operation(70, '3171R002', { cbg: 'K-1-14-I', dx: 'K56.6#K35.8', px: '54.11#47.09' }, 7, 2);
// a short cheap laparotomy with no other operation coded: not this rule's (no cheaper operation on the record)
const laparotomyAlone = operation(72, '3171R002', LAPAROTOMY, 3);
// an appendectomy with a hernia repair beside it billed as a hernia repair: K-1-13 is 0.83x K-1-12, no step to tell
const withHernia = operation(74, '3171R002', { cbg: 'K-1-12-I', dx: 'K35.8#K40.9', px: '47.09#53.00' }, 3, 0.8);

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe('UPCODING a dearer operation coded beside the one whose group the stay has the resources of', () => {
  it('flags 3-day appendectomies grouped as laparotomies, the tariff share above the appendectomy at stake', () => {
    for (const sep of coded) {
      const [h] = run().hitsOf(sep, SIGNAL);
      expect(h?.fraud_type).toBe('UPCODING');
      expect(h?.strength).toBe('suspicious');
      // K-1-12 is 6.5M of K-1-14's 12M: 46% of the tariff at risk
      expect(h?.amount_at_risk).toBeGreaterThan(0);
      expect(h?.evidence_en).toContain('beside operation 47.09 of K-1-12-I');
      expect(h?.evidence_id).toContain('K-1-12-I');
    }
  });

  it('leaves peers, a converted laparotomy of a week, a laparotomy alone and an appendectomy with a hernia repair alone', () => {
    for (const sep of [...peers, converted, laparotomyAlone, withHernia]) expect(run().hitsOf(sep, SIGNAL), sep).toEqual([]);
  });
});
