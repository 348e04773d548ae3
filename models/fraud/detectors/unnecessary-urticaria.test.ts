// UNNECESSARY_TREATMENT for a round-15 scheme (RT-UNNEC-151): hives after a food or a drug (T78.4 allergy
// unspecified with L50.9 urticaria), with no shock and no airway swelling, are treated in the emergency room
// with an antihistamine and an hour's watch, so a hospital admitting them for one or two nights again and
// again is named for short admissions of an outpatient condition above its peers, whatever group it codes
// them in (here a poisoning group, T-4-10-I). One such stay alone is not named (red team RT-NM-ALLERGY-01:
// one patient kept two days after a florid reaction is the doctor's judgment). Anaphylaxis (T78.2) and
// angioneurotic oedema (T78.3), observed for a biphasic reaction, are not counted; nor is an allergy with
// shock coded beside it (R57, an admission criterion). Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';

const book = claimBook();
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const PATTERN = 'short_admissions_above_peers';
const ONE_STAY = 'short_admission_outpatient_condition';
const JAKARTA = String(FACILITIES['jakarta1']?.['facility_id']);
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));

/** An emergency severity-I stay of T-4-10-I for `dx` at Bandung, in at eight in the evening, home `nights` days later. */
const eveningStay = (card: string, day: string, dx: string, nights: number, facility = BANDUNG): string =>
  book.add(card, {
    facility_id: facility,
    tgl_masuk: day,
    tgl_pulang: addDays(day, nights),
    kode_inacbg: 'T-4-10-I',
    diagnosa: dx,
    procedure: '99.18',
    jenis_pelayanan: 'IGD',
    waktu_masuk: `${day} 20:10:00`,
    waktu_pulang: `${addDays(day, nights)} 10:00:00`,
  });

const hives = times(4, (i) => eveningStay(`hives-${i}`, addDays('2024-06-03', 7 * i), 'T78.4#L50.9', 1 + (i % 2)));
const anaphylaxis = times(3, (i) => eveningStay(`ana-${i}`, addDays('2024-06-05', 7 * i), 'T78.2#L50.9', 1));
const angioedema = times(2, (i) => eveningStay(`angio-${i}`, addDays('2024-06-06', 7 * i), 'T78.3', 1));
const withShock = eveningStay('shock', '2024-07-20', 'T78.4#R57.0', 1);
// Jakarta: one patient kept two nights with hives, beside its poisonings kept three
const alone = eveningStay('alone', '2024-06-10', 'T78.4#L50.9', 2, JAKARTA);
for (let i = 0; i < 6; i++) eveningStay(`poison-${i}`, addDays('2024-05-02', 9 * i), 'T60.0', 3, JAKARTA);
// and its ordinary four-day stays (hand-built defaults), the other facilities' inpatient claims the rate is read over
for (let i = 0; i < 60; i++) book.add(`ward-${i}`, { tgl_masuk: addDays('2024-01-08', 3 * i) });

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe('short admissions for hives', () => {
  it("names a hospital's repeated one- or two-night admissions for an allergy with urticaria as its pattern, suspicious", () => {
    for (const sep of hives) {
      const hit = run().hitsOf(sep, PATTERN)[0];
      expect(hit?.strength, sep).toBe('suspicious');
      expect(hit?.evidence_en, sep).toMatch(
        /^[12]-day admission for T78\.4; provider 3273R001 admitted 4 such stays where the rate of other facilities gives/,
      );
      expect(run().signalsOf(sep, 'UNNECESSARY_TREATMENT'), sep).not.toContain(ONE_STAY);
    }
  });

  it('leaves one stay for hives alone, and never counts anaphylaxis, angioedema or an allergy with shock', () => {
    expect(run().signalsOf(alone, 'UNNECESSARY_TREATMENT')).toEqual([]);
    for (const sep of [...anaphylaxis, ...angioedema, withShock]) {
      expect(run().signalsOf(sep, 'UNNECESSARY_TREATMENT'), sep).not.toContain(PATTERN);
      expect(run().signalsOf(sep, 'UNNECESSARY_TREATMENT'), sep).not.toContain(ONE_STAY);
    }
  });
});
