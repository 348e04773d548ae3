// One-night stays of renal colic (red team RT-NM-COLIC-134, renal-colic-night.ts): patients with a
// ureteric stone admitted from the emergency room late in the evening, imaged, given their drugs and
// home the next morning, are not named one-night stays above case-mix peers; beside them, the same
// one-night emergency habit with no imaging of the tract, with no drugs billed, or with a dyspepsia
// coded instead of the stone, is named. Class D hospitals of their own; peers keep the same CBG's
// emergency patients three nights.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const SIGNAL = 'one_night_stays_above_casemix_peers';
const CBG = 'N-4-11-I';
const PEER_HOSPITALS = ['3374R011', '3375R011', '3376R011', '3377R011'];
const IMAGED_WITH_DRUGS = '3511R011';
const NOT_IMAGED = '3512R011';
const NO_DRUGS = '3513R011';
const DYSPEPSIA = '3514R011';

const facilities: Row[] = [
  ...Object.values(FACILITIES),
  ...[...PEER_HOSPITALS, IMAGED_WITH_DRUGS, NOT_IMAGED, NO_DRUGS, DYSPEPSIA].map((id) => hospital(id, { hospital_class: 'D' })),
];
const book = claimBook();
let n = 0;
/** An emergency stay of N-4-11-I on a card of its own: in at `inAt`, home `nights` days later at `outAt`. */
function emergencyStay(facility: string, nights: number, inAt: string, outAt: string, over: Row = {}): string {
  n++;
  const masuk = addDays('2025-01-03', 2 * n);
  const pulang = addDays(masuk, nights);
  return book.add(
    `colic${n}`,
    {
      facility_id: facility,
      kode_inacbg: CBG,
      tgl_masuk: masuk,
      tgl_pulang: pulang,
      jenis_pelayanan: 'IGD',
      waktu_masuk: `${masuk} ${inAt}:00`,
      waktu_pulang: `${pulang} ${outAt}:00`,
      diagnosa: 'N20.0',
      procedure: '88.76#99.18',
      ...over,
    },
    { birth_date: '1985-05-01' },
  );
}
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));
/** Eight patients of one hospital, each in between ten and eleven at night and home the next morning. */
const oneNightPatients = (facility: string, over: Row = {}): string[] =>
  times(8, (i) => emergencyStay(facility, 1, `${22 + (i % 2)}:${String((7 * i) % 60).padStart(2, '0')}`, '10:30', over));

// peers: the same CBG's emergency patients kept three nights, one in twenty-five sent home after one
for (const f of PEER_HOSPITALS) {
  times(24, () => emergencyStay(f, 3, '14:00', '10:00', { diagnosa: 'N39.0', procedure: null }));
  emergencyStay(f, 1, '18:00', '09:00');
}
const colicImaged = oneNightPatients(IMAGED_WITH_DRUGS);
const colicNotImaged = oneNightPatients(NOT_IMAGED, { procedure: '99.18' });
const colicWithoutDrugs = oneNightPatients(NO_DRUGS, { tarif_obat: 0 });
const dyspepsiaImaged = oneNightPatients(DYSPEPSIA, { diagnosa: 'K30' });

const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims });
const flagged = (): Set<string> =>
  new Set(
    run()
      .hitsOfType('UNNECESSARY_TREATMENT', SIGNAL)
      .map((h) => h.nomor_sep),
  );

describe('one-night stays of renal colic', () => {
  it('leaves alone renal colic admitted from the emergency room at night, imaged, with its drugs billed', () => {
    for (const sep of colicImaged) expect(run().signalsOf(sep, 'UNNECESSARY_TREATMENT'), sep).not.toContain(SIGNAL);
  });

  it('names the same one-night habit when no imaging of the urinary tract confirms the stone', () => {
    for (const sep of colicNotImaged) expect(flagged().has(sep), sep).toBe(true);
    expect(run().hitsOf(colicNotImaged[0] as string, SIGNAL)[0]?.evidence_en).toMatch(
      /^Severity-I stay of 1 night\(s\) for N20\.0 \(N-4-11-I\), admitted on a \w+ through the emergency department at 22:00; 3512R011 sent home/,
    );
  });

  it('names a colic on a stay that billed no drugs: the pain was not treated on this bill', () => {
    for (const sep of colicWithoutDrugs) expect(flagged().has(sep), sep).toBe(true);
  });

  it('names an ultrasound beside a dyspepsia, a condition treated as an outpatient', () => {
    for (const sep of dyspepsiaImaged) expect(flagged().has(sep), sep).toBe(true);
  });
});
