// severity_without_resource_use judges a stay by the other hospitals' norms with each hospital one
// voice (upcoding-resource-voices.ts; red team RT-UPCODE-121): one hospital's many dengue stays,
// coded severity III at severity I's bill and kept three days at severity II, must not pull the
// class's severity-III bill towards severity II's nor set severity II's median stay. Hand-built
// rows: class C public hospitals of one tariff key (East Java regencies 35xx).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';

const PEERS = ['3501R001', '3502R001', '3503R001', '3504R001', '3505R001'];
const VOLUME = '3506R001';
const WARD = '3507R001';
const facilities: Row[] = [...PEERS, VOLUME, WARD].map((id, i) =>
  hospital(id, { hospital_class: 'C', latitude: -7.5 - i * 0.3, longitude: 111 + i * 0.4 }),
);

const book = peerStays('rv', 17);
/** A dengue stay of `days` days billed about `bill` rupiah (room and drugs). */
const dengue = (facility: string, level: 'I' | 'II' | 'III', days: number, bill: number): string =>
  book.stayAt(facility, days, {
    kode_inacbg: `A-4-13-${level}`,
    diagnosa: level === 'III' ? 'A91#R57.0' : level === 'II' ? 'A91#D69.6' : 'A90',
    coder_id: `K${facility}01`,
    ...billOf({ tarif_kamar: bill / 2 + 1_000 * (book.cards % 17), tarif_obat: bill / 2 }),
  });
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

// five hospitals: severity I Rp1.8M over 4 days, II Rp2.9M over 5, III Rp4.4M over 6
for (const f of PEERS) {
  times(4, () => dengue(f, 'I', 4, 1_800_000));
  times(2, () => dengue(f, 'II', 5, 2_900_000));
  times(2, () => dengue(f, 'III', 6, 4_400_000));
}
// one busy hospital: ten stays coded III billed as severity I, twelve severity II discharged after three days; pooled,
// they bring the class's III median within 1.3x of II's and II's median stay to three days
times(10, () => dengue(VOLUME, 'III', 4, 1_900_000));
times(12, () => dengue(VOLUME, 'II', 3, 2_900_000));
times(4, () => dengue(VOLUME, 'I', 4, 1_800_000));

// the ward judged: its own honest levels, and one stay coded III (an added shock) billed Rp2.1M over five ward days
times(3, () => dengue(WARD, 'I', 4, 1_800_000));
times(2, () => dengue(WARD, 'II', 5, 2_900_000));
const codedUp = dengue(WARD, 'III', 5, 2_100_000);
// near misses: a shock stay with its care (III's bill and days), and a stay billed like severity II that lasted longer
const shockWithCare = dengue(WARD, 'III', 6, 4_300_000);
const longerThanTwo = dengue(WARD, 'III', 7, 2_800_000);

const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims });
const resourceSignals = (sep: string): string[] =>
  run()
    .signalsOf(sep, 'UPCODING')
    .filter((s) => s === 'severity_without_resource_use');

describe('UPCODING: severity_without_resource_use reads each other hospital as one voice', () => {
  it("names a severity-III stay with severity II's resources though one hospital's stays pull the pooled norms", () => {
    expect(resourceSignals(codedUp)).toEqual(['severity_without_resource_use']);
  });

  it("leaves a severity-III stay with its care, and one billed like severity II but longer than II's stays", () => {
    expect(resourceSignals(shockWithCare)).toEqual([]);
    expect(resourceSignals(longerThanTwo)).toEqual([]);
  });
});
