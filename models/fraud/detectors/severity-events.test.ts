// UPCODING group_severity_above_peers and severity_above_peers_across_groups count events, not
// stays (stay-events.ts stayEventWeightSql, as the coder count does): three mothers delivered of
// twins by caesarean, each pair jaundiced and small at severity II, at a hospital with no other
// newborns are three births, too few to judge against the group's rate elsewhere (red team
// RT-NM-TWINS-81); a multiple birth weighs nothing (3 of 3 events at a rate of 0.1 is no coding:
// twins are born small far more often than single babies). Six unrelated newborns are six, and named.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const TWINS_HOSPITAL = '3171R001';
const SINGLES_HOSPITAL = '3171R002';
const PEERS = ['7371R001', '3273R001'];

const book = patients('sevev');
const { claims, members } = book;

/** A newborn's jaundice stay of `days` days from its birth on `born`, billed `each` a day in room and nursing. */
const newborn = (card: string, facility: string, born: string, severity: 'I' | 'II', days: number, each: number): string =>
  book.claimOf(card, {
    facility_id: facility,
    tgl_masuk: born,
    tgl_pulang: addDays(born, days),
    coder_id: `K${facility}${severity}`,
    kode_inacbg: `P-8-11-${severity}`,
    diagnosa: severity === 'I' ? 'P59.9' : 'P59.9#P05.9',
    procedure: '99.83',
    ...billOf({ tarif_kamar: each * days, tarif_keperawatan: each * days, tarif_obat: each, tarif_laboratorium: each }),
  });

// jaundiced newborns elsewhere, nearly all single births: one in ten at severity II, billed more than those at I
for (let i = 0; i < 96; i++) {
  const born = addDays('2023-06-05', 4 * i);
  newborn(
    book.card({ birth_date: born }),
    PEERS[Math.floor(i / 4) % 2] ?? '',
    born,
    i % 10 === 0 ? 'II' : 'I',
    3 + (i % 3),
    (i % 10 === 0 ? 260_000 : 150_000) + 1_000 * i,
  );
}
// three caesarean births of twins, preterm: the mother admitted in labour the day before, both babies under her family card
const twins = [0, 1, 2].flatMap((b) => {
  const born = addDays('2024-02-10', 41 * b);
  const family = `kk-twin-birth-${b}`;
  book.claimOf(book.card({ birth_date: '1992-05-01', family_key: family }), {
    facility_id: TWINS_HOSPITAL,
    tgl_masuk: addDays(born, -1),
    tgl_pulang: addDays(born, 3),
    kode_inacbg: 'O-6-10-II',
    diagnosa: 'O82.9#O60.1',
    procedure: '74.1',
    ...billOf({ tarif_kamar: 900_000, tarif_keperawatan: 600_000, tarif_tenaga_ahli: 2_000_000 }),
  });
  return [0, 1].map((t) => newborn(book.card({ birth_date: born, family_key: family }), TWINS_HOSPITAL, born, 'II', 5, 150_000 + 500 * t));
});
// six unrelated newborns at severity II at another hospital, billed as those at severity I elsewhere
const unrelated = [0, 1, 2, 3, 4, 5].map((i) => {
  const born = addDays('2024-02-12', 19 * i);
  return newborn(book.card({ birth_date: born, family_key: `kk-one-birth-${i}` }), SINGLES_HOSPITAL, born, 'II', 5, 150_000 + 700 * i);
});

const run = runDetectorsOnce({ members, claims });

describe('UPCODING: a group’s severity counted by event', () => {
  it('leaves three births of twins at severity II alone, in the group and over all groups', () => {
    for (const sep of twins) {
      const signals = run().signalsOf(sep, 'UPCODING');
      expect(signals, sep).not.toContain('group_severity_above_peers');
      expect(signals, sep).not.toContain('severity_above_peers_across_groups');
    }
  });

  it('names six unrelated newborns at severity II, the count in events', () => {
    for (const sep of unrelated) {
      const [hit] = run().hitsOf(sep, 'group_severity_above_peers');
      expect(hit?.evidence_en, sep).toMatch(
        /^Provider 3171R002 coded 6\.0 of its 6\.0 stays of group P-8-11 above severity I \(0\.0 at III; a family's stays/,
      );
    }
  });
});
