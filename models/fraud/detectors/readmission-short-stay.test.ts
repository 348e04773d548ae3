// READMISSION `organ_readmission_after_short_stay` (red team RT-READMIT-151, readmission-short-stay.ts): a
// child's pneumonia sent home on day three of its five-day norm, back through the emergency department nine
// days later under the same paediatrician as acute bronchitis (another group of the respiratory CMG) is the
// same illness billed twice; the same return after a full-length stay, booked, under another doctor, in
// another organ system, or needing a ventilator is not. Hand-built rows, one run.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { READMISSION_DETECTOR } from './readmission.js';

const book = claimBook();
const PNEUMONIA_NORM_DAYS = 5; // J-4-16-I in data-samples/reference/inacbg.ts
const PAEDIATRICIAN = 'D3171R001777';

/** A pneumonia stay of `nights`, then a return `gap` days after discharge as acute bronchitis; the return's SEP. */
function pneumoniaAndReturn(card: string, masuk: string, nights: number, gap: number, back: Row = {}): string {
  const child = { sex: 'P', birth_date: '2021-05-14' };
  const pulang = addDays(masuk, nights);
  book.add(
    card,
    {
      tgl_masuk: masuk,
      tgl_pulang: pulang,
      kode_inacbg: 'J-4-16-I',
      diagnosa: 'J18.9',
      procedure: '87.44#93.96#99.21',
      kode_dpjp: PAEDIATRICIAN,
    },
    child,
  );
  const again = addDays(pulang, gap);
  return book.add(card, {
    tgl_masuk: again,
    tgl_pulang: addDays(again, 3),
    kode_inacbg: 'J-4-19-I',
    diagnosa: 'J20.9',
    procedure: '93.96',
    kode_dpjp: PAEDIATRICIAN,
    jenis_pelayanan: 'IGD',
    waktu_masuk: `${again} 20:15:00`,
    ...back,
  });
}

const relapse = pneumoniaAndReturn('ss1', '2024-02-05', 3, 9);
const relapseLater = pneumoniaAndReturn('ss2', '2024-03-04', 2, 13);
// the honest twins: a full course, a booked admission, another doctor's, another organ, a worsening on a ventilator
const fullCourse = pneumoniaAndReturn('ss3', '2024-04-01', PNEUMONIA_NORM_DAYS, 9);
const booked = pneumoniaAndReturn('ss4', '2024-05-06', 3, 9, { jenis_pelayanan: 'RAWAT_INAP', waktu_masuk: null });
const otherDoctor = pneumoniaAndReturn('ss5', '2024-06-03', 3, 9, { kode_dpjp: 'D3171R001778' });
const otherOrgan = pneumoniaAndReturn('ss6', '2024-07-01', 3, 9, { kode_inacbg: 'K-4-17-I', diagnosa: 'A09', procedure: '99.18' });
const ventilated = pneumoniaAndReturn('ss7', '2024-08-05', 3, 9, {
  kode_inacbg: 'J-4-20-II',
  diagnosa: 'J96.0',
  procedure: '96.04#96.71',
  ventilator_hour: 60,
});

const run = runDetectorsOnce({ members: book.members, claims: book.claims });
const readmission = (sep: string): string[] => run().signalsOf(sep, 'READMISSION');

describe('READMISSION: a return in the same organ system after a first stay cut short', () => {
  it('names an emergency return under another respiratory group, same doctor, after a stay under its norm', () => {
    expect(READMISSION_DETECTOR.thresholds.shortStayRatio.value).toBeLessThan(1);
    for (const sep of [relapse, relapseLater]) expect(readmission(sep), sep).toEqual(['organ_readmission_after_short_stay']);
    const hit = run().hitsOf(relapse, 'organ_readmission_after_short_stay')[0];
    expect(hit?.evidence_en).toBe(
      `Readmitted 9 days after ${String(hit?.related_sep?.[0])} (primary diagnosis J18.9, 3 days against a norm of 5.0) through the emergency department as J20.9, same doctor ${PAEDIATRICIAN}, same organ system (CMG J)`,
    );
  });

  it('leaves the return after a full-length stay, a booked one, another doctor’s, another organ’s or a ventilated worsening (near misses)', () => {
    for (const sep of [fullCourse, booked, otherDoctor, otherOrgan, ventilated]) expect(readmission(sep), sep).toEqual([]);
  });
});
