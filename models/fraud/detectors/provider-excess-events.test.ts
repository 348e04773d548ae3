// UPCODING coder_severity_above_colleagues counts events, not stays (provider-excess.ts
// stayEventWeightSql): three births of twins coded severity II by a hospital's one coder are three
// outcomes, too few to judge against the group's rate elsewhere (red team RT-NM-TWINS-81); six
// unrelated newborns coded so by one coder are six, and name the coder.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const PEERS = ['7371R001', '3273R001'];

const book = patients('events');
const { claims, members } = book;

const jaundice = (severity: 'I' | 'II'): Row => ({
  kode_inacbg: `P-8-11-${severity}`,
  diagnosa: severity === 'I' ? 'P59.9' : 'P59.9#P05.9',
  procedure: '99.83',
});
/** A newborn's stay of `days` days from its birth on `born`, billed `each` a day in room, nursing, drugs and tests. */
const newborn = (card: string, facility: string, born: string, severity: 'I' | 'II', days: number, each: number): string =>
  book.claimOf(card, {
    facility_id: facility,
    tgl_masuk: born,
    tgl_pulang: addDays(born, days),
    coder_id: `K${facility}01`,
    ...jaundice(severity),
    ...billOf({ tarif_kamar: each * days, tarif_keperawatan: each * days, tarif_obat: each, tarif_laboratorium: each }),
  });

// jaundiced newborns elsewhere: one in four at severity II, billed more than those at I
for (let i = 0; i < 96; i++) {
  const born = addDays('2023-06-05', 4 * i);
  const card = book.card({ birth_date: born });
  newborn(
    card,
    PEERS[Math.floor(i / 4) % 2] ?? '',
    born,
    i % 4 === 0 ? 'II' : 'I',
    3 + (i % 3),
    i % 4 === 0 ? 260_000 + 1_000 * i : 150_000 + 1_000 * i,
  );
}
// three births of twins at a hospital with no other newborns, both of a pair at severity II under one family card
const twins = [0, 1, 2].flatMap((b) => {
  const born = addDays('2024-02-10', 41 * b);
  return [0, 1].map((t) =>
    newborn(book.card({ birth_date: born, family_key: `kk-twins-${b}` }), JAKARTA1, born, 'II', 5, 150_000 + 500 * t),
  );
});
// six unrelated newborns at severity II under another hospital's one coder
const unrelated = [0, 1, 2, 3, 4, 5].map((i) => {
  const born = addDays('2024-02-12', 19 * i);
  return newborn(book.card({ birth_date: born, family_key: `kk-single-${i}` }), JAKARTA2, born, 'II', 5, 150_000 + 700 * i);
});

const run = runDetectorsOnce({ members, claims });

describe('UPCODING: a coder’s severity counted by event', () => {
  it('leaves three births of twins coded severity II by one coder alone', () => {
    for (const sep of twins) expect(run().signalsOf(sep, 'UPCODING'), sep).not.toContain('coder_severity_above_colleagues');
  });

  it('names six unrelated newborns coded so by one coder, the count in events', () => {
    for (const sep of unrelated) {
      const [hit] = run().hitsOf(sep, 'coder_severity_above_colleagues');
      expect(hit?.evidence_en, sep).toMatch(/^Coder K3171R00201 at provider 3171R002 coded 6\.0 stays above severity I \(a family's stays/);
    }
  });
});
