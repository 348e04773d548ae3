// READMISSION and the second stage of an operation planned in stages (red team RT-NM-READMIT-151,
// readmission-staged.ts): a deep burn debrided, brought back on the hospital's own clinic letter for the
// second debridement, is a planned stay; the same return through the emergency department, booked back to a
// medical group, or after a first stay that operated nothing is still a readmission. Hand-built rows, one run.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const book = claimBook();
const HOSPITAL = '3171R001'; // the hand-built claims' facility
const SURGEON = 'D3171R001555';

/** A burn stay of 4 days, then a return `gap` days later booked on the hospital's own letter; the return's SEP. */
function burnAndReturn(card: string, masuk: string, gap: number, first: Row = {}, back: Row = {}): string {
  const cook = { sex: 'L', birth_date: '1984-09-30' };
  const pulang = addDays(masuk, 4);
  const debridement = { kode_inacbg: 'S-1-10-I', diagnosa: 'T29.3', procedure: '86.22', kode_dpjp: SURGEON };
  book.add(card, { ...debridement, tgl_masuk: masuk, tgl_pulang: pulang, jenis_pelayanan: 'IGD', ...first }, cook);
  const again = addDays(pulang, gap);
  return book.add(card, {
    ...debridement,
    tgl_masuk: again,
    tgl_pulang: addDays(again, 4),
    jenis_pelayanan: 'RAWAT_INAP',
    waktu_masuk: `${again} 07:30:00`,
    asal_rujukan: 2,
    ppk_rujukan: HOSPITAL,
    no_rujukan: `${HOSPITAL}0224Y${card.slice(-1)}00001`,
    tgl_rujukan: addDays(again, -4),
    ...back,
  });
}

const staged = burnAndReturn('sg1', '2024-02-05', 12);
const stagedLater = burnAndReturn('sg2', '2024-03-04', 16);
// the look-alikes: back through the emergency department; booked back to a medical group; no operation the first time
const emergency = burnAndReturn(
  'sg3',
  '2024-04-01',
  12,
  {},
  {
    jenis_pelayanan: 'IGD',
    asal_rujukan: null,
    ppk_rujukan: null,
    no_rujukan: null,
    tgl_rujukan: null,
  },
);
const bookedMedical = burnAndReturn('sg4', '2024-05-06', 9, {}, { kode_inacbg: 'T-4-10-I', procedure: '99.18' });
const firstNotOperated = burnAndReturn('sg5', '2024-06-03', 9, { kode_inacbg: 'T-4-10-I', procedure: '99.18' });
const otherLetter = burnAndReturn('sg6', '2024-07-01', 12, {}, { ppk_rujukan: '3171R002' });

const run = runDetectorsOnce({ members: book.members, claims: book.claims });
const readmission = (sep: string): string[] => run().signalsOf(sep, 'READMISSION');

describe('READMISSION: the booked second stage of an operation is no readmission', () => {
  it('names no readmission for a debridement booked on the hospital’s own letter after an operated first stay (near miss)', () => {
    expect(readmission(staged)).toEqual([]);
    expect(readmission(stagedLater)).toEqual([]);
  });

  it('still names the return through the emergency department, booked to a medical group, after no operation, or on another hospital’s letter', () => {
    for (const sep of [emergency, bookedMedical, firstNotOperated, otherLetter])
      expect(readmission(sep), sep).toContain('same_clinical_group_readmission');
  });
});
