// A level's cost norm with each other facility one voice (other-facility-peers.ts
// leaveOutFacilityMedianSql, read by provider-excess-hits.ts resourcesBelowLevelSql; red team
// RT-UPCODE-51): one hospital that bills many stays of a level at the level below's cost does not
// pull the level's norm under another hospital's stays coded up, and one referral centre that bills
// many stays of a level dear does not lift it over another hospital's honest ones. Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

/** Class C public hospitals of one tariff key: Central Java regencies 33xx. */
const PEERS = ['3301R001', '3302R001', '3303R001', '3304R001', '3305R001'];
const CHEAP_PROVIDER = '3306R001';
const DEAR_CENTRE = '3307R001';
const CODER_UP = '3308R001';
const SICKER = '3309R001';
const THIN_NEAR = '3310R001';
const THIN_HIT = '3311R001';
const facilities: Row[] = [...PEERS, CHEAP_PROVIDER, DEAR_CENTRE, CODER_UP, SICKER, THIN_NEAR, THIN_HIT].map((id, i) =>
  hospital(id, { hospital_class: 'C', latitude: -7 - i * 0.5, longitude: 109 + i * 0.4 }),
);

const book = patients('fn');
let k = 0;
/** A 3-day stay billed `bill` rupiah, the room and drugs split by the stay's number (no two bills share every line). */
const stay = (facility: string, cbg: string, dx: string, bill: number): string => {
  k++;
  const day = `2024-${String(1 + (k % 9)).padStart(2, '0')}-${String(1 + (k % 25)).padStart(2, '0')}`;
  const pulang = `${day.slice(0, 8)}${String(Number(day.slice(8)) + 3).padStart(2, '0')}`;
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

// poisoning (T-4-10): five hospitals bill severity II at Rp3.2M, two stays each among twenty at severity I (Rp2.1M);
// one hospital bills twelve severity-II stays at Rp2.0M, under severity I's cost: the level's stays elsewhere have a
// median of Rp2.0M, its facilities one of Rp3.2M
for (const f of PEERS) {
  times(20, () => stay(f, 'T-4-10-I', 'T60.0', 2_100_000));
  times(2, () => stay(f, 'T-4-10-II', 'T60.0#E87.1', 3_200_000));
}
times(4, () => stay(CHEAP_PROVIDER, 'T-4-10-I', 'T60.0', 2_100_000));
times(12, () => stay(CHEAP_PROVIDER, 'T-4-10-II', 'T60.0#E87.1', 2_000_000));
// a hospital codes eight of ten poisonings severity II, billed at Rp2.2M: severity I's cost
const codedUp = times(8, () => stay(CODER_UP, 'T-4-10-II', 'T60.0#E87.1', 2_200_000));
times(2, () => stay(CODER_UP, 'T-4-10-I', 'T60.0', 2_100_000));

// typhoid (A-4-11): the same five hospitals bill severity II at Rp3.2M; a referral centre bills twelve at Rp5.0M
for (const f of PEERS) {
  times(20, () => stay(f, 'A-4-11-I', 'A01.0', 2_100_000));
  times(2, () => stay(f, 'A-4-11-II', 'A01.0#E87.1', 3_200_000));
}
times(4, () => stay(DEAR_CENTRE, 'A-4-11-I', 'A01.0', 2_100_000));
times(12, () => stay(DEAR_CENTRE, 'A-4-11-II', 'A01.0#E87.1', 5_000_000));
// near miss: a hospital of sicker patients, eight of ten at severity II, each billed the level's Rp3.25M
const sicker = times(8, () => stay(SICKER, 'A-4-11-II', 'A01.0#E87.1', 3_250_000));
times(2, () => stay(SICKER, 'A-4-11-I', 'A01.0', 2_100_000));

// thin levels (LEVEL_NORM_MIN_FACILITIES): dengue (A-4-13) and pneumonia (J-4-16) billed at severity II by two of the
// five hospitals only, three stays each, dear (Rp4.2M, Rp5.6M at care class 2), among twenty stays of severity I each
for (const f of PEERS) {
  times(20, () => stay(f, 'A-4-13-I', 'A90', 2_700_000));
  times(20, () => stay(f, 'J-4-16-I', 'J18.9', 3_600_000));
}
for (const f of PEERS.slice(0, 2)) {
  times(3, () => stay(f, 'A-4-13-II', 'A91#D69.6', 4_200_000));
  times(3, () => stay(f, 'J-4-16-II', 'J18.9#E87.1', 5_600_000));
}
// near miss: dengue stays of severity II billed under the two hospitals' Rp4.2M but nearer their own tariff (Rp3.9M
// at class 2) than severity I's (Rp2.7M)
const thinNear = times(8, () => stay(THIN_NEAR, 'A-4-13-II', 'A91#D69.6', 3_600_000));
times(2, () => stay(THIN_NEAR, 'A-4-13-I', 'A90', 2_700_000));
// pneumonias coded severity II and billed Rp3.7M, severity I's cost (Rp3.6M at class 2)
const thinHit = times(8, () => stay(THIN_HIT, 'J-4-16-II', 'J18.9#E87.1', 3_700_000));
times(2, () => stay(THIN_HIT, 'J-4-16-I', 'J18.9', 3_600_000));

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

describe('UPCODING: a level’s cost norm with each other facility one voice', () => {
  it('names stays coded up and billed at the level below, though one hospital bills many of the level cheaper still', () => {
    for (const sep of codedUp) expect(run().signalsOf(sep, 'UPCODING'), sep).toContain('group_severity_above_peers');
    expect(run().hitsOf(codedUp[0] as string, 'group_severity_above_peers')[0]?.evidence_en).toMatch(
      /coded 8\.0 of its 10\.0 stays of group T-4-10 above severity I/,
    );
  });

  it('leaves a hospital’s stays billed at their level’s cost, though one referral centre bills many of the level dearer', () => {
    for (const sep of sicker) expect(levelNormSignals(sep), sep).toEqual([]);
  });

  it('judges a level two facilities bill by the tariff too: names stays nearer the level below’s, leaves the others', () => {
    for (const sep of thinHit) expect(run().signalsOf(sep, 'UPCODING'), sep).toContain('group_severity_above_peers');
    for (const sep of thinNear) expect(levelNormSignals(sep), sep).toEqual([]);
  });
});
