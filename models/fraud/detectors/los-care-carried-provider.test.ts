// PROLONGED_LOS provider counts and a long stay whose bill carries the care of its days (los-care-carried.ts
// carriedStaysStepSql, red team RT-NM-PREECLAMPSIA-101): the counts of long stays at a provider leave such stays out,
// observed and expected alike, as the claim-level signals do. A provider whose long stays are sicker patients' courses,
// with two plain stays a day past the group's line, shows no pattern (fewer than three stays: minProviderClaims); the
// same provider with its long stays billed with a five-day course's care is still named for the two.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';

const CARRIES = hospital('3376R301');
const IDLE = hospital('3377R301');
const PEERS = ['3171R001', '3171R002', '7371R001'];

const book = peerStays('lcp', 13, { kode_inacbg: 'A-4-11-II', diagnosa: 'A01.0#K92.2' });
const { claims, members } = book;

/** A typhoid bill: room and nursing for `days`, the course's care times `care`. */
const billFor = (days: number, care: number, k: number): Row =>
  billOf({
    tarif_kamar: (250_000 + 1_000 * (k % 13)) * days,
    tarif_keperawatan: 120_000 * days,
    tarif_obat: Math.round((900_000 + 10_000 * (k % 7)) * care),
    tarif_laboratorium: Math.round(400_000 * care),
    tarif_radiologi: Math.round(300_000 * care),
    tarif_tenaga_ahli: Math.round(600_000 * care),
  });

let k = 0;
const stay = (facility: string, los: number, care: number): string => book.stayAt(facility, los, billFor(los, care, ++k));

// complicated typhoid elsewhere: home in four to six days (enough stays that the long ones below stay under a tenth)
for (let i = 0; i < 90; i++) stay(PEERS[i % 3] as string, 4 + (i % 3), 1);
const long = [15, 16, 15, 16, 15];
// long stays whose care grew with their days, and two plain stays of seven days (past the others' 90th percentile, 6)
long.forEach((los) => stay(CARRIES['facility_id'] as string, los, 2.6));
const carriesPlain = [7, 7].map((los) => stay(CARRIES['facility_id'] as string, los, 1));
// the same lengths with the care of a five-day stay
long.forEach((los) => stay(IDLE['facility_id'] as string, los, 1.1));
const idlePlain = [7, 7].map((los) => stay(IDLE['facility_id'] as string, los, 1));

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), CARRIES, IDLE], members, claims });
const prolonged = (sep: string): string[] => run().signalsOf(sep, 'PROLONGED_LOS');

describe("PROLONGED_LOS: carried stays left out of the provider's long-stay counts", () => {
  it('names none of the other stays of a provider whose long stays carry their care', () => {
    for (const sep of carriesPlain) expect(prolonged(sep), sep).not.toContain('condition_stays_above_p90_at_provider');
  });

  it('names the same stays where the long stays are billed with the care of a five-day course', () => {
    for (const sep of idlePlain) expect(prolonged(sep), sep).toContain('condition_stays_above_p90_at_provider');
  });
});
