// COB_KKPAK's unreported-accident signal on rest days (red-team RT-NM-BUSCRASH-31, RT-NM-SPORTS-51):
// a bus crash on a rest day, workers on leave among children and non-wage earners, and wage earners'
// own Sunday or holiday sports injuries are no work accidents; a Sunday shift's accident at a factory
// (only workers injured), a crash on a working day (a commute is a work accident) and a lone worker
// injured on a Saturday (a working day for a six-day week) keep the signal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
// RT-NM-SPORTS-51's shape: wage earners' football and badminton injuries, one a Sunday, at one hospital
const sports = ['2024-01-07', '2024-01-21', '2024-02-04', '2024-03-03'].map((day) => injured(facility('bandung'), day, 'S83.5', WORKER));
// the same injury on a Saturday, and on a collective-leave day (taken from annual leave: private employers may stay open)
const saturday = injured(facility('bandung'), '2024-01-13', 'S83.5', WORKER);
const collectiveLeave = injured(facility('bandung'), '2024-04-08', 'S83.5', WORKER);
// a Sunday crash at a busy hospital: its ordinary admissions that day outnumber the eight injured
const busyDayCrash = crash(facility('jakarta1'), '2024-03-24');
for (let i = 0; i < 10; i++) {
  members.push(member(`busy${i}`));
  claims.push(claim(`busy${i}`, { tgl_masuk: '2024-03-24' }));
}

let run: DetectorRun | undefined;
let flagged: Set<string>;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  flagged = new Set(run.hitsOfType('COB_KKPAK', 'wage_earner_trauma_without_eplkk').map((h) => h.nomor_sep));
});

afterAll(async () => {
  await run?.close();
});

describe("COB_KKPAK: a worker's injury on a rest day is no work accident unless a shift was hurt", () => {
  it('drops the unreported-accident signal for rest-day crashes of families and for lone Sunday and holiday injuries', () => {
    expect(COB_KKPAK_DETECTOR.thresholds.restDayShiftWorkers.value).toBe(3);
    for (const sep of [...busCrash, ...busyDayCrash, holiday, ...sports]) expect(flagged.has(sep), sep).toBe(false);
  });

  it("keeps it for a working-day crash, a Sunday shift's factory accident, a Saturday and a collective-leave day", () => {
    for (const sep of [...weekdayCrash, ...factory, saturday, collectiveLeave]) expect(flagged.has(sep), sep).toBe(true);
  });
});
