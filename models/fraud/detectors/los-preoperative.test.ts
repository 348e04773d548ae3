// PROLONGED_LOS `admitted_days_before_planned_operation` (los-preoperative.ts): planned hernia
// repairs admitted three nights before the operation in stays past the norm are named; an
// emergency admission operated on the third day (the patient needed stabilising), a planned one
// operated the morning after admission, one whose wait was in intensive care, and a caesarean
// after days of observing a labour are not.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { patients } from '../test-support/patients.js';

const book = patients('preop');
const { claims, members } = book;
const HERNIA = { kode_inacbg: 'K-1-13-I', diagnosa: 'K40.9', procedure: '53.00', lateralitas: 'R', tarif_prosedur_bedah: 1_500_000 };

/** A stay admitted on `masuk` at 10:00, operated `nightsBefore` nights later at 08:30, home after `los` days. */
function operated(masuk: string, nightsBefore: number, los: number, over: Row = {}): string {
  return book.stay({
    ...HERNIA,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, los),
    jenis_pelayanan: 'RAWAT_INAP',
    waktu_masuk: `${masuk} 10:00:00`,
    waktu_operasi: `${addDays(masuk, nightsBefore)} 08:30:00`,
    waktu_pulang: `${addDays(masuk, los)} 11:00:00`,
    ...over,
  });
}

// ordinary repairs: admitted the day before, home two days after
for (let i = 0; i < 25; i++) operated(addDays('2024-02-01', 3 * i), 1, 3);
const waited = [operated('2024-05-06', 3, 6), operated('2024-05-13', 4, 7)];
const emergency = operated('2024-05-20', 3, 6, { jenis_pelayanan: 'IGD', waktu_masuk: '2024-05-20 02:10:00' });
const nextMorning = operated('2024-05-27', 1, 6);
const inIntensiveCare = operated('2024-06-03', 3, 6, { icu_indikator: 1, icu_los: 2 });
const caesarean = operated('2024-06-10', 3, 6, { kode_inacbg: 'O-6-10-I', diagnosa: 'O82.9#O62.2', procedure: '74.1', lateralitas: 'N' });

const run = runDetectorsOnce({ members, claims });

describe('PROLONGED_LOS: nights before a planned operation', () => {
  it('names planned repairs admitted three or four nights before the operation, the extra nights at risk', () => {
    for (const sep of waited) {
      const [hit] = run().hitsOf(sep, 'admitted_days_before_planned_operation');
      expect(hit?.strength).toBe('suspicious');
      expect(hit?.evidence_en).toMatch(/nights before the operation/);
      expect(hit?.amount_at_risk).toBeGreaterThan(0);
    }
  });

  it('leaves an emergency admission, an operation the morning after admission, a wait in intensive care and a caesarean', () => {
    for (const sep of [emergency, nextMorning, inIntensiveCare, caesarean])
      expect(run().hitsOf(sep, 'admitted_days_before_planned_operation'), sep).toEqual([]);
  });
});
