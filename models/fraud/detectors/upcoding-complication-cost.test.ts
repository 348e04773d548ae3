// UPCODING: a provider's stays raised by complications cost what its own severity-I stays cost
// (upcoding-complication-cost.ts, red team RT-UPCODE-94 and -97): a hospital adding dehydration or
// anaemia to unchanged typhoid stays; and the honest look-alikes that stay silent.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const CODER = String(FACILITIES['jakarta1']?.['facility_id']);
const HONEST = String(FACILITIES['jakarta2']?.['facility_id']);
const CHEAP = String(FACILITIES['makassar']?.['facility_id']);

const book = patients('cc');
const typhoid = (facility: string, kode: string, diagnosa: string, days: number, each: number): string =>
  evenBillStay(book, { facility_id: facility, kode_inacbg: kode, diagnosa, procedure: '99.18' }, days, each);

// the coding hospital: severity-I typhoid stays, then the same stays coded II with dehydration or anaemia
for (let i = 0; i < 5; i++) typhoid(CODER, 'A-4-11-I', 'A01.0', 4, 100_000);
const codedUp = Array.from({ length: 7 }, (_, i) => typhoid(CODER, 'A-4-11-II', i % 2 ? 'A01.0#E86' : 'A01.0#D64.9', 4, 101_000));
// there too: a stay raised by diabetes only (a lasting comorbidity) is not judged here
const comorbidity = typhoid(CODER, 'A-4-11-II', 'A01.0#E11.9', 4, 100_000);
// an honest hospital: its complicated stays a day longer and half again dearer than its severity-I stays
for (let i = 0; i < 5; i++) typhoid(HONEST, 'A-4-11-I', 'A01.0', 4, 100_000);
const honest = Array.from({ length: 7 }, (_, i) => typhoid(HONEST, 'A-4-11-II', i % 2 ? 'A01.0#E86' : 'A01.0#D64.9', 5, 150_000));
// a hospital that bills every level low (its own tariff): the step over its own severity I is ordinary
for (let i = 0; i < 5; i++) typhoid(CHEAP, 'A-4-11-I', 'A01.0', 4, 60_000);
const cheap = Array.from({ length: 7 }, (_, i) => typhoid(CHEAP, 'A-4-11-II', i % 2 ? 'A01.0#E86' : 'A01.0#D64.9', 5, 90_000));

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe("UPCODING: stays raised by complications billed as the provider's own severity I", () => {
  it('names each coded-up stay, with the complication and one level of the tariff at risk', () => {
    for (const sep of codedUp) {
      const [h] = run().hitsOf(sep, 'complication_stays_cost_as_own_severity_one');
      expect(h?.fraud_type).toBe('UPCODING');
      expect(h?.evidence_en).toMatch(/with (E86|D64\.9)/);
      expect(h?.evidence_en).toContain('its 7 stays');
      // severity II over I (1.45): 31% of the Rp5M hand-built tariff
      expect(h?.amount_at_risk).toBeCloseTo(5_000_000 * (1 - 1 / 1.45), -3);
    }
  });

  it('stays silent on a comorbidity-only stay, an honest hospital and a hospital billing every level low', () => {
    for (const sep of [comorbidity, ...honest, ...cheap]) {
      expect(run().hitsOf(sep, 'complication_stays_cost_as_own_severity_one')).toHaveLength(0);
    }
  });
});
