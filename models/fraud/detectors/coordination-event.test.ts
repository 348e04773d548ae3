// COB_KKPAK's unreported-accident signal against a public mass-casualty event (red-team
// RT-NM-BUSCRASH-31): a bus crash on a rest day fills a hospital with the injured, workers on
// leave among children and non-wage earners, and is no work accident; a factory accident, a crash
// on a working day (a commute is a work accident), a lone worker injured on a holiday and a crash
// lost among a busy hospital's admissions keep the signal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { COB_KKPAK_DETECTOR } from './coordination.js';

const members: Row[] = [];
const claims: Row[] = [];
const WORKER: Row = { jkn_segment: 'PPU', bpjstk_registered_date: '2015-01-01' };
const facility = (name: string): string => String(FACILITIES[name]?.['facility_id']);

let cards = 0;
/** One injured patient's stay: a new card each time. */
function injured(facilityId: string, day: string, dx: string, memberOver: Row): string {
  const card = `ev${++cards}`;
  members.push(member(card, memberOver));
  const c = claim(card, { facility_id: facilityId, tgl_masuk: day, diagnosa: dx, kode_inacbg: 'S-4-10-I' });
  claims.push(c);
  return String(c['nomor_sep']);
}
/** Eight injured of one crash: four workers, a worker's child, two non-wage earners and a PBI member. */
function crash(facilityId: string, day: string): string[] {
  const workers = ['S06.0', 'S06.0', 'S42.0', 'S52.5'].map((dx) => injured(facilityId, day, dx, WORKER));
  injured(facilityId, day, 'S06.0', { ...WORKER, birth_date: '2012-02-28' });
  injured(facilityId, day, 'S22.3', { jkn_segment: 'PBPU' });
  injured(facilityId, day, 'S42.0', { jkn_segment: 'PBPU' });
  injured(facilityId, day, 'S82.6', { jkn_segment: 'PBI', care_class: 3 });
  return workers;
}

// Sunday 17 March 2024, the bus crash (RT-NM-BUSCRASH-31's shape)
const busCrash = crash(facility('jakarta2'), '2024-03-17');
// the same crash on a Tuesday: workers on the road on a working day may be commuting
const weekdayCrash = crash(facility('bandung'), '2024-03-19');
// a Sunday shift at a factory: five workers injured, nobody else
const factory = ['S62.3', 'T23.2', 'S61.0', 'S82.1', 'S42.2'].map((dx) => injured(facility('makassar'), '2024-03-17', dx, WORKER));
// a worker injured alone on a national holiday (Nyepi, 11 March 2024)
const holiday = injured(facility('jakarta1'), '2024-03-11', 'S62.3', WORKER);
// a Sunday crash at a busy hospital: its ordinary admissions that day outnumber the eight injured
const busyDayCrash = crash(facility('jakarta1'), '2024-03-24');
for (let i = 0; i < 10; i++) {
  members.push(member(`busy${i}`));
  claims.push(claim(`busy${i}`, { tgl_masuk: '2024-03-24' }));
}

let run: DetectorRun | undefined;
let w: Warehouse;
let flagged: Set<string>;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  w = run.warehouse;
  const rows = await w.query<{ nomor_sep: string }>(
    "SELECT nomor_sep FROM fraud_detector_hits WHERE fraud_type = 'COB_KKPAK' AND signal = 'wage_earner_trauma_without_eplkk'",
  );
  flagged = new Set(rows.map((r) => r.nomor_sep));
}, 60_000);

afterAll(async () => {
  await run?.close();
});

describe("COB_KKPAK: a public mass-casualty event on a rest day is no worker's accident", () => {
  it('drops the unreported-accident signal for the workers among a rest-day crash', () => {
    expect(COB_KKPAK_DETECTOR.thresholds.minEventPatients.value).toBe(5);
    for (const sep of busCrash) expect(flagged.has(sep), sep).toBe(false);
  });

  it('keeps it for a working-day crash, a factory accident, a lone holiday injury and a crash among ordinary admissions', () => {
    for (const sep of [...weekdayCrash, ...factory, holiday, ...busyDayCrash]) expect(flagged.has(sep), sep).toBe(true);
  });
});
