// PROLONGED_LOS and the stays a group's norm can judge (los-condition.ts, red team
// RT-NM-APLASTIC-61 and RT-NM-BURNS-61): a referral hospital's severe aplastic anaemia, a
// condition the anaemia group's stays elsewhere do not hold, is not judged by that group's
// percentiles; a burn unit's weeks-long stays that began in intensive care and went to theatre
// again and again are not judged by the debridement group's norm. Their look-alikes still are:
// the group's own conditions kept as long, and burns kept as long with neither ICU nor repeated
// operations, or with ICU and one operation only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const hospital = (facility_id: string, regency: string): Row => ({
  facility_id,
  facility_type: 'RSU',
  hospital_class: 'B',
  province_code: regency.slice(0, 2),
  regency_code: regency,
  ownership: 'PEMERINTAH',
  tariff_region: 1,
  latitude: -7,
  longitude: 110.4,
});
const HAEMATOLOGY_REFERRAL = hospital('3374R201', '3374');
const ANAEMIA_KEEPER = hospital('3371R201', '3371');
const BURN_UNIT = hospital('3573R201', '3573');
const BURN_KEEPER = hospital('3578R201', '3578');
const ICU_ONCE = hospital('3372R201', '3372');

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
function stay(facility: Row, los: number, over: Row = {}): string {
  n++;
  const card = `lc${n}`;
  members.push(member(card));
  const masuk = `2024-0${1 + (n % 9)}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const c = claim(card, {
    facility_id: String(facility['facility_id']),
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, los),
    tarif_kamar: 100_000 + 1_000 * (n % 13),
    ...over,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

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

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({
    facilities: [...Object.values(FACILITIES), HAEMATOLOGY_REFERRAL, ANAEMIA_KEEPER, BURN_UNIT, BURN_KEEPER, ICU_ONCE],
    members,
    claims,
  });
}, 120_000);
afterAll(async () => {
  await run.close();
});

const prolonged = (sep: string): string[] =>
  run
    .hitsOf(sep)
    .filter((h) => h.fraud_type === 'PROLONGED_LOS')
    .map((h) => h.signal);

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
