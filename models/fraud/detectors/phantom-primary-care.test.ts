// PHANTOM_BILLING from the card's primary-care record (red team RT-PHANTOM-102): clinic patients
// billed as three-night stays while P-Care records each card at its puskesmas on the second day,
// at a hospital where this is the practice. Near misses: the same hospital's real stays with the
// P-Care visit on the day of admission or discharge, and another hospital with one patient seen
// at home mid-stay (a slip, or a relative seen in the member's name: RT-PHANTOM-61). A stay whose SEP
// was issued after its discharge with the card at its puskesmas mid-stay is named alone (RT-PHANTOM-141);
// its near misses: the late SEP without a visit (a weekend emergency), the late SEP with the visit on
// the day of discharge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { sickVisit } from '../test-support/fktp-visits.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { PRIMARY_CARE_THRESHOLDS } from './phantom-primary-care.js';

const { claims, members, add } = claimBook();
const visits: Row[] = [];
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const SIGNAL = 'stay_while_examined_at_primary_care';

/** A three-night hypertension stay of `card` from `day`, with a P-Care sick visit `visitAfter` days after admission. */
function stay(card: string, day: string, visitAfter: number | null, over: Row = {}): string {
  const sep = add(card, { tgl_masuk: day, tgl_pulang: addDays(day, 3), diagnosa: 'I10', kode_inacbg: 'I-4-17-I', ...over });
  if (visitAfter !== null) visits.push(sickVisit({ id: `V${card}`, card, date: addDays(day, visitAfter), diagnosa: 'I10' }));
  return sep;
}

const day = (i: number): string => addDays('2024-03-01', 5 * i);
// Jakarta: four patients at their puskesmas on the second day of their stay, four more with the visit on the day
// of admission or discharge (seen, then admitted; discharged, then seen), and four stays without a visit
const atPuskesmas = [0, 1, 2, 3].map((i) => stay(`paper${i}`, day(i), 1 + (i % 2)));
const edgeDays = [4, 5, 6, 7].map((i) => stay(`edge${i}`, day(i), i % 2 ? 0 : 3));
for (const i of [8, 9, 10, 11]) stay(`ward${i}`, day(i), null);
// Bandung: one patient seen at home mid-stay among six
const oneSlip = stay('slip', day(0), 2, { facility_id: BANDUNG });
for (const i of [1, 2, 3, 4, 5]) stay(`bdg${i}`, day(i), null, { facility_id: BANDUNG });
// Makassar: one stay with its SEP issued two days after discharge and the card at its puskesmas mid-stay, among
// a weekend emergency's late SEP without a visit and a late SEP with the visit on the discharge day
const MAKASSAR = String(FACILITIES['makassar']?.['facility_id']);
const lateSep = (i: number): Row => ({ facility_id: MAKASSAR, tgl_sep: addDays(day(i), 5) });
const paperLateSep = stay('late', day(0), 1, lateSep(0));
const weekendSep = stay('weekend', day(1), null, lateSep(1));
const dischargeDayVisit = stay('homeday', day(2), 3, lateSep(2));
for (const i of [3, 4, 5, 6, 7]) stay(`mks${i}`, day(i), null, { facility_id: MAKASSAR });

let run: DetectorRun | undefined;
beforeAll(async () => {
  run = await runDetectors({ members, claims, fktp_visits: visits });
});
afterAll(async () => {
  await run?.close();
});

describe('PHANTOM_BILLING: an inpatient recorded at the puskesmas in the middle of the stay', () => {
  it('flags the stays of a hospital whose patients are at their puskesmas mid-stay, naming the visit', () => {
    const flagged = (run?.hitsOfType('PHANTOM_BILLING', SIGNAL) ?? []).map((h) => h.nomor_sep).sort();
    expect(flagged).toEqual([...atPuskesmas].sort());
    const hit = run?.hitsOf(atPuskesmas[0] ?? '', SIGNAL)[0];
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toContain('SAKIT I10');
    expect(hit?.evidence_en).toContain('4 of 12 patients');
  });

  it('leaves visits on the day of admission or discharge, and one mid-stay visit at a hospital, alone', () => {
    for (const sep of [...edgeDays, oneSlip]) expect(run?.hitsOf(sep, SIGNAL)).toEqual([]);
    expect(PRIMARY_CARE_THRESHOLDS.minPrimaryCarePatientsAtProvider.value).toBeGreaterThan(1);
  });
});

describe('PHANTOM_BILLING: a stay whose SEP was issued after discharge, the card at its puskesmas mid-stay', () => {
  const LATE = 'stay_with_late_sep_while_at_primary_care';
  it('names the stay alone, naming the SEP date and the visit', () => {
    expect((run?.hitsOfType('PHANTOM_BILLING', LATE) ?? []).map((h) => h.nomor_sep)).toEqual([paperLateSep]);
    const hit = run?.hitsOf(paperLateSep, LATE)[0];
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toMatch(
      /^Inpatient 2024-03-01 to 2024-03-04, its SEP issued only on 2024-03-06, after the discharge, while P-Care records the card at its FKTP during the stay \(.*2024-03-02 SAKIT I10\)$/,
    );
    expect(hit?.evidence_id).toContain('SEP-nya baru terbit 2024-03-06');
    // one patient at Makassar: the hospital's share alone names nothing
    expect(run?.hitsOf(paperLateSep, SIGNAL)).toEqual([]);
  });

  it('leaves a late SEP without a mid-stay visit, or with the visit on the discharge day, alone', () => {
    for (const sep of [weekendSep, dischargeDayVisit]) expect(run?.hitsOf(sep, LATE), sep).toEqual([]);
  });
});
