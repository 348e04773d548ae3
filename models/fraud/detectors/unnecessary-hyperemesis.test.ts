// UNNECESSARY_TREATMENT for mild hyperemesis admitted (red team RT-UNNEC-111): O21.0 alone, one or
// two nights of intravenous fluids. Near misses: hyperemesis with dehydration coded, a longer stay,
// an evacuation on the bill, and the outpatient visit.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { claimBook } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const book = claimBook();
const mother = { sex: 'P', birth_date: '1996-05-05' };
const admitted = (card: string, nights: number, over: Row = {}): string =>
  book.add(
    card,
    {
      kode_inacbg: 'O-6-14-I',
      diagnosa: 'O21.0',
      procedure: '99.18',
      tgl_masuk: '2024-02-12',
      tgl_pulang: `2024-02-${12 + nights}`,
      ...over,
    },
    mother,
  );

const oneNight = admitted('hg1', 1);
const twoNights = admitted('hg2', 2, { procedure: '99.18#88.78' });
// near misses
const dehydrated = admitted('hg3', 2, { diagnosa: 'O21.0#E86' });
const fourNights = admitted('hg4', 4);
const evacuated = admitted('hg5', 1, { procedure: '69.09#99.18' });
const outpatient = admitted('hg6', 0, { jenis_rawat: 2, kode_inacbg: 'O-7-10-0' });

const run = runDetectorsOnce({ members: book.members, claims: book.claims });
const signals = (sep: string): string[] => run().signalsOf(sep, 'UNNECESSARY_TREATMENT');

describe('UNNECESSARY_TREATMENT: mild hyperemesis admitted', () => {
  it('flags one or two nights for O21.0 alone with day-case care only', () => {
    expect(signals(oneNight)).toContain('mild_hyperemesis_admitted');
    expect(run().hitsOf(twoNights, 'mild_hyperemesis_admitted')[0]?.evidence_en).toContain('RCOG Green-top Guideline 69');
  });

  it('leaves dehydration coded, a longer stay, an evacuation and the outpatient visit alone', () => {
    for (const sep of [dehydrated, fourNights, evacuated, outpatient]) expect(signals(sep)).not.toContain('mild_hyperemesis_admitted');
  });
});
