// Care without medical need (issue 11, RT-UNNEC-31, RT-UNNEC-32), each provider pattern on a
// hand-built hit and its near misses: one-night medical stays against the same CBG at hospitals
// of the same class (a CBG that is short everywhere is no pattern), caesareans without a
// recorded indication against deliveries elsewhere (caesareans with an indication are none), and
// CT or MRI against the same CBGs (a head injury's scan is called for by its diagnosis: counted nowhere). A small
// warehouse of its own, so that the counts the evidence quotes can be checked exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const BANDUNG = '3273R001';
const MAKASSAR = '7371R001';

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
/** A claim on a card of its own (a mother when `mother`), with a bill of its own so that no clone detector links them. */
function add(over: Row, mother = false): string {
  n++;
  const card = `cn${n}`;
  members.push(member(card, mother ? { sex: 'P', birth_date: '1995-06-01' } : {}));
  const masuk = String(over['tgl_masuk'] ?? `2024-0${1 + (n % 9)}-1${n % 10}`);
  // a clinic visit ends the day it starts
  const sameDay: Row = over['jenis_rawat'] === 2 ? { tgl_pulang: masuk } : {};
  const c = claim(card, { tgl_masuk: masuk, ...sameDay, tarif_kamar: 100_000 + 10_000 * n, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}
const stay = (facility: string, nights: number, cbg = 'A-4-11-I', dx = 'A01.0'): string => {
  const masuk = `2024-0${1 + (n % 9)}-1${n % 10}`;
  const pulang = new Date(Date.parse(`${masuk}T00:00:00Z`) + nights * 86_400_000).toISOString().slice(0, 10);
  return add({ facility_id: facility, tgl_masuk: masuk, tgl_pulang: pulang, kode_inacbg: cbg, diagnosa: dx });
};
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));

// ---- one-night stays: typhoid (A-4-11-I) stays four nights at the Jakarta hospitals (class B), one in 21
// ends after a night; Makassar (class B) sends six of ten home after one night. Gastroenteritis (K-4-17-I)
// is short everywhere: six of ten at Jakarta 1 and at Jakarta 2
for (const f of [JAKARTA1, JAKARTA2]) {
  times(20, () => stay(f, 4));
  stay(f, 1);
}
const makassarOneNight = times(6, () => stay(MAKASSAR, 1));
times(4, () => stay(MAKASSAR, 4));
const shortEverywhere = [JAKARTA1, JAKARTA2].flatMap((f) => [
  ...times(6, () => stay(f, 1, 'K-4-17-I', 'A03.9')),
  ...times(4, () => stay(f, 3, 'K-4-17-I', 'A03.9')),
]);
// two one-night stays at Bandung are too few to judge
const bandungOneNight = times(2, () => stay(BANDUNG, 1));

// ---- deliveries: at the Jakarta hospitals 6 of 20 are caesareans for a scar, 4 caesareans without an
// indication, 10 vaginal; Makassar delivers 9 of 10 by elective caesarean without one; Bandung (class C)
// operates on 8 mothers, each for a scar or breech
const caesarean = (facility: string, dx: string): string =>
  add({ facility_id: facility, kode_inacbg: 'O-6-10-I', diagnosa: dx, procedure: '74.1' }, true);
const vaginal = (facility: string): string =>
  add({ facility_id: facility, kode_inacbg: 'O-6-13-I', diagnosa: 'O80.0', procedure: '73.59', tarif_inacbg: 2_300_000 }, true);
const peerUnindicated: string[] = [];
for (const f of [JAKARTA1, JAKARTA2]) {
  times(6, () => caesarean(f, 'O34.2'));
  peerUnindicated.push(...times(4, () => caesarean(f, 'O82.9')));
  times(10, () => vaginal(f));
}
const makassarElective = times(9, () => caesarean(MAKASSAR, 'O82.0'));
vaginal(MAKASSAR);
const bandungIndicated = times(8, (i) => caesarean(BANDUNG, i % 2 ? 'O34.2#O82.0' : 'O64.1'));

// ---- CT for a cold: the Jakarta hospitals scan six of ten head injuries and none of twenty colds seen in the
// clinic; Makassar scans twelve colds as well; Bandung (class C) scans every head injury. A head injury's scan is
// what its diagnosis calls for (imaging-need.ts), so only the colds' scans are counted, at the provider and its peers
const visit = (facility: string, px: string | null): string =>
  add({ facility_id: facility, jenis_rawat: 2, kode_inacbg: 'Q-5-42-0', diagnosa: 'J06.9', procedure: px, tarif_inacbg: 180_000 });
const headInjury = (facility: string, scanned: boolean): string =>
  add({ facility_id: facility, kode_inacbg: 'S-4-10-I', diagnosa: 'S06.0', procedure: scanned ? '87.03' : null });
for (const f of [JAKARTA1, JAKARTA2]) {
  times(20, () => visit(f, null));
  times(10, (i) => headInjury(f, i < 6));
}
const makassarScannedColds = times(12, () => visit(MAKASSAR, '87.03'));
times(10, (i) => headInjury(MAKASSAR, i < 6));
const bandungScannedHeads = times(10, () => headInjury(BANDUNG, true));

type Hit = DetectorHit;
let run: DetectorRun | undefined;
let w: Warehouse;
let hits: readonly Hit[];
const hitsOf = (signal: string): Map<string, Hit> => new Map(hits.filter((h) => h.signal === signal).map((h) => [h.nomor_sep, h]));

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  w = run.warehouse;
  hits = run.hits;
});

afterAll(async () => {
  await run?.close();
});

describe('one-night medical stays against case-mix peers', () => {
  it("names every one-night stay of a provider far above the same CBG's share at hospitals of its class", () => {
    const flagged = hitsOf('one_night_stays_above_casemix_peers');
    for (const sep of makassarOneNight) {
      const hit = flagged.get(sep);
      expect(hit?.fraud_type, sep).toBe('UNNECESSARY_TREATMENT');
      expect(hit?.amount_at_risk).toBe(5_000_000);
      // six observed; expected about one: ten typhoid stays at the class B norm, the two Jakarta hospitals' 1 of 21 each
      // (one voice each, shrunk towards the 4 of 44 at every other hospital), and ten head injuries none of whose
      // peers went home after a night
      expect(hit?.evidence_en).toMatch(
        /7371R001 sent home after at most 1 night the mild medical stays of 6 patients where other class B hospitals, for the same CBGs, give 1\.1$/,
      );
      expect(hit?.evidence_id).toMatch(/memulangkan 6 pasien rawat inap medis ringan/);
    }
  });

  it('leaves alone a CBG that is short at every hospital, and too few stays to judge', () => {
    const flagged = hitsOf('one_night_stays_above_casemix_peers');
    for (const sep of [...shortEverywhere, ...bandungOneNight]) expect(flagged.has(sep), sep).toBe(false);
  });
});

describe('caesareans without a recorded indication against peers', () => {
  it('names the elective caesareans of a provider far above its class, at risk what the operation adds to a delivery', () => {
    const flagged = hitsOf('caesareans_without_indication_above_peers');
    for (const sep of makassarElective) {
      const hit = flagged.get(sep);
      expect(hit?.fraud_type, sep).toBe('UNNECESSARY_TREATMENT');
      // the caesarean's Rp5,000,000 less the median vaginal delivery at class B hospitals (Rp2,300,000)
      expect(hit?.amount_at_risk).toBe(2_700_000);
      expect(hit?.evidence_en).toMatch(
        /no indication among its diagnoses \(O82\.0\); 7371R001 delivered 9 mothers by caesarean without a recorded indication/,
      );
    }
  });

  it("leaves alone caesareans with an indication, and the peers' few without one", () => {
    const flagged = hitsOf('caesareans_without_indication_above_peers');
    for (const sep of [...bandungIndicated, ...peerUnindicated]) expect(flagged.has(sep), sep).toBe(false);
  });

  it('counts the distribution over deliveries, never the provider itself', async () => {
    const rows = await w.query<{ facility_id: string; o: number; e: number }>(
      'SELECT facility_id, caesarean_unindicated_observed AS o, caesarean_unindicated_expected AS e FROM fraud_provider_distribution ORDER BY facility_id',
    );
    const byFacility = new Map(rows.map((r) => [r.facility_id, r]));
    expect(Number(byFacility.get(MAKASSAR)?.o)).toBe(9);
    // ten deliveries (all mothers 20-34) at the class B norm: each Jakarta hospital's 4 of 20 shrunk by 5 deliveries
    // towards every other hospital's 8 of 48 (itself shrunk towards the overall 8 of 48, half a delivery of prior), two
    // hospitals' voices and 5 of that share (CASEMIX_CLASS_PRIOR_HOSPITALS)
    const elsewhere = (8 + (5 * 8.5) / 49) / 53;
    expect(Number(byFacility.get(MAKASSAR)?.e)).toBeCloseTo((10 * ((2 * (4 + 5 * elsewhere)) / 25 + 5 * elsewhere)) / 7, 6);
    expect(Number(byFacility.get(BANDUNG)?.o)).toBe(0);
  });
});

describe('CT and MRI against case-mix peers', () => {
  it('names the scans of a provider far above the same CBGs at hospitals of its class', () => {
    const flagged = hitsOf('imaging_above_casemix_peers');
    for (const sep of makassarScannedColds) {
      const hit = flagged.get(sep);
      expect(hit?.fraud_type, sep).toBe('UNNECESSARY_TREATMENT');
      expect(hit?.amount_at_risk).toBe(180_000);
      // its 12 scanned colds (its six scanned head injuries are called for and not counted), where the peers, who scan
      // no cold, give next to none (the smoothing's prior: half a claim over every other facility's claims)
      expect(hit?.evidence_en).toMatch(
        /^87\.03 billed for J06\.9 \(Q-5-42-0\); 7371R001 billed CT or MRI its diagnoses do not call for in 12 visits and severity-I stays where other class B hospitals, for the same CBGs, give 0\.0$/,
      );
    }
  });

  it('leaves alone a hospital that scans every head injury, as the diagnosis calls for', () => {
    const flagged = hitsOf('imaging_above_casemix_peers');
    for (const sep of bandungScannedHeads) expect(flagged.has(sep), sep).toBe(false);
  });
});
