// PROLONGED_LOS against the peers' 90th percentile, for prolonged mechanical ventilation (96 hours
// or more, ICD-9-CM 96.72): a government ICU ventilates respiratory failure as long as each patient
// needs and its ICU days cover every hour; the stays are long for the intensive care and weaning,
// which the group's other stays, ventilated a day or two, do not share (red team RT-NM-VENT-91).
// Only the ward days are set against the percentile (patterns.ts judgedStayDaysSql). A hospital
// that keeps such patients two weeks on the ward after the ICU is still named, and so is one
// that writes ventilator hours its ICU days cannot hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { peerStays } from '../test-support/patients.js';

const PMV_ICU = hospital('1406R001');
const WARD_KEEPER = hospital('3374R001');
const HOURS_WITHOUT_ICU = hospital('3372R001');
const SIGNALS = ['stays_above_p90_at_provider', 'condition_stays_above_p90_at_provider'];

const book = peerStays('pv', 13);
const { claims, members } = book;
// each hospital's stays of its own severity level, so that no two of them move each other's percentile
const LEVELS = ['J-4-20-III', 'J-4-20-II', 'J-4-20-I'] as const;
const respiratoryFailure = (kode_inacbg: string): Row => ({
  kode_inacbg,
  diagnosa: 'J96.0#J18.9',
  procedure: '96.04#96.71',
  icu_indikator: 1,
});
const prolonged = (kode_inacbg: string): Row => ({ ...respiratoryFailure(kode_inacbg), procedure: '96.04#96.72' });
const PEERS = ['jakarta1', 'jakarta2', 'makassar'].map((k) => String(FACILITIES[k]?.['facility_id']));

// elsewhere: five to twelve days, ventilated up to two and a half days in one to three ICU days
for (const level of LEVELS) {
  for (let i = 0; i < 48; i++) {
    book.stayAt(PEERS[i % 3] ?? '', 5 + (i % 8), {
      ...respiratoryFailure(level),
      icu_los: 1 + (i % 3),
      ventilator_hour: 12 + 4 * (i % 12),
    });
  }
}
// ventilated 101 to 190 hours, ICU days covering them and a day more, then five to seven ward days
const pmv = [101, 126, 143, 168, 117, 190].map((h, i) => {
  const icu = Math.ceil(h / 24) + 1;
  return book.stayAt(String(PMV_ICU['facility_id']), icu + 5 + (i % 3), { ...prolonged('J-4-20-III'), icu_los: icu, ventilator_hour: h });
});
// five ICU days for 100 hours, then fourteen to sixteen ward days
const kept = [0, 1, 2, 3, 4, 5].map((i) =>
  book.stayAt(String(WARD_KEEPER['facility_id']), 5 + 14 + (i % 3), { ...prolonged('J-4-20-II'), icu_los: 5, ventilator_hour: 100 + i }),
);
// 100 ventilator hours written beside one ICU day, a stay of fourteen to sixteen days
const written = [0, 1, 2, 3, 4, 5].map((i) =>
  book.stayAt(String(HOURS_WITHOUT_ICU['facility_id']), 14 + (i % 3), { ...prolonged('J-4-20-I'), icu_los: 1, ventilator_hour: 100 + i }),
);

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ facilities: [...Object.values(FACILITIES), PMV_ICU, WARD_KEEPER, HOURS_WITHOUT_ICU], members, claims });
});
afterAll(async () => {
  await run.close();
});

const percentileSignals = (sep: string): string[] => run.signalsOf(sep, 'PROLONGED_LOS').filter((s) => SIGNALS.includes(s));

describe('PROLONGED_LOS: prolonged ventilation judged on its ward days', () => {
  it('names no stay whose length the ICU days of a prolonged ventilation explain', () => {
    for (const sep of pmv) expect(percentileSignals(sep), sep).toEqual([]);
  });

  it('names the stays kept two weeks on the ward after the ICU', () => {
    for (const sep of kept) expect(percentileSignals(sep), sep).toContain('condition_stays_above_p90_at_provider');
  });

  it('judges the whole stay where the ICU days cannot hold the ventilator hours', () => {
    for (const sep of written) expect(percentileSignals(sep), sep).toContain('condition_stays_above_p90_at_provider');
  });
});
