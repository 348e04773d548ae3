// Provider patterns no single claim shows (issue 11, detectors that generalise): one CBG group
// coded above severity I against its other facilities, a coder coding higher than a colleague
// on the same group, stays kept a day past the INA-CBG norm on one condition or across several,
// patients kept over the weekend for the doctor's round;
// against providers at the rate of their peers. Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const MAKASSAR = '7371R001';
const BANDUNG = '3273R001';

const book = patients('pe');
const { claims, members } = book;
/** A stay of `days` days of a new patient, its bill `each` per component (Rp100,000 unless given). */
const stay = (over: Row, days: number, each = 100_000): string => evenBillStay(book, over, days, each);

// Severity of dengue (A-4-13): the other class B hospitals code 3 of 30 stays severity II, billed
// half again a severity-I stay; Jakarta 1 codes 8 of 10 severity II, billed as severity I.
const dengue = (severity: 'I' | 'II'): Row => ({ kode_inacbg: `A-4-13-${severity}`, diagnosa: severity === 'I' ? 'A90' : 'A91#E87.1' });
for (let i = 0; i < 30; i++) {
  const sev = i % 10 === 0 ? 'II' : 'I';
  stay({ facility_id: i % 2 ? JAKARTA2 : MAKASSAR, ...dengue(sev) }, 4, sev === 'II' ? 160_000 : 100_000);
}
const codedUp = Array.from({ length: 8 }, () => stay({ facility_id: JAKARTA1, ...dengue('II') }, 4));
for (let i = 0; i < 2; i++) stay({ facility_id: JAKARTA1, ...dengue('I') }, 4);
// near miss: Makassar's own severity-II stays are at the group's rate
const atPeerRate = stay({ facility_id: MAKASSAR, ...dengue('II') }, 5, 160_000);

// Typhoid (A-4-11) at Bandung, two coders: coder 1 codes 8 of 10 severity II, coder 2 one of 10, every
// stay billed as severity I at Bandung's class C price (77,000 a component: the other facilities are class B,
// 1.3x). The other facilities code 2 of 20 severity II.
const typhoid = (severity: 'I' | 'II'): Row => ({
  kode_inacbg: `A-4-11-${severity}`,
  diagnosa: severity === 'I' ? 'A01.0' : 'A01.0#E87.1',
});
for (let i = 0; i < 20; i++) {
  const sev = i % 10 === 0 ? 'II' : 'I';
  stay({ facility_id: i % 2 ? JAKARTA2 : MAKASSAR, ...typhoid(sev) }, 4, sev === 'II' ? 160_000 : 100_000);
}
const coderUp = Array.from({ length: 10 }, (_, i) =>
  stay({ facility_id: BANDUNG, coder_id: 'K3273R00101', ...typhoid(i < 8 ? 'II' : 'I') }, 4, 77_000),
);
const colleague = Array.from({ length: 10 }, (_, i) =>
  stay({ facility_id: BANDUNG, coder_id: 'K3273R00102', ...typhoid(i < 1 ? 'II' : 'I') }, 4, 77_000),
);

// Length of stay: pneumonia (J-4-16-I, norm 5 days) at the other hospitals 4-7 days, a third past the norm;
// Jakarta 1 keeps ten patients 6 days, one past the norm and under every percentile line.
const pneumonia: Row = { kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9', procedure: '87.44' };
const peerDays = [4, 5, 5, 5, 6, 4, 5, 6, 7, 5, 4, 5];
for (let i = 0; i < 36; i++) stay({ facility_id: i % 2 ? JAKARTA2 : MAKASSAR, ...pneumonia }, peerDays[i % 12] as number);
const dayPast = Array.from({ length: 10 }, () => stay({ facility_id: JAKARTA1, ...pneumonia }, 6));
const peerPast = stay({ facility_id: MAKASSAR, ...pneumonia }, 6);

// Across conditions: Bandung keeps four patients each of four codes a day past the norm (too few per
// code to judge), the other hospitals a third of theirs
const conditions: ReadonlyArray<readonly [Row, number]> = [
  [{ kode_inacbg: 'K-4-17-I', diagnosa: 'A09' }, 3],
  [{ kode_inacbg: 'N-4-11-I', diagnosa: 'N39.0', procedure: '57.94' }, 3],
  [{ kode_inacbg: 'E-4-10-I', diagnosa: 'E11.9', procedure: '99.18' }, 5],
  [{ kode_inacbg: 'A-4-12-I', diagnosa: 'A15.0', procedure: '87.44' }, 5],
];
const spread: string[] = [];
for (const [codes, norm] of conditions) {
  for (let i = 0; i < 12; i++)
    stay({ facility_id: i % 2 ? JAKARTA2 : MAKASSAR, ...codes }, norm + (i % 3 === 0 ? 1 : i % 3 === 1 ? 0 : -1));
  for (let i = 0; i < 4; i++) spread.push(stay({ facility_id: BANDUNG, ...codes }, norm + 1));
}

// Held for the round: a class C hospital in Yogyakarta admits pneumonia patients on Sundays and sends
// them home on the Monday eight days later (fit on the Friday, day five); its weekday admissions go
// home when due. Another discharges a Monday patient once.
const YOGYAKARTA: Row = {
  facility_id: '3471R001',
  facility_type: 'RSU',
  hospital_class: 'C',
  province_code: '34',
  regency_code: '3471',
  ownership: 'PEMERINTAH',
  tariff_region: 1,
  latitude: -7.8,
  longitude: 110.37,
};
// Sundays whose Monday eight days later is a working day (2024-03-11 is Nyepi, 2024-04-08 Idul Fitri leave:
// a discharge on a holiday is no round); 2024-02-12 follows four days without rounds (Isra Mikraj, Imlek)
const sundays = ['2024-01-07', '2024-01-21', '2024-02-04', '2024-02-18', '2024-03-17', '2024-04-21', '2024-04-28'];
const heldOverWeekend = sundays.map((day) =>
  stay({ facility_id: '3471R001', ...pneumonia, tgl_masuk: day, tgl_pulang: addDays(day, 8) }, 8),
);
for (let i = 0; i < 12; i++) {
  const tuesday = addDays('2024-04-02', 7 * i);
  stay({ facility_id: '3471R001', ...pneumonia, tgl_masuk: tuesday, tgl_pulang: addDays(tuesday, 4 + (i % 2)) }, 4 + (i % 2));
}
// near miss: one Monday discharge after a weekend at a hospital that otherwise sends patients home when due
const oneMonday = stay({ facility_id: MAKASSAR, ...pneumonia, tgl_masuk: '2024-06-02', tgl_pulang: '2024-06-10' }, 8);

// Sepsis (A-4-10-I) at the other class B hospitals: 7-8 day stays billed 100,000 a component. Jakarta 1
// codes sepsis first on six-day stays billed at 40% of that (the stay and bill of a cellulitis);
// one billed at 80% is a cheap sepsis stay, not another illness.
const sepsis: Row = { kode_inacbg: 'A-4-10-I', diagnosa: 'A41.9#L03.1', procedure: '99.21' };
for (let i = 0; i < 24; i++) stay({ facility_id: i % 2 ? JAKARTA2 : MAKASSAR, ...sepsis }, 7 + (i % 2));
const sepsisFirst = stay({ facility_id: JAKARTA1, ...sepsis }, 6, 40_000);
const cheapSepsis = stay({ facility_id: JAKARTA1, ...sepsis }, 6, 80_000);

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), YOGYAKARTA], members, claims });

describe('UPCODING: one group coded up, one coder coding up', () => {
  it("names the stays of a group a provider codes above severity I beyond the group's other facilities", () => {
    for (const sep of codedUp) expect(run().signalsOf(sep, 'UPCODING'), sep).toContain('group_severity_above_peers');
    const hit = run().hitsOf(codedUp[0] as string, 'group_severity_above_peers')[0];
    expect(hit?.evidence_en).toMatch(
      /^Provider 3171R001 coded 8\.0 of its 10\.0 stays of group A-4-13 above severity I \(0\.0 at III; a family's stays admitted together counted as one\) where/,
    );
    expect(Number(hit?.amount_at_risk)).toBeGreaterThan(0);
  });

  it('leaves a severity-II stay at a provider coding the group at its peers’ rate', () => {
    expect(run().signalsOf(atPeerRate, 'UPCODING')).not.toContain('group_severity_above_peers');
  });

  it("names the severity-II stays of the coder who codes a group up, not the colleague's", () => {
    for (const sep of coderUp.slice(0, 8)) expect(run().signalsOf(sep, 'UPCODING'), sep).toContain('coder_severity_above_colleagues');
    expect(run().signalsOf(colleague[0] as string, 'UPCODING')).not.toContain('coder_severity_above_colleagues');
    expect(run().hitsOf(coderUp[0] as string, 'coder_severity_above_colleagues')[0]?.evidence_en).toMatch(
      /^Coder K3273R00101 at provider 3273R001 coded 8\.0 stays above severity I \(a family's stays admitted together counted as one\) where colleagues coding the same CBG groups would give/,
    );
  });
});

describe('UPCODING: a severe primary diagnosis on the stay of a lesser illness', () => {
  it('names sepsis coded first on a stay no longer than usual and billed under half the usual sepsis bill', () => {
    expect(run().signalsOf(sepsisFirst, 'UPCODING')).toContain('severe_primary_short_cheap_stay');
    expect(run().signalsOf(cheapSepsis, 'UPCODING')).not.toContain('severe_primary_short_cheap_stay');
  });
});

describe('PROLONGED_LOS: stays kept just past the norm', () => {
  it('names the stays of one condition a provider keeps a day past the norm, under every percentile line', () => {
    for (const sep of dayPast) {
      expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).toContain('condition_stays_past_norm_at_provider');
      expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).not.toContain('condition_stays_above_p90_at_provider');
    }
    expect(run().hitsOf(dayPast[0] as string, 'condition_stays_past_norm_at_provider')[0]?.evidence_en).toMatch(
      /^Stay of 6 days past the INA-CBG norm of 5.0 days for J-4-16-I; provider 3171R001 kept 10 of its 10 stays of this code past the norm/,
    );
  });

  it('names stays kept a day past the norm across conditions, too few of each to judge alone', () => {
    for (const sep of spread) {
      expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).toContain('stays_past_norm_at_provider');
      expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).not.toContain('condition_stays_past_norm_at_provider');
    }
  });

  it('names the stays a provider keeps over the weekend for the round, home on Monday', () => {
    for (const sep of heldOverWeekend)
      expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).toContain('discharges_held_over_no_round_days_at_provider');
    expect(run().hitsOf(heldOverWeekend[0] as string, 'discharges_held_over_no_round_days_at_provider')[0]?.evidence_en).toMatch(
      /^Discharged on Monday 2024-01-15 after 2 day\(s\) without rounds: 8 days where the INA-CBG norm of J-4-16-I is 5\.0, within it by the last round day before; provider 3471R001 discharged 7 stays so/,
    );
    expect(run().signalsOf(oneMonday, 'PROLONGED_LOS')).not.toContain('discharges_held_over_no_round_days_at_provider');
  });

  it('leaves a stay past the norm at a provider at the rate of other facilities', () => {
    expect(run().signalsOf(peerPast, 'PROLONGED_LOS')).toEqual([]);
  });
});
