// READMISSION and the treated bleeding of an operation (red team RT-NM-CLOTRETENTION-111,
// readmission-complication.ts): a man back through the emergency department in clot retention a week
// after a full-length transurethral prostatectomy, irrigated and transfused, is a complication treated;
// the same return after a stay cut short, booked back, already transfused, or with no bleed treated is
// still a readmission. Hand-built rows, one run.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const book = claimBook();
const TURP_NORM_DAYS = 4; // N-1-20-I in data-samples/reference/inacbg.ts

/** A TURP stay of `nights`, then a return `gap` days after discharge for clot retention; the return's SEP. */
function turpAndReturn(card: string, masuk: string, nights: number, gap: number, first: Row = {}, back: Row = {}): string {
  const man = { sex: 'L', birth_date: '1960-04-02' };
  const pulang = addDays(masuk, nights);
  book.add(
    card,
    {
      tgl_masuk: masuk,
      tgl_pulang: pulang,
      kode_inacbg: 'N-1-20-I',
      diagnosa: 'N40',
      procedure: '60.29#57.94',
      tarif_pelayanan_darah: 0,
      ...first,
    },
    man,
  );
  const again = addDays(pulang, gap);
  return book.add(card, {
    tgl_masuk: again,
    tgl_pulang: addDays(again, 3),
    kode_inacbg: 'N-4-11-II',
    diagnosa: 'N40#D64.9',
    procedure: '57.94#99.04#90.59',
    jenis_pelayanan: 'IGD',
    waktu_masuk: `${again} 01:25:00`,
    tarif_pelayanan_darah: 1_100_000,
    ...back,
  });
}

const bleed = turpAndReturn('ct1', '2024-02-05', TURP_NORM_DAYS, 7);
const bleedLonger = turpAndReturn('ct2', '2024-03-04', TURP_NORM_DAYS + 1, 5);
// the look-alikes a premature discharge leaves
const cutShort = turpAndReturn('ct3', '2024-04-01', 2, 6);
const bookedBack = turpAndReturn('ct4', '2024-05-06', TURP_NORM_DAYS, 7, {}, { jenis_pelayanan: 'RAWAT_INAP', waktu_masuk: null });
const alreadyTransfused = turpAndReturn('ct5', '2024-06-03', TURP_NORM_DAYS, 7, {
  procedure: '60.29#57.94#99.04',
  tarif_pelayanan_darah: 900_000,
});
const noBleedTreated = turpAndReturn(
  'ct6',
  '2024-07-01',
  TURP_NORM_DAYS,
  7,
  {},
  { diagnosa: 'N40', procedure: '57.94', tarif_pelayanan_darah: 0 },
);

const run = runDetectorsOnce({ members: book.members, claims: book.claims });
const readmission = (sep: string): string[] => run().signalsOf(sep, 'READMISSION');

describe('READMISSION: the treated bleeding of an operation is care of a complication', () => {
  it('names no readmission for an emergency return transfused after a full-length operative stay (near miss)', () => {
    expect(readmission(bleed)).toEqual([]);
    expect(readmission(bleedLonger)).toEqual([]);
  });

  it('still names the return after a stay cut short, booked back, already transfused or with no bleed treated', () => {
    for (const sep of [cutShort, bookedBack, alreadyTransfused, noBleedTreated])
      expect(readmission(sep), sep).toEqual(['same_clinical_group_readmission']);
  });
});
