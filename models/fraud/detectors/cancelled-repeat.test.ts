// CANCELLED_SERVICE from the same operation done again elsewhere (red team RT-CANCEL-111): a TURP
// billed, the enlargement still treated at the puskesmas, and the same resection done at another
// hospital weeks later. Near misses: a resection redone by the hospital that operated (residual
// tissue, bleeding), the same operation elsewhere with no care for the condition in between (a
// transfer), a hernia repaired on one side then the other, and a TURP repeated after two years.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { sickVisit } from '../test-support/fktp-visits.js';

const book = claimBook();
const visits: Row[] = [];
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);

const visit = (card: string, date: string, diagnosa: string): void => {
  visits.push(sickVisit({ id: `KR${String(visits.length + 1).padStart(8, '0')}`, card, date, diagnosa }));
};
const turp = (card: string, masuk: string, over: Row = {}): string =>
  book.add(card, {
    kode_inacbg: 'N-1-20-I',
    diagnosa: 'N40',
    procedure: '60.29#57.94',
    tgl_masuk: masuk,
    tarif_prosedur_bedah: 3_000_000,
    ...over,
  });
const hernia = (card: string, masuk: string, side: string, over: Row = {}): string =>
  book.add(card, {
    kode_inacbg: 'K-1-13-I',
    diagnosa: 'K40.9',
    procedure: '53.00',
    lateralitas: side,
    tgl_masuk: masuk,
    tarif_prosedur_bedah: 2_500_000,
    ...over,
  });

// the operation that did not happen: catheter changes at the puskesmas, then the resection at another hospital
const stillRetained = turp('rep1', '2024-01-08');
visit('rep1', '2024-01-25', 'N40');
visit('rep1', '2024-02-08', 'N40');
const operatedElsewhere = turp('rep1', '2024-02-26', { facility_id: BANDUNG });
// near miss: redone by the same hospital three weeks later (residual tissue), the puskesmas in between
const redoneHere = turp('rep2', '2024-01-09');
visit('rep2', '2024-01-22', 'N40');
turp('rep2', '2024-02-05');
// near miss: the same operation at another hospital the day after, nothing in between (a transfer)
const transferred = turp('rep3', '2024-01-10');
turp('rep3', '2024-01-15', { facility_id: BANDUNG });
// near miss: left groin, then the right one elsewhere, the hernia seen at the puskesmas in between
const leftGroin = hernia('rep4', '2024-01-11', 'L');
visit('rep4', '2024-02-01', 'K40.9');
hernia('rep4', '2024-03-01', 'R', { facility_id: BANDUNG });
// the same groin again elsewhere with the hernia seen in between: as the TURP
const sameGroin = hernia('rep5', '2024-01-12', 'L');
visit('rep5', '2024-02-02', 'K40.9');
hernia('rep5', '2024-03-04', 'L', { facility_id: BANDUNG });
// near miss: a second resection two years later (regrowth)
const yearsBefore = turp('rep6', '2022-01-10');
visit('rep6', '2023-06-01', 'N40');
turp('rep6', addDays('2022-01-10', 730), { facility_id: BANDUNG });

const run = runDetectorsOnce({ members: book.members, claims: book.claims, fktp_visits: visits });
const signals = (sep: string): string[] => run().signalsOf(sep, 'CANCELLED_SERVICE');

describe('CANCELLED_SERVICE from the same operation done again elsewhere', () => {
  it('flags the first resection, with the later one as its evidence and the care between counted', () => {
    const hit = run().hitsOf(stillRetained, 'operation_done_again_elsewhere')[0];
    expect(hit?.related_sep).toEqual([operatedElsewhere]);
    expect(hit?.evidence_en).toContain('prostate resection');
    expect(hit?.evidence_en).toContain('treated 2 time(s)');
    expect(signals(operatedElsewhere)).not.toContain('operation_done_again_elsewhere');
  });

  it('flags a hernia repaired again on the same side elsewhere', () => {
    expect(signals(sameGroin)).toContain('operation_done_again_elsewhere');
  });

  it('leaves a redo by the same hospital, a transfer, the other groin and a resection years later alone', () => {
    for (const sep of [redoneHere, transferred, leftGroin, yearsBefore])
      expect(signals(sep)).not.toContain('operation_done_again_elsewhere');
  });
});
