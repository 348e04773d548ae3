// The 90th-percentile line a stay is judged against by other facilities' stays of its code
// (peers.ts wholeValueLineSql, red team RT-NM-ADHESION-71): stays count whole days, so the line is
// the shortest stay that nine in ten of the others do not exceed; a stay beyond it is as long as
// at most a tenth of them. quantile_cont would put the line at 7.5 days between the others' 7-
// and 8-day stays, and call honest 8-day stays that 11% of the others reach long ones.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import { peerStays } from '../test-support/patients.js';

/** Two codes with the same pool of other hospitals' stays: one for the near miss, one for the hit. */
const NEAR_MISS_CODE = { kode_inacbg: 'A-4-13-I', diagnosa: 'A90' };
const HIT_CODE = { kode_inacbg: 'A-4-11-I', diagnosa: 'A01.0' };
/** 36 stays at six class B hospitals: 32 of 7 days or fewer, two of 8 and two of 11 (quantile_cont 0.9: 7.5). */
const POOL_DAYS = [
  ...Array<number>(8).fill(3),
  ...Array<number>(6).fill(4),
  ...Array<number>(5).fill(5),
  ...Array<number>(8).fill(6),
  ...Array<number>(5).fill(7),
  8,
  8,
  11,
  11,
];
const POOL = ['3301R401', '3302R401', '3303R401', '3304R401', '3305R401', '3306R401'].map((id) => hospital(id));
/** Honest 8-day stays (the near miss) and a keeper of 9-day stays (the hit), both class B. */
const EIGHT_DAYS = hospital('3307R401');
const NINE_DAYS = hospital('3308R401');

const book = peerStays('pwd', 13);
const { claims, members } = book;
for (const code of [NEAR_MISS_CODE, HIT_CODE])
  POOL_DAYS.forEach((los, i) => book.stayAt(String(POOL[i % POOL.length]?.['facility_id']), los, code));
const eightDays = [8, 8, 8, 8].map((los) => book.stayAt(String(EIGHT_DAYS['facility_id']), los, NEAR_MISS_CODE));
const nineDays = [9, 9, 9, 9].map((los) => book.stayAt(String(NINE_DAYS['facility_id']), los, HIT_CODE));

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), ...POOL, EIGHT_DAYS, NINE_DAYS], members, claims });

interface LineRow {
  n: bigint;
  peer_level: string;
  los_p90: number;
  long_stays_observed: bigint;
}
async function lineOf(facility: string, code: string): Promise<LineRow | undefined> {
  const [row] = await run().warehouse.query<LineRow>(
    'SELECT n, peer_level, los_p90, long_stays_observed FROM fraud_other_facility_peers WHERE facility_id = $1 AND kode_inacbg = $2',
    [facility, code],
  );
  return row;
}
const CONDITION_SIGNAL = 'condition_stays_above_p90_at_provider';

describe('the whole-day 90th-percentile line of other facilities', () => {
  it('is the shortest stay nine in ten of the others do not exceed, where quantile_cont reads 7.5', async () => {
    const facility = String(EIGHT_DAYS['facility_id']);
    const [cont] = await run().warehouse.query<{ p90: number }>(
      'SELECT quantile_cont(los, 0.9) AS p90 FROM fraud_claim_base WHERE kode_inacbg = $1 AND facility_id <> $2 AND jenis_rawat = 1',
      [NEAR_MISS_CODE.kode_inacbg, facility],
    );
    expect(cont?.p90).toBe(7.5);
    const row = await lineOf(facility, NEAR_MISS_CODE.kode_inacbg);
    expect(row?.peer_level).toBe('class');
    expect(Number(row?.n)).toBe(POOL_DAYS.length);
    expect(row?.los_p90).toBe(8);
  });

  it('does not call honest 8-day stays long when 4 of 36 others last 8 days or more (near miss)', async () => {
    const row = await lineOf(String(EIGHT_DAYS['facility_id']), NEAR_MISS_CODE.kode_inacbg);
    expect(Number(row?.long_stays_observed)).toBe(0);
    for (const sep of eightDays) expect(run().signalsOf(sep, 'PROLONGED_LOS')).not.toContain(CONDITION_SIGNAL);
  });

  it('calls a provider that keeps every stay of the code 9 days long (hit)', async () => {
    const row = await lineOf(String(NINE_DAYS['facility_id']), HIT_CODE.kode_inacbg);
    expect(row?.los_p90).toBe(8);
    expect(Number(row?.long_stays_observed)).toBe(nineDays.length);
    for (const sep of nineDays) expect(run().signalsOf(sep, 'PROLONGED_LOS')).toContain(CONDITION_SIGNAL);
  });
});
