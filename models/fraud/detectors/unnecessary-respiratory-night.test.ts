// One-night stays of acute respiratory emergencies (red team RT-NM-ASTHMA-121, acute-respiratory-night.ts):
// children in a severe asthma attack admitted from the emergency room at night, given oxygen and their
// drugs, home the next afternoon, are not named one-night stays above case-mix peers; beside them, the
// same one-night emergency habit without the oxygen, without the drugs, or for an acute bronchitis
// (an outpatient condition) given oxygen, is named. Class C hospitals of their own; peers keep the
// same CBG's emergency patients three nights.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const SIGNAL = 'one_night_stays_above_casemix_peers';
const CBG = 'J-4-19-I';
const PEER_HOSPITALS = ['3374R001', '3375R001', '3376R001', '3377R001'];
const OXYGEN_AND_DRUGS = '1602R001';
const NEBULISATION_ONLY = '1603R001';
const OXYGEN_NO_DRUGS = '1604R001';
const BRONCHITIS_OXYGEN = '1605R001';

const facilities: Row[] = [
  ...Object.values(FACILITIES),
  ...[...PEER_HOSPITALS, OXYGEN_AND_DRUGS, NEBULISATION_ONLY, OXYGEN_NO_DRUGS, BRONCHITIS_OXYGEN].map((id) =>
    hospital(id, { hospital_class: 'C' }),
  ),
];
const book = claimBook();
let n = 0;
/** An emergency stay of J-4-19-I on a card of its own: in at `inAt`, home `nights` days later at `outAt`. */
function emergencyStay(facility: string, nights: number, inAt: string, outAt: string, over: Row = {}): string {
  n++;
  const masuk = addDays('2025-01-03', 2 * n);
  const pulang = addDays(masuk, nights);
  return book.add(
    `resp${n}`,
    {
      facility_id: facility,
      kode_inacbg: CBG,
      tgl_masuk: masuk,
      tgl_pulang: pulang,
      jenis_pelayanan: 'IGD',
      waktu_masuk: `${masuk} ${inAt}:00`,
      waktu_pulang: `${pulang} ${outAt}:00`,
      diagnosa: 'J46',
      procedure: '93.96#93.94',
      ...over,
    },
    { birth_date: '2019-05-01' },
  );
}
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));
/** Eight children of one hospital, each in between ten and eleven at night and home the next afternoon. */
const oneNightChildren = (facility: string, over: Row = {}): string[] =>
  times(8, (i) => emergencyStay(facility, 1, `${22 + (i % 2)}:${String((7 * i) % 60).padStart(2, '0')}`, '15:00', over));

// peers: the same CBG's emergency patients kept three nights, one in twenty-five sent home after one (enough
// of them that the four one-night hospitals below, each a peer of the others, do not set the norm)
for (const f of PEER_HOSPITALS) {
  times(24, () => emergencyStay(f, 3, '14:00', '10:00'));
  emergencyStay(f, 1, '18:00', '09:00');
}
const asthmaWithOxygen = oneNightChildren(OXYGEN_AND_DRUGS);
const nebulisedOnly = oneNightChildren(NEBULISATION_ONLY, { procedure: '93.94' });
const oxygenWithoutDrugs = oneNightChildren(OXYGEN_NO_DRUGS, { tarif_obat: 0 });
const bronchitisWithOxygen = oneNightChildren(BRONCHITIS_OXYGEN, { diagnosa: 'J20.9' });

const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims });
const flagged = (): Set<string> =>
  new Set(
    run()
      .hitsOfType('UNNECESSARY_TREATMENT', SIGNAL)
      .map((h) => h.nomor_sep),
  );

describe('one-night stays of acute respiratory emergencies', () => {
  it('leaves alone children in a severe asthma attack admitted at night for oxygen, with their drugs billed', () => {
    for (const sep of asthmaWithOxygen) expect(run().signalsOf(sep, 'UNNECESSARY_TREATMENT'), sep).not.toContain(SIGNAL);
  });

  it('names the same one-night habit when the record shows only nebulisation, which clinics give to patients sent home', () => {
    for (const sep of nebulisedOnly) expect(flagged().has(sep), sep).toBe(true);
    expect(run().hitsOf(nebulisedOnly[0] as string, SIGNAL)[0]?.evidence_en).toMatch(
      /^Severity-I stay of 1 night\(s\) for J46 \(J-4-19-I\), admitted on a \w+ through the emergency department at 22:00; 1603R001 sent home after at most 1 night the mild medical stays of 8 patients where other class C hospitals, for the same CBGs, give \d+\.\d/,
    );
  });

  it('names oxygen coded on stays that billed no drugs: the attack was not treated on this bill', () => {
    for (const sep of oxygenWithoutDrugs) expect(flagged().has(sep), sep).toBe(true);
  });

  it('names oxygen coded beside an acute bronchitis, a condition treated as an outpatient', () => {
    for (const sep of bronchitisWithOxygen) expect(flagged().has(sep), sep).toBe(true);
  });
});
