// A facility's clock read from its own timestamps (facility-clock.ts) and the night clinic visits judged on
// it (phantom-times.ts): two hospitals with ordinary day clinics and stays are the other facilities; a
// hospital whose system stamps every time in UTC (7 h behind WIB) holds ordinary mornings recorded in the
// small hours (the near miss); another UTC hospital also keys visits at night on its own clock (named,
// with the correction); a Papua hospital keys more patients' visits at night than it sees by day, and its
// clock is not moved for it, as a clock would move its daytime visits too (the shape of RT-PHANTOM-91).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, hospital, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { FACILITY_CLOCK_THRESHOLDS, facilityClockCtes } from './facility-clock.js';
import { PHANTOM_TIME_THRESHOLDS } from './phantom-times.js';

const SEMARANG = '3374R001';
const SOLO = '3372R001';
/** Surabaya (WIB): every time stamped in UTC, 7 h behind. */
const UTC_CLOCK = '3578R001';
/** Bekasi (WIB): stamped in UTC, and visits keyed at night on its own clock. */
const UTC_CLOCK_NIGHT_KEYING = '3275R001';
/** Merauke (WIT, UTC+9): more patients' clinic visits keyed at night than seen by day. */
const NIGHT_KEYING = '9501R001';
const facilities = [
  ...Object.values(FACILITIES),
  ...[SEMARANG, SOLO, UTC_CLOCK, UTC_CLOCK_NIGHT_KEYING, NIGHT_KEYING].map((f) => hospital(f)),
];

const claims: Row[] = [];
const members: Row[] = [];
function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const hhmm = (h: number, m: number): string => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`;
/** The local time `h`:`m` on `day` as a clock `behind` hours slow records it. */
function recorded(day: string, h: number, m: number, behind = 0): string {
  const hour = h - behind;
  return hour < 0 ? `${addDays(day, -1)} ${hhmm(hour + 24, m)}` : `${day} ${hhmm(hour, m)}`;
}
/** A planned clinic consultation at local `h`:`m`, an hour long, recorded by a clock `behind` hours slow. */
const clinicVisit = (card: string, facility: string, day: string, h: number, m: number, behind = 0): string => {
  const masuk = recorded(day, h, m, behind);
  return add(card, {
    facility_id: facility,
    jenis_rawat: 2,
    jenis_pelayanan: 'RAWAT_JALAN',
    kode_inacbg: 'Q-5-44-0',
    diagnosa: 'I10',
    tgl_masuk: masuk.slice(0, 10),
    tgl_pulang: recorded(day, h + 1, m, behind).slice(0, 10),
    waktu_masuk: masuk,
    waktu_pulang: recorded(day, h + 1, m, behind),
  });
};
/** A referred 3-day stay admitted at local 08:30, sent home at local `home`:00, recorded by a clock `behind` hours slow. */
const stay = (card: string, facility: string, day: string, home: number, behind = 0): string =>
  add(card, {
    facility_id: facility,
    jenis_pelayanan: 'RAWAT_INAP',
    tgl_masuk: day,
    tgl_pulang: addDays(day, 3),
    waktu_masuk: recorded(day, 8, 30, behind),
    waktu_pulang: recorded(addDays(day, 3), home, 0, behind),
  });

// the other facilities: 320 clinic visits spread over 07:00-14:59 and 60 stays sent home 10:00-13:59
for (let i = 0; i < 320; i++)
  clinicVisit(
    `day${i % 80}`,
    i % 2 ? SEMARANG : SOLO,
    addDays('2024-04-01', 7 * Math.floor(i / 80) + (i % 5)),
    7 + (Math.floor(i / 2) % 8),
    (13 * i) % 60,
  );
for (let k = 0; k < 60; k++) stay(`ward${k}`, k % 2 ? SEMARANG : SOLO, addDays('2024-04-03', k), 10 + (Math.floor(k / 2) % 4));

// the near miss: ten patients' morning clinics (07:00-14:30 WIB) and six stays, every time recorded 7 h behind
const utcVisits = Array.from({ length: 30 }, (_, i) =>
  clinicVisit(`utc${i % 10}`, UTC_CLOCK, addDays('2024-04-02', 7 * Math.floor(i / 10) + (i % 10)), 7 + (i % 8), (7 * i) % 60, 7),
);
const utcStays = Array.from({ length: 6 }, (_, k) => stay(`utcward${k}`, UTC_CLOCK, addDays('2024-04-04', 2 * k), 10 + (k % 3), 7));

// a UTC clock too, with three patients' visits keyed at 01:10-03:40 on its own clock (18:10-20:40 as recorded)
const utcNightDay = Array.from({ length: 24 }, (_, i) =>
  clinicVisit(`bks${i % 8}`, UTC_CLOCK_NIGHT_KEYING, addDays('2024-04-02', 7 * Math.floor(i / 8) + (i % 8)), 7 + (i % 8), (11 * i) % 60, 7),
);
const utcNightKeyed = [0, 1, 2].map((p) =>
  clinicVisit(`bksnight${p}`, UTC_CLOCK_NIGHT_KEYING, addDays('2024-05-06', p), 1 + p, 10 + 15 * p, 7),
);

// Merauke: six patients seen twice at 08:00-10:59, five patients' visits keyed three times each at 01:00-04:30
const meraukeDay = Array.from({ length: 12 }, (_, i) =>
  clinicVisit(`mrkday${i % 6}`, NIGHT_KEYING, addDays('2024-04-02', 14 * Math.floor(i / 6) + (i % 6)), 8 + (i % 3), (10 * i) % 60),
);
const meraukeNight = Array.from({ length: 15 }, (_, i) =>
  clinicVisit(`mrknight${i % 5}`, NIGHT_KEYING, addDays('2024-04-09', 28 * Math.floor(i / 5) + (i % 5)), 1 + (i % 4), (7 * i) % 30),
);

const NIGHT = 'clinic_visit_registered_at_night';
let run: DetectorRun;
let clock: Map<string, number>;
beforeAll(async () => {
  run = await runDetectors({ facilities, members, claims });
  const t = Object.fromEntries(Object.entries(FACILITY_CLOCK_THRESHOLDS).map(([k, v]) => [k, v.value])) as Parameters<
    typeof facilityClockCtes
  >[0];
  const rows = await run.warehouse.query<{ facility_id: string; clock_hours: number }>(
    `WITH ${facilityClockCtes(t)} SELECT facility_id, clock_hours FROM facility_clock`,
  );
  clock = new Map(rows.map((r) => [r.facility_id, Number(r.clock_hours)]));
});
afterAll(() => run?.close());

describe("a facility's clock, and the night judged on it", () => {
  it('reads a UTC clock as 7 h behind and leaves the clocks of the others, the night-keying hospital included, as recorded', () => {
    expect(clock.get(UTC_CLOCK)).toBe(7);
    expect(clock.get(UTC_CLOCK_NIGHT_KEYING)).toBe(7);
    for (const f of [SEMARANG, SOLO, NIGHT_KEYING]) expect(clock.get(f), f).toBe(0);
  });

  it('clears the ordinary mornings of a hospital recording every time 7 h behind', () => {
    // as recorded, more patients than the signal needs opened clinic SEPs in the night window
    const { clinicClosedFromHour: from, clinicClosedUntilHour: until, minNightClinicPatients } = PHANTOM_TIME_THRESHOLDS;
    const atNight = claims
      .filter((c) => c['facility_id'] === UTC_CLOCK && c['jenis_rawat'] === 2)
      .filter((c) => {
        const h = Number(String(c['waktu_masuk']).slice(11, 13));
        return h >= from.value && h < until.value;
      });
    expect(new Set(atNight.map((c) => c['card_key'])).size).toBeGreaterThanOrEqual(minNightClinicPatients.value);
    for (const sep of [...utcVisits, ...utcStays, ...utcNightDay]) expect(run.hitsOf(sep, NIGHT), sep).toEqual([]);
  });

  it("names visits keyed at night on a UTC hospital's own clock, with the correction", () => {
    for (const sep of utcNightKeyed) expect(run.hitsOf(sep, NIGHT), sep).toHaveLength(1);
    const [hit] = run.hitsOf(utcNightKeyed[0] as string, NIGHT);
    expect(hit?.evidence_en).toMatch(
      /opened at 2024-05-05 18:10 as recorded, 2024-05-06 01:10 on the facility's own clock \(recorded times corrected by \+7 h/,
    );
    expect(hit?.evidence_id).toMatch(/dikoreksi \+7 jam/);
  });

  it('names the night visits of a hospital keying more of them than it sees by day, on the clock it records', () => {
    for (const sep of meraukeNight) expect(run.hitsOf(sep, NIGHT), sep).toHaveLength(1);
    const [hit] = run.hitsOf(meraukeNight[0] as string, NIGHT);
    expect(hit?.evidence_en).toMatch(/SEP opened at 2024-04-09 01:00, when clinics are closed; 9501R001 registered 5 patients/);
    expect(hit?.evidence_en).not.toMatch(/own clock/);
    for (const sep of meraukeDay) expect(run.hitsOf(sep, NIGHT), sep).toEqual([]);
  });
});
