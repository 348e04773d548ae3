// INFLATED_BILL in rehabilitation and sub-acute care (inflated-rehab.ts; red team RT-INFLATED-91,
// RT-INFLATED-93). Hits: the sub-acute top-up on strokes sent home within the acute norm, and a
// rehabilitation line of a tenth of the bill on appendectomies with no therapy coded. Near misses:
// the top-up on a three-week stroke stay with physiotherapy, a large rehabilitation line with
// physiotherapy coded, an ordinary stay's small rehabilitation line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { patients } from '../test-support/patients.js';
import { INFLATED_BILL_DETECTOR } from './inflated-bill.js';

const book = patients('rehab');
// G-4-14-I: cerebral infarction, acute norm 6 days (fraud_ref_cbg)
const stroke = (masuk: string, days: number, over: Row = {}): string =>
  book.stay({
    kode_inacbg: 'G-4-14-I',
    diagnosa: 'I63.9#I10',
    procedure: '87.03#93.39',
    special_cmg: 'SA-01',
    tarif_special_cmg: 2_900_000,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, days),
    ...over,
  });
const shortStrokes = [stroke('2024-02-05', 4), stroke('2024-03-11', 6, { facility_id: '3273R001' })];
const longStroke = stroke('2024-04-08', 21, { tarif_rehabilitasi: 900_000 });
const strokeWithoutTopup = stroke('2024-05-06', 5, { special_cmg: null, tarif_special_cmg: 0 });

const APPENDIX = { kode_inacbg: 'K-1-12-I', diagnosa: 'K35.8', procedure: '47.09' };
const physioOnAppendix = [
  book.stay({ ...APPENDIX, tgl_masuk: '2024-06-03', tarif_rehabilitasi: 1_200_000 }),
  book.stay({ ...APPENDIX, tgl_masuk: '2024-07-01', tarif_rehabilitasi: 450_000, facility_id: '3273R001' }),
];
const physioCoded = book.stay({ ...APPENDIX, procedure: '47.09#93.99', tgl_masuk: '2024-08-05', tarif_rehabilitasi: 1_200_000 });
// a few sessions, below the minimum: a short stay's assessment the coder left off
const ordinaryLine = book.stay({ ...APPENDIX, tgl_masuk: '2024-09-02', tarif_rehabilitasi: 250_000 });
const outpatient = book.stay({
  jenis_rawat: 2,
  kode_inacbg: 'Q-5-44-0',
  diagnosa: 'M54.5',
  tgl_masuk: '2024-09-09',
  tgl_pulang: '2024-09-09',
  tarif_rehabilitasi: 600_000,
});

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims });
  hits = run.hits.filter((h) => h.fraud_type === 'INFLATED_BILL');
});

afterAll(async () => {
  await run?.close();
});

const flagged = (signal: string): string[] =>
  hits
    .filter((h) => h.signal === signal)
    .map((h) => h.nomor_sep)
    .sort();

describe('INFLATED_BILL: sub-acute top-ups and rehabilitation lines with no such care', () => {
  it('flags the sub-acute top-up on stays that ended within the acute norm, for the top-up tariff', () => {
    expect(INFLATED_BILL_DETECTOR.signals['subacute_topup_within_acute_stay']?.strength).toBe('suspicious');
    expect(flagged('subacute_topup_within_acute_stay')).toEqual([...shortStrokes].sort());
    const hit = hits.find((h) => h.nomor_sep === shortStrokes[0]);
    expect(hit?.amount_at_risk).toBe(2_900_000);
    expect(hit?.evidence_en).toContain('4-day stay, within the 6.0-day acute norm of CBG G-4-14-I');
  });

  it('leaves the top-up on a three-week stay and a short stay without the top-up', () => {
    expect(flagged('subacute_topup_within_acute_stay')).not.toContain(longStroke);
    expect(hits.filter((h) => h.nomor_sep === strokeWithoutTopup)).toEqual([]);
  });

  it('flags a rehabilitation line above a twentieth of the bill with no therapy coded, for the part above it', () => {
    expect(INFLATED_BILL_DETECTOR.signals['rehabilitation_without_therapy']?.strength).toBe('suspicious');
    expect(flagged('rehabilitation_without_therapy')).toEqual([...physioOnAppendix].sort());
    const hit = hits.find((h) => h.nomor_sep === physioOnAppendix[0] && h.signal === 'rehabilitation_without_therapy');
    // bill: 17 lines of Rp100,000 and rehabilitation Rp1,200,000 = Rp2,900,000; 5% of it is Rp145,000
    expect(hit?.amount_at_risk).toBe(1_055_000);
    expect(hit?.evidence_en).toContain('no therapy coded (ICD-9-CM 93.xx) among procedures [47.09]');
  });

  it('leaves a large line with physiotherapy coded, an ordinary line and an outpatient visit', () => {
    const rehab = flagged('rehabilitation_without_therapy');
    expect(rehab).not.toContain(physioCoded);
    expect(rehab).not.toContain(ordinaryLine);
    expect(rehab).not.toContain(outpatient);
    // the three-week stroke's therapy is coded (93.39): its line is no contradiction
    expect(rehab).not.toContain(longStroke);
  });
});
