// REPEAT_BILLING across a duplicate membership (red team RT-REPEAT-111): one person with a PPU and
// a PBI card (two NIKs, one birth date), the same stay billed on each, the second weeks later.
// Near misses: twins on one family card admitted together, and two people of one birth date at
// the hospital on different days.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const book = claimBook();
const stay = (card: string, over: Row, person: Row): string =>
  book.add(
    card,
    { diagnosa: 'A01.0', procedure: '99.21', kode_dpjp: 'D3171R001007', tgl_masuk: '2024-02-05', tgl_pulang: '2024-02-09', ...over },
    person,
  );

const born = { birth_date: '1984-06-02', sex: 'L', province_code: '31' };
const asWorker = stay('dup-ppu', { kelas_rawat: 2, tgl_pengajuan: '2024-02-19' }, { ...born, jkn_segment: 'PPU', care_class: 2 });
const asPbi = stay(
  'dup-pbi',
  { kelas_rawat: 3, tgl_pengajuan: '2024-03-25', tarif_kamar: 60_000, tarif_inacbg: 4_200_000 },
  { ...born, jkn_segment: 'PBI', care_class: 3 },
);
// near miss: twins on one family card, the same stay each
const twin = { birth_date: '2014-03-03', sex: 'P', province_code: '31', family_key: 'kk-twins' };
const firstTwin = stay('twin-a', { tgl_masuk: '2024-03-04', tgl_pulang: '2024-03-08' }, twin);
const secondTwin = stay('twin-b', { tgl_masuk: '2024-03-04', tgl_pulang: '2024-03-08', tgl_pengajuan: '2024-03-20' }, twin);
// near miss: two people of one birth date, the same group a day apart
const peer = { birth_date: '1990-09-09', sex: 'L', province_code: '31' };
stay('same-day-a', { tgl_masuk: '2024-04-01', tgl_pulang: '2024-04-05' }, peer);
const dayLater = stay('same-day-b', { tgl_masuk: '2024-04-02', tgl_pulang: '2024-04-06', tgl_pengajuan: '2024-04-30' }, peer);

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe('REPEAT_BILLING across a second membership of the same person', () => {
  it('flags the later billing of the same stay on the second card, naming the first', () => {
    const hit = run().hitsOf(asPbi, 'same_stay_on_second_membership')[0];
    expect(hit?.strength).toBe('certain');
    expect(hit?.related_sep).toEqual([asWorker]);
    expect(run().signalsOf(asWorker, 'REPEAT_BILLING')).not.toContain('same_stay_on_second_membership');
  });

  it('leaves twins on one family card and two people admitted on different days alone', () => {
    for (const sep of [firstTwin, secondTwin, dayLater])
      expect(run().signalsOf(sep, 'REPEAT_BILLING')).not.toContain('same_stay_on_second_membership');
  });
});
