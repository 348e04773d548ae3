// PROLONGED_LOS: the stays a provider keeps past the INA-CBG norm are expected at the rate of the
// same code and the same diagnoses at other facilities (other-facility-peers.ts
// PAST_NORM_DIAGNOSIS_PRIOR_STAYS). One code holds diagnoses of different courses: A-4-14-I (norm
// four days) groups malaria, treated three days, and leptospirosis, treated seven (red team
// RT-NM-OUTBREAK-51). Elsewhere most malaria patients go home by day four and most leptospirosis
// patients stay past it. After a flood one hospital treats eleven leptospirosis patients, seven
// past the norm: as its diagnosis runs elsewhere, no pattern (against the code's rate, 0.21, it was
// named). Another keeps its malaria patients five and six days where malaria elsewhere goes home in
// four: still named.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { peerStays } from '../test-support/patients.js';
import { PAST_NORM_DIAGNOSIS_PRIOR_STAYS } from './other-facility-peers.js';

const FLOODED = hospital('3175R501', { hospital_class: 'C' });
const MALARIA_KEEPER = hospital('9471R501', { hospital_class: 'C' });
const PEERS = [FACILITIES['jakarta2'] ?? {}, FACILITIES['makassar'] ?? {}].map((f) => String(f['facility_id']));

const book = peerStays('dxm', 13);
const { claims, members } = book;
const MALARIA: Row = { kode_inacbg: 'A-4-14-I', diagnosa: 'B50.9', procedure: '90.59' };
const LEPTOSPIROSIS: Row = { kode_inacbg: 'A-4-14-I', diagnosa: 'A27.9', procedure: '90.59#99.21' };

// elsewhere: 160 malaria stays of three or four days, one in ten five; 20 leptospirosis stays of six to
// eight days, one in five four
const MALARIA_DAYS = [3, 4, 3, 4, 3, 4, 3, 4, 3, 5];
const LEPTOSPIROSIS_DAYS = [6, 7, 7, 8, 4];
for (let i = 0; i < 160; i++) book.stayAt(PEERS[i % 2] as string, MALARIA_DAYS[i % 10] as number, MALARIA);
for (let i = 0; i < 20; i++) book.stayAt(PEERS[i % 2] as string, LEPTOSPIROSIS_DAYS[i % 5] as number, LEPTOSPIROSIS);
// the flood: eleven leptospirosis patients, seven past the norm (the red team's days)
const flood = [4, 5, 4, 7, 4, 5, 8, 4, 6, 7, 5].map((los) => book.stayAt(FLOODED['facility_id'] as string, los, LEPTOSPIROSIS));
// the keeper: twelve malaria patients, eight kept five or six days
const KEEPER_DAYS = [5, 6, 5, 3, 6, 5, 4, 4, 6, 3, 5, 6];
const kept = KEEPER_DAYS.map((los) => book.stayAt(MALARIA_KEEPER['facility_id'] as string, los, MALARIA));

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), FLOODED, MALARIA_KEEPER], members, claims });
const PAST_NORM_SIGNALS = ['condition_stays_past_norm_at_provider', 'stays_past_norm_at_provider'];

describe("PROLONGED_LOS: stays past the norm expected at the provider's diagnosis mix", () => {
  it("leaves a flood's leptospirosis stays unnamed: the diagnosis runs past the norm elsewhere too", () => {
    for (const sep of flood) for (const signal of PAST_NORM_SIGNALS) expect(run().hitsOf(sep, signal), sep).toEqual([]);
  });

  it('still names malaria stays kept past the norm where malaria elsewhere goes home within it', () => {
    const long = kept.filter((_, i) => (KEEPER_DAYS[i] as number) > 4);
    expect(long).toHaveLength(8);
    for (const sep of long) expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).toContain('condition_stays_past_norm_at_provider');
    const hit = run().hitsOf(long[0] as string, 'condition_stays_past_norm_at_provider')[0];
    expect(hit?.evidence_en).toMatch(
      /provider 9471R501 kept 8 of its 12 stays of this code past the norm where other facilities' rates for the same diagnoses give 1\.\d$/,
    );
  });

  it("reads a diagnosis's rate elsewhere shrunk toward the code's by the prior stays", async () => {
    const [row] = await run().warehouse.query<{ past_norm_rate: number; past_norm_code_rate: number }>(
      `SELECT past_norm_rate, past_norm_code_rate FROM fraud_other_facility_peers WHERE facility_id = '3175R501' AND kode_inacbg = 'A-4-14-I'`,
    );
    // the code elsewhere: 180 peer stays (16 + 16 past the norm) and the keeper's 12 (8 past), half a stay of prior
    expect(row?.past_norm_code_rate).toBeCloseTo((16 + 16 + 8 + 0.5) / (160 + 20 + 12 + 1), 9);
    // leptospirosis elsewhere: 16 of 20 past the norm, PAST_NORM_DIAGNOSIS_PRIOR_STAYS stays at the code's rate
    const k = PAST_NORM_DIAGNOSIS_PRIOR_STAYS;
    expect(row?.past_norm_rate).toBeCloseTo((16 + k * (row?.past_norm_code_rate ?? 0)) / (20 + k), 9);
  });
});
