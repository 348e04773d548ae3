// PROLONGED_LOS and a long stay whose bill carries the care of its days (los-care-carried.ts, red team
// RT-NM-PREECLAMPSIA-101, RT-NM-TBLONG-105): complicated typhoid stays of fifteen to sixteen days (peers four to six) whose
// drugs, tests and imaging grew with their days are a sicker patient's course, not days added to a
// finished one. Still named: the same lengths with the care of a five-day stay (idle days), a provider
// whose every stay is billed dear (its long stays' care no dearer than its ordinary ones), and a stay
// whose care grew only by a special-CMG top-up (sub-acute days paid on top: the length, not care).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';

const CARRIES = hospital('3372R301');
const IDLE = hospital('3373R301');
const DEAR = hospital('3374R301');
const TOPPED_UP = hospital('3375R301');
const PEERS = ['3171R001', '3171R002', '7371R001'];

// typhoid with a complication coded (severity II): the course of the complication can carry days
const book = peerStays('lcc', 13, { kode_inacbg: 'A-4-11-II', diagnosa: 'A01.0#K92.2' });
const { claims, members } = book;

/** A typhoid bill: room and nursing for `days`, the course's care (drugs, tests, imaging, doctors) times `care`, everything times `dear`. */
const billFor = (days: number, care: number, k: number, dear = 1): Row =>
  billOf({
    tarif_kamar: Math.round((250_000 + 1_000 * (k % 13)) * days * dear),
    tarif_keperawatan: Math.round(120_000 * days * dear),
    tarif_obat: Math.round((900_000 + 10_000 * (k % 7)) * care * dear),
    tarif_laboratorium: Math.round(400_000 * care * dear),
    tarif_radiologi: Math.round(300_000 * care * dear),
    tarif_tenaga_ahli: Math.round(600_000 * care * dear),
  });

let k = 0;
const stay = (facility: string, los: number, care: number, dear = 1, over: Row = {}): string =>
  book.stayAt(facility, los, { ...billFor(los, care, ++k, dear), ...over });

// complicated typhoid elsewhere: home in four to six days
for (let i = 0; i < 45; i++) stay(PEERS[i % 3] as string, 4 + (i % 3), 1);
// fifteen to sixteen days with the care grown with them (drugs, tests and imaging of every day)
const carried = [15, 16, 15, 16, 15].map((los) => stay(CARRIES['facility_id'] as string, los, 2.6));
// the same lengths with the care of a five-day stay
const idle = [15, 16, 15, 16, 15].map((los) => stay(IDLE['facility_id'] as string, los, 1.1));
// a provider billing every stay at 2.6 times: its ordinary stays, and long stays no dearer in care than they are
for (let i = 0; i < 12; i++) stay(DEAR['facility_id'] as string, 4 + (i % 3), 1, 2.6);
const dear = [15, 16, 15, 16, 15].map((los) => stay(DEAR['facility_id'] as string, los, 1, 2.6));
// long stays whose whole bill grew with a sub-acute top-up of one and a half times the group's tariff
const toppedUp = [15, 16, 15, 16, 15].map((los) =>
  stay(TOPPED_UP['facility_id'] as string, los, 2.5, 1, { special_cmg: 'SA-01', tarif_special_cmg: 7_500_000 }),
);

const run = runDetectorsOnce({
  facilities: [...Object.values(FACILITIES), CARRIES, IDLE, DEAR, TOPPED_UP],
  members,
  claims,
});
const prolonged = (sep: string): string[] => run().signalsOf(sep, 'PROLONGED_LOS');

describe('PROLONGED_LOS: a long stay whose bill carries the care of its days', () => {
  it('leaves stays whose care grew with their days out of the norm and the provider patterns', () => {
    for (const sep of carried) expect(prolonged(sep), sep).toEqual([]);
  });

  it('still names the same lengths billed with the care of a five-day stay', () => {
    for (const sep of idle) {
      expect(prolonged(sep), sep).toContain('los_above_norm');
      expect(prolonged(sep), sep).toContain('days_without_care');
    }
  });

  it("still names a dear provider's long stays, whose care is no dearer than its ordinary stays'", () => {
    for (const sep of dear) expect(prolonged(sep), sep).toContain('los_above_norm');
  });

  it('still names long stays whose care grew only by a special-CMG top-up', () => {
    for (const sep of toppedUp) expect(prolonged(sep), sep).toContain('los_above_norm');
  });
});
