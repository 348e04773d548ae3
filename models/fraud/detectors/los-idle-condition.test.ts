// PROLONGED_LOS `condition_stays_without_care_at_provider` (los-idle-days-hits.ts; red team RT-LOS-151):
// a general hospital keeps four typhoid patients eight days (norm four) on the care of a four-day course.
// Three bills show enough of the stretch in room and nursing to be named alone (`days_without_care`);
// the fourth, with a little more care, only the provider's smaller stretch. Over all its stays the
// hospital is no outlier: its pneumonias run a day long with room and nursing as often as other
// facilities' do, and hide the typhoid series in its overall rate. Against typhoid's rate elsewhere
// (almost none) its four are a pattern, the fourth included. Not named: a hospital whose pneumonias run
// a day long as often as other facilities' pneumonias.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';

const SERIES = hospital('3376R301', { hospital_class: 'C' });
const AT_RATE = hospital('3377R301', { hospital_class: 'C' });
const PEERS = [FACILITIES['jakarta2'], FACILITIES['makassar'], FACILITIES['bandung']].map((f) => String(f?.['facility_id']));

// typhoid (A-4-11-I, norm four days) and pneumonia (J-4-16-I, norm five days)
const TYPHOID: Row = { kode_inacbg: 'A-4-11-I', diagnosa: 'A01.0', procedure: '99.21' };
const PNEUMONIA: Row = { kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9', procedure: '87.44#99.21' };

const book = peerStays('lic', 13);
const { claims, members } = book;

/** Room and nursing for `days`, the care (drugs, tests, doctors) of a course of `careDays`. */
const billFor = (days: number, careDays: number, k: number): Row =>
  billOf({
    tarif_kamar: (250_000 + 1_000 * (k % 13)) * days,
    tarif_keperawatan: 120_000 * days,
    tarif_obat: Math.round((300_000 + 2_000 * (k % 7)) * careDays),
    tarif_laboratorium: Math.round(200_000 * careDays),
    tarif_tenaga_ahli: Math.round(200_000 * careDays),
  });

let k = 0;
const stay = (facility: string, code: Row, days: number, careDays: number): string =>
  book.stayAt(facility, days, { ...code, ...billFor(days, careDays, ++k) });

/** `n` stays of the code at the facility, `idle` of them kept a day or two with no care (seven days, the care of five). */
function ordinary(facility: string, code: Row, days: readonly number[], n: number, idle = 0): void {
  for (let i = 0; i < n; i++) {
    if (i < idle) stay(facility, code, 7, 5);
    else stay(facility, code, days[i % days.length] as number, days[i % days.length] as number);
  }
}

const TYPHOID_DAYS = [3, 4, 4, 5, 4];
const PNEUMONIA_DAYS = [4, 5, 5, 6, 5];
// elsewhere: typhoid home within its course; pneumonia, one stay in six a day or two long with room and nursing only
for (const p of PEERS) {
  ordinary(p, TYPHOID, TYPHOID_DAYS, 28);
  ordinary(p, PNEUMONIA, PNEUMONIA_DAYS, 20, 3);
}
// the series: twenty typhoid stays and forty pneumonias as other facilities keep them, four typhoid kept eight days
const SERIES_ID = String(SERIES['facility_id']);
ordinary(SERIES_ID, TYPHOID, TYPHOID_DAYS, 20);
ordinary(SERIES_ID, PNEUMONIA, PNEUMONIA_DAYS, 40, 6);
const namedAlone = [8, 8, 8].map((days) => stay(SERIES_ID, TYPHOID, days, 4));
const underTheLine = stay(SERIES_ID, TYPHOID, 8, 5.2);
// a hospital whose pneumonias run a day long as often as elsewhere
const AT_RATE_ID = String(AT_RATE['facility_id']);
ordinary(AT_RATE_ID, TYPHOID, TYPHOID_DAYS, 10);
const atRateStays = Array.from({ length: 5 }, () => stay(AT_RATE_ID, PNEUMONIA, 7, 5));
ordinary(AT_RATE_ID, PNEUMONIA, PNEUMONIA_DAYS, 25);

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), SERIES, AT_RATE], members, claims });
const CONDITION = 'condition_stays_without_care_at_provider';

describe("PROLONGED_LOS: one condition's stays without care at a provider, against the code's rate elsewhere", () => {
  it('names a series of one condition hidden in the overall rate, the stay a little under the single line included', () => {
    for (const sep of namedAlone) expect(run().hitsOf(sep, 'days_without_care'), sep).toHaveLength(1);
    expect(run().hitsOf(underTheLine, 'days_without_care')).toEqual([]);
    for (const sep of [...namedAlone, underTheLine]) {
      expect(run().hitsOf(sep, 'stays_without_care_at_provider'), sep).toEqual([]);
      expect(run().hitsOf(sep, CONDITION), sep).toHaveLength(1);
    }
    const [hit] = run().hitsOf(underTheLine, CONDITION);
    expect(hit?.evidence_en).toMatch(
      /; provider 3376R301 billed 4 such stays of A-4-11-I where the rate of other facilities for the code gives 0\.\d$/,
    );
    expect(hit?.amount_at_risk).toBeGreaterThan(0);
  });

  it("leaves a hospital whose day-long pneumonias run at other facilities' rate", () => {
    for (const sep of atRateStays) {
      expect(run().hitsOf(sep, CONDITION), sep).toEqual([]);
      expect(run().hitsOf(sep, 'stays_without_care_at_provider'), sep).toEqual([]);
    }
  });
});
