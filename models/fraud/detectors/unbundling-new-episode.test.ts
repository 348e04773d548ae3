// UNBUNDLING: an adjacent-day readmission that is a new episode (red team RT-NM-FALL-136,
// RT-NM-APS-137; unbundling-new-episode.ts). A patient who left against advice (discharge status 3)
// and came back through the emergency department the next evening, and one who fell at home the day
// after a pneumonia stay and came back with a broken hip, are not one stay split in two; beside them,
// the splits stay named: a "discharge" at 20:00 and an emergency admission before midnight the same
// day, a return at own request the next morning within hours, an "other" discharge followed by a
// planned ward admission, and a fracture kept a night and operated on the next day under a new SEP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const SIGNAL = 'episode_continues_previous';
const members: Row[] = [];
const claims: Row[] = [];

function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { birth_date: '1955-03-01' }));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
/** A stay from `masuk` at `inAt` to `pulang` at `outAt`, admitted through the emergency department unless `over` says. */
const stay = (masuk: string, inAt: string, pulang: string, outAt: string, over: Row = {}): Row => ({
  tgl_masuk: masuk,
  tgl_pulang: pulang,
  jenis_pelayanan: 'IGD',
  waktu_masuk: `${masuk} ${inAt}:00`,
  waktu_pulang: `${pulang} ${outAt}:00`,
  kode_inacbg: 'A-4-11-I',
  diagnosa: 'A01.0',
  ...over,
});
const PNEUMONIA: Row = { kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9', procedure: '87.44#93.96' };
const HIP_REPLACEMENT: Row = { kode_inacbg: 'M-1-30-II', diagnosa: 'S72.0#J18.9', procedure: '81.51' };

// left against advice at 16:30, back through the emergency department the next evening
const leftAgainstAdvice = add('ne1', stay('2025-02-01', '10:00', '2025-02-03', '16:30', { discharge_status: 3 }));
const cameBackFeverish = add('ne1', stay('2025-02-04', '20:15', '2025-02-07', '11:00'));
// discharged home after pneumonia, fell at home the next day and broke the hip
const pneumoniaStay = add('ne2', stay('2025-02-01', '09:00', '2025-02-06', '11:00', PNEUMONIA));
const brokenHip = add('ne2', stay('2025-02-07', '18:20', '2025-02-14', '11:00', HIP_REPLACEMENT));
// "discharged" at 20:00 and admitted again before midnight with the same pneumonia
const splitOff = add('ne3', stay('2025-02-01', '15:00', '2025-02-05', '20:00', PNEUMONIA));
const continued = add('ne3', stay('2025-02-05', '22:10', '2025-02-07', '11:00', PNEUMONIA));
// "own request" at 23:00 and back at 06:00: no night at home
const ownRequestLate = add('ne4', stay('2025-02-01', '10:00', '2025-02-03', '23:00', { discharge_status: 3 }));
const backAtDawn = add('ne4', stay('2025-02-04', '06:00', '2025-02-07', '11:00'));
// closed as "other" (status 5) and opened again the next morning as a planned ward admission
const closedAsOther = add(
  'ne5',
  stay('2025-02-01', '03:00', '2025-02-03', '16:30', { discharge_status: 5, kode_inacbg: 'I-4-10-II', diagnosa: 'I21.0' }),
);
const wardNextDay = add(
  'ne5',
  stay('2025-02-04', '07:05', '2025-02-07', '11:00', { jenis_pelayanan: 'RAWAT_INAP', kode_inacbg: 'I-4-17-I', diagnosa: 'I20.0' }),
);
// the fracture kept a night, then replaced the next day under a new SEP: the injury is the first stay's
const fractureKept = add('ne6', stay('2025-02-01', '18:00', '2025-02-02', '11:00', { kode_inacbg: 'M-4-10-I', diagnosa: 'S72.0' }));
const operatedNextDay = add('ne6', stay('2025-02-03', '09:00', '2025-02-10', '11:00', HIP_REPLACEMENT));

let run: DetectorRun | undefined;
let flagged = new Set<string>();

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  flagged = new Set(run.hitsOfType('UNBUNDLING', SIGNAL).map((h) => h.nomor_sep));
});

afterAll(async () => {
  await run?.close();
});

describe('UNBUNDLING: an adjacent-day return from home is a new episode', () => {
  it('leaves alone a return the next evening after leaving at own request, on both of its stays', () => {
    for (const sep of [leftAgainstAdvice, cameBackFeverish]) expect(flagged.has(sep), sep).toBe(false);
  });

  it('leaves alone a new injury at home the day after discharge, on both of its stays', () => {
    for (const sep of [pneumoniaStay, brokenHip]) expect(flagged.has(sep), sep).toBe(false);
  });

  it('names a discharge at 20:00 and an emergency admission before midnight the same day, on both stays', () => {
    for (const sep of [splitOff, continued]) expect(flagged.has(sep), sep).toBe(true);
  });

  it('names a return at own request with no night at home', () => {
    for (const sep of [ownRequestLate, backAtDawn]) expect(flagged.has(sep), sep).toBe(true);
  });

  it('names an "other" discharge followed by a planned admission the next morning', () => {
    for (const sep of [closedAsOther, wardNextDay]) expect(flagged.has(sep), sep).toBe(true);
  });

  it('names a fracture operated on the day after a stay that already coded it', () => {
    for (const sep of [fractureKept, operatedNextDay]) expect(flagged.has(sep), sep).toBe(true);
  });
});
