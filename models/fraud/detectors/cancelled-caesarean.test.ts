// CANCELLED_SERVICE on caesareans, which INA-CBG groups under the obstetric case type 6 (O-6-10),
// not a procedural one (round 13, RT-CANCEL-131): a booked mother delivered on the ward before her
// theatre slot, the claim still coding 74.1 with a small surgical fee, no operation time and the
// bill of a vaginal delivery; against a caesarean whose time was not recorded once (its fee and
// theatre on the bill), one priced at the hospital's own lower tariff with its time, and a vaginal
// delivery (73.59, no surgical fee). Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const PEER_FEE = 1_350_000;

let cards = 0;
/** One mother's stay on a card of her own, at Bandung (class C), in March 2024 unless given. */
function add(over: Row): string {
  const card = `cs${++cards}`;
  members.push(member(card, { sex: 'P', birth_date: `199${cards % 10}-05-0${1 + (cards % 9)}` }));
  const day = `2024-03-${String(1 + (cards % 27)).padStart(2, '0')}`;
  const c = claim(card, { facility_id: BANDUNG, tgl_masuk: day, tgl_pulang: day, ...over, tarif_kamar: 300_000 + 1_000 * cards });
  claims.push(c);
  return String(c['nomor_sep']);
}
/** A caesarean as the hospital's peers bill it: three days, the surgeon's fee, theatre materials, its time recorded. */
const caesarean = (day: string): Row => ({
  kode_inacbg: 'O-6-10-I',
  diagnosa: 'O34.2',
  procedure: '74.1',
  tgl_masuk: day,
  tgl_pulang: addDays(day, 3),
  tarif_prosedur_bedah: PEER_FEE,
  tarif_prosedur_non_bedah: 180_000,
  tarif_alkes: 200_000,
  tarif_bmhp: 350_000,
  tarif_sewa_alat: 130_000,
  waktu_masuk: `${day} 08:00:00`,
  waktu_operasi: `${day} 10:00:00`,
});
/** The bill of a vaginal delivery: two days, small theatre-free lines. */
const VAGINAL_BILL: Row = { tarif_prosedur_non_bedah: 90_000, tarif_alkes: 50_000, tarif_bmhp: 120_000, tarif_sewa_alat: 40_000 };

for (let i = 0; i < 24; i++) add(caesarean(`2024-02-${String(1 + i).padStart(2, '0')}`));
// delivered on the ward the night before theatre: 74.1 still coded, the midwife's repair fee on the surgical line, no time
const deliveredFirst = add({
  ...caesarean('2024-03-10'),
  ...VAGINAL_BILL,
  tgl_pulang: '2024-03-12',
  tarif_prosedur_bedah: 350_000,
  waktu_operasi: null,
});
// near misses: a caesarean whose time was not entered (fee and theatre billed); one at the hospital's lower tariff, timed
const untimedDone = add({ ...caesarean('2024-03-11'), waktu_operasi: null });
const cheaperTimed = add({ ...caesarean('2024-03-12'), tarif_prosedur_bedah: 700_000 });
// a vaginal delivery: a ward procedure with no surgical fee, not an operation
const vaginal = add({
  kode_inacbg: 'O-6-13-I',
  diagnosa: 'O80.0',
  procedure: '73.59',
  tgl_masuk: '2024-03-13',
  tgl_pulang: '2024-03-15',
  tarif_prosedur_bedah: 0,
  ...VAGINAL_BILL,
});

const run = runDetectorsOnce({ members, claims });

describe('CANCELLED_SERVICE: caesareans under the obstetric group', () => {
  it('names a caesarean billed at a fraction of the fee with no operation time', () => {
    const [hit] = run().hitsOf(deliveredFirst, 'operation_fee_low_without_record');
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toMatch(
      /^Operation 74\.1 billed with its fee at Rp350,000.* against a peer median of Rp1,350,000, and without .*an operation time/,
    );
  });

  it('leaves an untimed caesarean with its fee and theatre, a cheaper timed one and a vaginal delivery alone', () => {
    for (const sep of [untimedDone, cheaperTimed, vaginal]) expect(run().signalsOf(sep, 'CANCELLED_SERVICE'), sep).toEqual([]);
  });
});
