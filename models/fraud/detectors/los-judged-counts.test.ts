// PROLONGED_LOS: the provider's count of stays beyond the peers' 90th percentile holds only the
// stays the hits judge (los-condition.ts judgedInDistributionSql). A haematology referral hospital
// treats severe aplastic anaemia for two weeks, a condition the anaemia group's stays elsewhere do
// not hold: those stays are neither named nor counted, so its two typhoid patients kept a day past
// the peers' percentile are not named as a pattern either. A hospital keeping the anaemia group's
// own conditions three weeks is counted, and its typhoid stays past the percentile are named with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { peerStays } from '../test-support/patients.js';

const hospital = (facility_id: string, regency: string, hospital_class: string): Row => ({
  facility_id,
  facility_type: 'RSU',
  hospital_class,
  province_code: regency.slice(0, 2),
  regency_code: regency,
  ownership: 'PEMERINTAH',
  tariff_region: 1,
  latitude: -7,
  longitude: 110.4,
});
const HAEMATOLOGY_REFERRAL = hospital('3374R401', '3374', 'B');
// of another class, so that neither hospital's anaemia stays move the other's percentile
const ANAEMIA_KEEPER = hospital('3371R401', '3371', 'C');

const book = peerStays('jc', 13);
const { claims, members } = book;
const stay = (facility: Row, los: number, over: Row): string => book.stayAt(String(facility['facility_id']), los, over);

const ANAEMIA = { kode_inacbg: 'D-4-13-III', procedure: '99.04' };
const TYPHOID = { kode_inacbg: 'A-4-11-I', diagnosa: 'A01.0', procedure: '99.21' };
const PEERS = [FACILITIES['jakarta2'] ?? {}, FACILITIES['makassar'] ?? {}];
const ANAEMIA_DX = ['D50.9#D64.9', 'D56.1', 'D69.6', 'D64.9'];
// elsewhere: the anaemia group's own conditions, five to ten days; typhoid, three to six
for (let i = 0; i < 40; i++) stay(PEERS[i % 2] ?? {}, 5 + (i % 6), { ...ANAEMIA, diagnosa: ANAEMIA_DX[i % 4] ?? 'D64.9' });
for (let i = 0; i < 40; i++) stay(PEERS[i % 2] ?? {}, 3 + (i % 4), TYPHOID);

/** Eight anaemia stays of `dx` and `days`, ten typhoid stays of which two a day past the peers' percentile; the long typhoid stays returned. */
function hospitalStays(facility: Row, dx: string, days: readonly number[]): string[] {
  for (const los of days) stay(facility, los, { ...ANAEMIA, diagnosa: dx });
  for (const los of [3, 4, 4, 5, 3, 4, 5, 4]) stay(facility, los, TYPHOID);
  return [7, 7].map((los) => stay(facility, los, TYPHOID));
}
// two weeks of ATG for aplastic anaemia; three weeks for the group's own anaemias
const referralTyphoid = hospitalStays(HAEMATOLOGY_REFERRAL, 'D61.9#D69.6#D64.9', [12, 13, 14, 15, 12, 13, 14, 15]);
const keeperTyphoid = hospitalStays(ANAEMIA_KEEPER, 'D64.9#D50.9', [20, 21, 22, 23, 20, 21, 22, 23]);

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ facilities: [...Object.values(FACILITIES), HAEMATOLOGY_REFERRAL, ANAEMIA_KEEPER], members, claims });
});
afterAll(async () => {
  await run.close();
});

describe("PROLONGED_LOS: the provider's long stays counted as the hits judge them", () => {
  it("counts no stay of a condition foreign to its group: the referral hospital's typhoid stays are no pattern", async () => {
    for (const sep of referralTyphoid) expect(run.hitsOf(sep, 'stays_above_p90_at_provider')).toEqual([]);
    const [row] = await run.warehouse.query<{ long_stay_observed: bigint | number }>(
      `SELECT long_stay_observed FROM fraud_provider_distribution WHERE facility_id = '${String(HAEMATOLOGY_REFERRAL['facility_id'])}'`,
    );
    expect(Number(row?.long_stay_observed)).toBe(2);
  });

  it("counts the group's own conditions kept as long, and names the hospital's typhoid stays past the percentile with them", () => {
    for (const sep of keeperTyphoid) expect(run.signalsOf(sep, 'PROLONGED_LOS')).toContain('stays_above_p90_at_provider');
  });
});
