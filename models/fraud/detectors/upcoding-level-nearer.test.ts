// A stay a provider's severity excess names must be billed nearer the level below's norm than its
// own (upcoding-level-nearer.ts, read by provider-excess-hits.ts resourcesBelowLevelSql; red team
// RT-NM-REFER-41): a specialist's ward of honest severity-II stays billed a few percent under the
// level's norm is named by no bill, while stays coded up with the level below's bill still are; where
// the level below rests on too few stays elsewhere, the INA-CBG tariff step stands in for its norm.
// Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

/** Class C public hospitals of one tariff key: East Java regencies 35xx. */
const PEERS = ['3501R001', '3502R001', '3503R001', '3504R001', '3505R001'];
const SPECIALIST_WARD = '3506R001';
const CODER_UP = '3507R001';
const THIN_NEAR = '3508R001';
const THIN_HIT = '3509R001';
const facilities: Row[] = [...PEERS, SPECIALIST_WARD, CODER_UP, THIN_NEAR, THIN_HIT].map((id, i) =>
  hospital(id, { hospital_class: 'C', latitude: -7.5 - i * 0.3, longitude: 111 + i * 0.4 }),
);

const book = patients('ln');
let k = 0;
/** A 4-day stay billed `bill` rupiah, the room and drugs split by the stay's number (no two bills share every line). */
const stay = (facility: string, cbg: string, dx: string, bill: number): string => {
  k++;
  const day = `2024-${String(1 + (k % 9)).padStart(2, '0')}-${String(1 + (k % 24)).padStart(2, '0')}`;
  const pulang = `${day.slice(0, 8)}${String(Number(day.slice(8)) + 4).padStart(2, '0')}`;
  return book.stay({
    facility_id: facility,
    kode_inacbg: cbg,
    diagnosa: dx,
    tgl_masuk: day,
    tgl_pulang: pulang,
    coder_id: `K${facility}01`,
    ...billOf({ tarif_kamar: bill - 1000 * k, tarif_obat: 1000 * k }),
  });
};
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

// pneumonia (J-4-16): five hospitals bill severity I at Rp3.6M (twenty stays each) and severity II at Rp5.2M (two each)
for (const f of PEERS) {
  times(20, () => stay(f, 'J-4-16-I', 'J18.9', 3_600_000));
  times(2, () => stay(f, 'J-4-16-II', 'J18.9#E86', 5_200_000));
}
// near miss: a pulmonologist's ward admits only pneumonias needing it, every one at severity II, billed Rp4.9M: a few
// percent under the level's norm, far above the midpoint with severity I's (Rp4.3M)
const specialistWard = times(6, () => stay(SPECIALIST_WARD, 'J-4-16-II', 'J18.9#E86', 4_900_000));
// eight of ten pneumonias coded severity II, billed at severity I's Rp3.7M
const codedUp = times(8, () => stay(CODER_UP, 'J-4-16-II', 'J18.9#E87.1', 3_700_000));
times(2, () => stay(CODER_UP, 'J-4-16-I', 'J18.9', 3_600_000));

// dengue (A-4-13): severity II at Rp4.0M at every peer (two each), severity I at only three stays elsewhere: its norm is
// the tariff step (Rp4.0M / 1.45 = Rp2.76M, midpoint Rp3.32M)
for (const f of PEERS) times(2, () => stay(f, 'A-4-13-II', 'A91#D69.6', 4_000_000));
for (const f of PEERS.slice(0, 3)) stay(f, 'A-4-13-I', 'A90', 2_700_000);
// two hospitals code most of their pneumonias up (as CODER_UP), which makes their severity excess over all groups
// (severity_above_peers_across_groups); their severity-II dengue stays are judged by the tariff step: billed Rp3.6M,
// under the level's norm but nearer it (near miss), and Rp2.9M, nearer the level below
const thin = (facility: string, bill: number): string[] => {
  times(8, () => stay(facility, 'J-4-16-II', 'J18.9#E87.1', 3_700_000));
  times(2, () => stay(facility, 'J-4-16-I', 'J18.9', 3_600_000));
  return times(6, () => stay(facility, 'A-4-13-II', 'A91#D69.6', bill));
};
const thinNear = thin(THIN_NEAR, 3_600_000);
const thinHit = thin(THIN_HIT, 2_900_000);

const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims });
/** The signals that name a provider's stays by their level's norm (provider-excess-hits.ts resourcesBelowLevelSql). */
const LEVEL_NORM_SIGNALS = [
  'group_severity_above_peers',
  'coder_severity_above_colleagues',
  'severity_mix_above_peers',
  'severity_above_peers_across_groups',
];
const levelNormSignals = (sep: string): string[] =>
  run()
    .signalsOf(sep, 'UPCODING')
    .filter((s) => LEVEL_NORM_SIGNALS.includes(s));

describe('UPCODING: a stay named by a severity excess is billed nearer the level below than its own', () => {
  it('names stays coded up and billed at the level below', () => {
    for (const sep of codedUp) expect(levelNormSignals(sep), sep).toContain('group_severity_above_peers');
  });

  it('leaves a specialist ward whose every stay is of its level, billed a few percent under its norm', () => {
    for (const sep of specialistWard) expect(levelNormSignals(sep), sep).toEqual([]);
  });

  it('reads the level below by the tariff step where it rests on too few stays elsewhere', () => {
    for (const sep of thinHit) expect(levelNormSignals(sep), sep).toContain('severity_above_peers_across_groups');
    for (const sep of thinNear) expect(levelNormSignals(sep), sep).toEqual([]);
  });
});
