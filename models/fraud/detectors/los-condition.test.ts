// PROLONGED_LOS and the stays a group's norm can judge (los-condition.ts, red team
// RT-NM-APLASTIC-61 and RT-NM-BURNS-61): a referral hospital's severe aplastic anaemia, a
// condition the anaemia group's stays elsewhere do not hold, is not judged by that group's
// percentiles; a burn unit's weeks-long stays that began in intensive care and went to theatre
// again and again are not judged by the debridement group's norm. Their look-alikes still are:
// the group's own conditions kept as long, and burns kept as long with neither ICU nor repeated
// operations, or with ICU and one operation only.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { peerStays } from '../test-support/patients.js';

const HAEMATOLOGY_REFERRAL = hospital('3374R201');
const ANAEMIA_KEEPER = hospital('3371R201');
const BURN_UNIT = hospital('3573R201');
const BURN_KEEPER = hospital('3578R201');
const ICU_ONCE = hospital('3372R201');

const book = peerStays('lc', 13);
const { claims, members } = book;
const stay = (facility: Row, los: number, over: Row = {}): string => book.stayAt(String(facility['facility_id']), los, over);

const ANAEMIA = { kode_inacbg: 'D-4-13-III', procedure: '99.04' };
const DEBRIDEMENT = { kode_inacbg: 'S-1-10-III', procedure: '86.22' };
const PEERS = [FACILITIES['jakarta2'] ?? {}, FACILITIES['makassar'] ?? {}];
// the anaemia group elsewhere: iron deficiency, haemolysis, thrombocytopenia, a week or so
const ANAEMIA_DX = ['D50.9#D64.9', 'D56.1', 'D69.6', 'D64.9'];
for (let i = 0; i < 40; i++) stay(PEERS[i % 2] ?? {}, 5 + (i % 6), { ...ANAEMIA, diagnosa: ANAEMIA_DX[i % 4] ?? 'D64.9' });
// the debridement group elsewhere: wounds and small burns, one operation, days
const WOUND_DX = ['S61.0', 'T23.2', 'T14.1', 'T29.3#E86'];
for (let i = 0; i < 40; i++) stay(PEERS[i % 2] ?? {}, 4 + (i % 7), { ...DEBRIDEMENT, diagnosa: WOUND_DX[i % 4] ?? 'S61.0' });

// severe aplastic anaemia, ATG in hospital for two weeks, at the referral hospital
const aplastic = [12, 13, 14, 15].map((los) => stay(HAEMATOLOGY_REFERRAL, los, { ...ANAEMIA, diagnosa: 'D61.9#D69.6#D64.9' }));
// the group's own anaemias kept as long elsewhere
const anaemiaKept = [13, 14, 15, 16].map((los) => stay(ANAEMIA_KEEPER, los, { ...ANAEMIA, diagnosa: 'D64.9#D50.9' }));

const burnCourse = (icuDays: number, surgicalFee: number): Row => ({
  ...DEBRIDEMENT,
  diagnosa: 'T29.3#E86#D64.9',
  icu_indikator: icuDays > 0 ? 1 : 0,
  icu_los: icuDays,
  tarif_prosedur_bedah: surgicalFee,
});
// a burn unit: ICU at the start, serial debridement (theatre billed two and a half times), weeks
const burnUnit = [31, 24, 38, 27, 33].map((los, i) => stay(BURN_UNIT, los, burnCourse(3 + (i % 4), 250_000)));
// the same weeks with one operation and no intensive care
const burnKept = [31, 24, 38, 27, 33].map((los) => stay(BURN_KEEPER, los, burnCourse(0, 100_000)));
// an ICU start but one operation: the weeks after are not shown by care the ward cannot bill alone
const icuOnce = [31, 24, 38, 27, 33].map((los) => stay(ICU_ONCE, los, burnCourse(4, 100_000)));

const run = runDetectorsOnce({
  facilities: [...Object.values(FACILITIES), HAEMATOLOGY_REFERRAL, ANAEMIA_KEEPER, BURN_UNIT, BURN_KEEPER, ICU_ONCE],
  members,
  claims,
});

const prolonged = (sep: string): string[] => run().signalsOf(sep, 'PROLONGED_LOS');

describe('PROLONGED_LOS: stays the group norm judges', () => {
  it("leaves a condition the group's stays elsewhere do not hold (aplastic anaemia in the anaemia group) unjudged", () => {
    for (const sep of aplastic) expect(prolonged(sep)).toEqual([]);
  });

  it("still names a hospital keeping the group's own conditions as long", () => {
    for (const sep of anaemiaKept) expect(prolonged(sep).length).toBeGreaterThan(0);
  });

  it('leaves burns that began in intensive care and went to theatre again and again to their course', () => {
    for (const sep of burnUnit) expect(prolonged(sep)).toEqual([]);
  });

  it('still names burns kept weeks with one operation, with or without an ICU start', () => {
    for (const sep of [...burnKept, ...icuOnce]) expect(prolonged(sep)).toContain('los_above_norm');
  });
});
