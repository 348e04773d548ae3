// PROLONGED_LOS `days_without_care` (los-idle-days.ts): hospitals with no history each keep one
// typhoid patient twice the norm, billing room and nursing for every day and the care of a
// four-day course, or a jaundiced newborn six days; no other LOS rule sees one stay of twice the
// norm. Its look-alikes, each the only stay of its hospital, keep the bill's shape or are left out
// by what their days were: a course as long with its care (a complication treated), days in
// intensive care, a patient waiting for a referral bed, a psychiatric stay, a preterm infant kept
// to grow, a stay a little under the stretch asked; and a class A referral hospital's severe stays
// whose care grew with them. A hospital that adds two or three days of room and nursing to most of
// its typhoid stays is named by its count of such stays against other facilities; one that keeps
// as many patients as long with their care is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';

const hospital = (facility_id: string, hospital_class: string, regency: string): Row => ({
  facility_id,
  facility_type: 'RSU',
  hospital_class,
  province_code: regency.slice(0, 2),
  regency_code: regency,
  ownership: 'SWASTA',
  tariff_region: 1,
  latitude: -7.5,
  longitude: 110.8,
});
const REFERRAL = hospital('3471R301', 'A', '3471');
const ADDS_DAYS = hospital('3273R301', 'C', '3273');
const KEEPS_WITH_CARE = hospital('3273R302', 'D', '3273');
const NEW_HOSPITALS: Row[] = [];
/** A class B hospital with no history (each case below at one of its own). */
const newHospital = (): Row => {
  const h = hospital(`3372R${String(310 + NEW_HOSPITALS.length)}`, 'B', '3372');
  NEW_HOSPITALS.push(h);
  return h;
};

/**
 * A stay's bill: room and nursing for `hotelDays`, the rest (drugs, laboratory, radiology, the
 * doctors) for a course of `careDays`; `k` varies the room fee, as honest bills never share every component.
 */
const billFor = (hotelDays: number, careDays: number, k: number): Row =>
  billOf({
    tarif_kamar: (150_000 + 1_000 * (k % 11)) * hotelDays,
    tarif_keperawatan: 90_000 * hotelDays,
    tarif_obat: 120_000 * careDays,
    tarif_laboratorium: 70_000 * careDays,
    tarif_radiologi: 150_000,
    tarif_tenaga_ahli: 60_000 * careDays,
    tarif_konsultasi: 40_000,
  });

const TYPHOID = { kode_inacbg: 'A-4-11-I', diagnosa: 'A01.0', procedure: '99.21' };
const book = peerStays('idle', 11, TYPHOID);
const { claims, members } = book;
let k = 0;
/** A stay of `los` days at the facility, its care that of `careDays` days. */
const stay = (facility: Row, los: number, careDays: number, over: Row = {}): string =>
  book.stayAt(String(facility['facility_id']), los, { ...billFor(los, careDays, k++), ...over });

// typhoid elsewhere: three to six days, care for every day of them
const PEERS = [FACILITIES['jakarta2'] ?? {}, FACILITIES['makassar'] ?? {}, FACILITIES['bandung'] ?? {}];
for (let i = 0; i < 45; i++) stay(PEERS[i % 3] ?? {}, 3 + (i % 4), 3 + (i % 4));
// psychoses elsewhere: a week or two, drugs every day
for (let i = 0; i < 24; i++)
  stay(PEERS[i % 3] ?? {}, 8 + (i % 6), 8 + (i % 6), { kode_inacbg: 'F-4-10-I', diagnosa: 'F20.9', procedure: '94.25' });
// newborns elsewhere: jaundice two to four days of phototherapy; preterm infants ten days or so, fed as they grow
const JAUNDICE = { kode_inacbg: 'P-8-11-I', diagnosa: 'P59.9', procedure: '99.83' };
const PRETERM = { kode_inacbg: 'P-8-17-I', diagnosa: 'P07.3', procedure: '93.96' };
for (let i = 0; i < 24; i++) stay(PEERS[i % 3] ?? {}, 2 + (i % 3), 2 + (i % 3), JAUNDICE);
for (let i = 0; i < 24; i++) stay(PEERS[i % 3] ?? {}, 8 + (i % 5), 8 + (i % 5), PRETERM);
// severe pneumonia elsewhere: ten days or so
const PNEUMONIA = { kode_inacbg: 'J-4-16-III', diagnosa: 'J18.9#J96.0#E87.1', procedure: '87.44#99.21' };
for (let i = 0; i < 24; i++) stay(PEERS[i % 3] ?? {}, 8 + (i % 5), 8 + (i % 5), PNEUMONIA);

// eight days (2x the norm, 1.6x the median elsewhere, under los_above_norm's 2.15x), the care of a four-day course
const stretched = [8, 8, 8].map((los) => stay(newHospital(), los, 4));
// a jaundiced newborn kept six days (twice the median elsewhere) with three days of phototherapy
const jaundiceKept = stay(newHospital(), 6, 3, JAUNDICE);
// look-alikes: a course as long with its care (a complication treated) ...
const treated = stay(newHospital(), 8, 8, { diagnosa: 'A01.0#K63.1' });
// ... days in intensive care
const intensive = stay(newHospital(), 8, 4, { icu_indikator: 1, icu_los: 2, tarif_rawat_intensif: 600_000 });
// ... a patient kept for a referral bed
const waitingForBed = stay(newHospital(), 8, 4, { discharge_status: 2 });
// ... a psychiatric stay of three weeks
const psychiatric = stay(newHospital(), 20, 8, { kode_inacbg: 'F-4-10-I', diagnosa: 'F20.9', procedure: '94.25' });
// ... a preterm infant kept sixteen days to grow, its feeds and nursing the care
const preterm = stay(newHospital(), 16, 9, PRETERM);
// ... a little under the stretch asked (five days: 1.25x the norm)
const justOver = stay(newHospital(), 5, 4);
// a class A referral hospital's severe pneumonias kept three weeks, their care grown with them
const referralSevere = [20, 22, 19].map((los) => stay(REFERRAL, los, los, PNEUMONIA));

// seven-day stays (1.4x the median elsewhere, under the 1.5x one stay is named at), with ordinary ones
const addsDays = [7, 7, 7, 7, 7, 7].map((los) => stay(ADDS_DAYS, los, 4));
const keepsWithCare = [7, 7, 7, 7, 7, 7].map((los) => stay(KEEPS_WITH_CARE, los, los));
// ... and general hospitals' case mix: ordinary typhoid and pneumonia stays (no CMG is half their care)
for (const h of [ADDS_DAYS, KEEPS_WITH_CARE]) {
  for (let i = 0; i < 6; i++) stay(h, 3 + (i % 3), 3 + (i % 3));
  for (let i = 0; i < 14; i++) stay(h, 8 + (i % 5), 8 + (i % 5), PNEUMONIA);
}

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({
    facilities: [...Object.values(FACILITIES), ...NEW_HOSPITALS, REFERRAL, ADDS_DAYS, KEEPS_WITH_CARE],
    members,
    claims,
  });
});
afterAll(async () => {
  await run.close();
});

describe('PROLONGED_LOS: days without care', () => {
  it('names a stay twice the norm whose extra days held room and nursing only, the one stay of a hospital with no history', () => {
    for (const sep of [...stretched, jaundiceKept]) {
      expect(run.signalsOf(sep, 'PROLONGED_LOS')).toEqual(['days_without_care']);
      const [hit] = run.hitsOf(sep, 'days_without_care');
      expect(hit?.strength).toBe('suspicious');
      expect(hit?.evidence_en).toMatch(/INA-CBG norm [34]/);
      expect(hit?.evidence_en).toMatch(/median at other facilities/);
      expect(hit?.amount_at_risk).toBeGreaterThan(0);
    }
  });

  it('leaves stays whose days were care, or not the hospital to shorten, and a stretch under the one asked', () => {
    for (const sep of [treated, intensive, waitingForBed, psychiatric, preterm, justOver])
      expect(run.signalsOf(sep, 'PROLONGED_LOS'), sep).toEqual([]);
  });

  it("leaves a referral hospital's severe stays whose care grew with their days", () => {
    for (const sep of referralSevere) expect(run.hitsOf(sep, 'days_without_care')).toEqual([]);
  });

  it('names the stays of a hospital adding days of room and nursing to many of them, with its count against other facilities', () => {
    for (const sep of addsDays) {
      expect(run.hitsOf(sep, 'days_without_care')).toEqual([]);
      const [hit] = run.hitsOf(sep, 'stays_without_care_at_provider');
      expect(hit?.evidence_en).toMatch(/provider 3273R301 billed 6 such stays/);
      expect(hit?.amount_at_risk).toBeGreaterThan(0);
    }
  });

  it('leaves a hospital whose long stays carry their care', () => {
    for (const sep of keepsWithCare) expect(run.hitsOf(sep, 'stays_without_care_at_provider')).toEqual([]);
  });
});
