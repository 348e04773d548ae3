// One-night stays of snakebite (red team RT-NM-UNNEC-151, observation-night.ts): farmers bitten by snakes,
// admitted from the emergency room, observed twenty-four hours with clotting tests coded and billed and home
// the next afternoon, are not named one-night stays above case-mix peers; beside them, the same one-night
// habit with no blood test coded, with the tests coded but no laboratory charge, or with a scald coded
// instead of the bite, is named. Class C hospitals of their own; peers keep the same CBG's emergency
// patients three nights.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const SIGNAL = 'one_night_stays_above_casemix_peers';
const CBG = 'T-4-10-I';
const PEER_HOSPITALS = ['1174R011', '1175R011', '1176R011', '1177R011'];
const OBSERVED = '1101R151';
const NOT_TESTED = '1102R151';
const NO_LABORATORY = '1103R151';
const SCALD = '1104R151';

const facilities: Row[] = [
  ...Object.values(FACILITIES),
  ...[...PEER_HOSPITALS, OBSERVED, NOT_TESTED, NO_LABORATORY, SCALD].map((id) => hospital(id, { hospital_class: 'C' })),
];
const book = claimBook();
let n = 0;
/** An emergency stay of T-4-10-I on a card of its own: in at `inAt`, home `nights` days later at `outAt`. */
function emergencyStay(facility: string, nights: number, inAt: string, outAt: string, over: Row = {}): string {
  n++;
  const masuk = addDays('2025-01-03', 2 * n);
  const pulang = addDays(masuk, nights);
  return book.add(
    `bite${n}`,
    {
      facility_id: facility,
      kode_inacbg: CBG,
      tgl_masuk: masuk,
      tgl_pulang: pulang,
      jenis_pelayanan: 'IGD',
      waktu_masuk: `${masuk} ${inAt}:00`,
      waktu_pulang: `${pulang} ${outAt}:00`,
      diagnosa: 'T63.0',
      procedure: '90.59',
      tarif_laboratorium: 250_000,
      ...over,
    },
    { birth_date: '1980-03-01' },
  );
}
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));
/** Eight patients of one hospital, each in in the afternoon and home the next afternoon. */
const oneNightPatients = (facility: string, over: Row = {}): string[] =>
  times(8, (i) => emergencyStay(facility, 1, `${14 + (i % 3)}:${String((7 * i) % 60).padStart(2, '0')}`, '16:30', over));

// peers: the same CBG's emergency patients kept three nights, one in twenty-five sent home after one
for (const f of PEER_HOSPITALS) {
  times(24, () => emergencyStay(f, 3, '11:00', '10:00', { diagnosa: 'T60.0', procedure: '99.18' }));
  emergencyStay(f, 1, '15:00', '16:00');
}
const bitesObserved = oneNightPatients(OBSERVED);
const bitesNotTested = oneNightPatients(NOT_TESTED, { procedure: '99.18' });
const bitesWithoutLaboratory = oneNightPatients(NO_LABORATORY, { tarif_laboratorium: 0 });
const scaldsTested = oneNightPatients(SCALD, { diagnosa: 'T20.2' });

const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims });
const flagged = (): Set<string> =>
  new Set(
    run()
      .hitsOfType('UNNECESSARY_TREATMENT', SIGNAL)
      .map((h) => h.nomor_sep),
  );

describe('one-night stays of snakebite observation', () => {
  it('leaves alone snakebites admitted from the emergency room and observed a day with clotting tests billed', () => {
    for (const sep of bitesObserved) expect(run().signalsOf(sep, 'UNNECESSARY_TREATMENT'), sep).not.toContain(SIGNAL);
  });

  it('names the same one-night habit when no blood test is coded', () => {
    for (const sep of bitesNotTested) expect(flagged().has(sep), sep).toBe(true);
    expect(run().hitsOf(bitesNotTested[0] as string, SIGNAL)[0]?.evidence_en).toMatch(
      /^Severity-I stay of 1 night\(s\) for T63\.0 \(T-4-10-I\), admitted on a \w+ through the emergency department at 14:00; 1102R151 sent home/,
    );
  });

  it('names a bite whose tests are coded but no laboratory charge is billed', () => {
    for (const sep of bitesWithoutLaboratory) expect(flagged().has(sep), sep).toBe(true);
  });

  it('names a blood test beside a scald, an exposure no guideline observes a day', () => {
    for (const sep of scaldsTested) expect(flagged().has(sep), sep).toBe(true);
  });
});
