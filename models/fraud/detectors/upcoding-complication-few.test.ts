// UPCODING: a small hospital's few stays raised by a complication cost what its own severity-I
// stays cost (upcoding-complication-cost.ts, from three stays when its own severity-I bills are tight
// enough: red team RT-UPCODE-144, acute kidney injury added to three heart-failure stays billed 1.07x
// the severity-I stays beside one true injury); and the look-alikes that stay silent: a small
// hospital whose complicated stays cost a level more, one whose own severity-I bills scatter so
// widely that three cheap stays are chance, one with only two such stays, and one whose cheap
// stays carry an act none of its severity-I stays carry (potassium in the infusion, 99.18: red team
// RT-NM-LEVELBELOW-141).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const SIGNAL = 'complication_stays_cost_as_own_severity_one';
const CODER = String(FACILITIES['bandung']?.['facility_id']);
const HONEST = String(FACILITIES['jakarta1']?.['facility_id']);
const SCATTERED = String(FACILITIES['jakarta2']?.['facility_id']);
const TWO = String(FACILITIES['makassar']?.['facility_id']);
/** A second class C hospital in Bandung, for the treated look-alike. */
const TREATED_ROW = { ...FACILITIES['bandung'], facility_id: '3273R002', latitude: -6.95, longitude: 107.65 };
const TREATED = TREATED_ROW.facility_id;

const book = patients('cf');
const heartFailure = (facility: string, kode: string, diagnosa: string, days: number, each: number, procedure = '89.52'): string =>
  evenBillStay(book, { facility_id: facility, kode_inacbg: kode, diagnosa, procedure }, days, each);
const severityOne = (facility: string, bills: readonly number[]): void => {
  for (const each of bills) heartFailure(facility, 'I-4-12-I', 'I50.0', 5, each);
};
const EVEN = Array.from({ length: 8 }, () => 100_000);

// the coding hospital: eight severity-I stays, three coded II with N17.9 on the same care, one true injury
severityOne(CODER, EVEN);
const codedUp = [107_000, 106_000, 108_000].map((each) => heartFailure(CODER, 'I-4-12-II', 'I50.0#N17.9', 5, each));
const trueInjury = heartFailure(CODER, 'I-4-12-II', 'I50.0#N17.9', 7, 170_000);
// a small honest hospital: its four injuries cost a level more and a day longer
severityOne(HONEST, EVEN);
const honest = [145_000, 150_000, 140_000, 155_000].map((each) => heartFailure(HONEST, 'I-4-12-II', 'I50.0#N17.9', 6, each));
// a hospital whose severity-I bills scatter (log sd ~0.35): three stays at 1.07x its median are within chance
severityOne(SCATTERED, [55_000, 70_000, 85_000, 100_000, 100_000, 120_000, 145_000, 180_000]);
const scattered = [107_000, 106_000, 108_000].map((each) => heartFailure(SCATTERED, 'I-4-12-II', 'I50.0#N17.9', 5, each));
// two cheap stays are too few to read a hospital by
severityOne(TWO, EVEN);
const two = [107_000, 106_000].map((each) => heartFailure(TWO, 'I-4-12-II', 'I50.0#N17.9', 5, each));
// hypokalaemia corrected in the infusion: cheap, but an act of its own that no severity-I stay there carries
severityOne(TREATED, EVEN);
const treated = [110_000, 108_000, 112_000].map((each) => heartFailure(TREATED, 'I-4-12-II', 'I50.0#E87.6', 5, each, '89.52#99.18'));

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), TREATED_ROW], members: book.members, claims: book.claims });

describe("UPCODING: a small hospital's few complication stays billed as its own severity I", () => {
  it('names each coded-up stay from three stays, with the complication and one level of the tariff at risk', () => {
    for (const sep of codedUp) {
      const [h] = run().hitsOf(sep, SIGNAL);
      expect(h?.fraud_type).toBe('UPCODING');
      expect(h?.evidence_en).toContain('its 4 stays');
      expect(h?.evidence_en).toContain('with N17.9');
      expect(h?.evidence_en).toContain('every procedure also on its own severity-I stays');
      expect(h?.amount_at_risk).toBeGreaterThan(0);
    }
  });

  it("leaves the hospital's true injury (two days longer, 1.7x its severity I) unnamed", () => {
    expect(run().hitsOf(trueInjury, SIGNAL)).toHaveLength(0);
  });

  it('stays silent on a small honest hospital, a hospital of scattered bills, one of two such stays and cheap treated stays', () => {
    for (const sep of [...honest, ...scattered, ...two, ...treated]) expect(run().hitsOf(sep, SIGNAL)).toHaveLength(0);
  });
});
