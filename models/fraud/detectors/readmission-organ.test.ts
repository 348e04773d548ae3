// READMISSION across the infection chapter (red team RT-READMIT-141): pulmonary tuberculosis sent home,
// back within 30 days as pneumonia with the tuberculosis coded second (the lungs either way, though the
// grouper files TB under infections), then back again for the tuberculosis itself, the pneumonia
// stay's secondary diagnosis. Near misses: a stroke's aspiration pneumonia (another organ), a
// pneumonia stay's hypertension treated on its own later (another organ), typhoid (an infection
// of no one organ) back as pneumonia. Hand-built rows, one run.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays, claimBook } from '../test-support/hand-built.js';
import { INFECTION_ORGAN_CMG } from './readmission-organ.js';

const book = claimBook();
const stay = (card: string, masuk: string, cbg: string, dx: string): string =>
  book.add(
    card,
    { tgl_masuk: masuk, tgl_pulang: addDays(masuk, 5), kode_inacbg: cbg, diagnosa: dx, procedure: '87.44' },
    { birth_date: '1980-04-02' },
  );

const tbIndex = stay('tb', '2024-01-08', 'A-4-12-I', 'A15.0');
const asPneumonia = stay('tb', addDays('2024-01-13', 20), 'J-4-16-I', 'J18.9#A15.0');
const tbAgain = stay('tb', addDays(addDays('2024-01-13', 25), 23), 'A-4-12-I', 'A15.0');
stay('stroke', '2024-02-05', 'G-4-14-I', 'I63.9');
const aspiration = stay('stroke', addDays('2024-02-10', 12), 'J-4-16-I', 'J18.9#I63.9');
stay('htn', '2024-03-04', 'J-4-16-I', 'J18.9#I10');
const hypertension = stay('htn', addDays('2024-03-09', 14), 'I-4-17-I', 'I10');
stay('typhoid', '2024-04-01', 'A-4-11-I', 'A01.0');
const afterTyphoid = stay('typhoid', addDays('2024-04-06', 10), 'J-4-16-I', 'J18.9#A01.0');

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe('READMISSION: the same condition in the same organ, the infection chapter read by its organ', () => {
  it('names pulmonary tuberculosis back as pneumonia with the TB second, and back again as TB', () => {
    expect(INFECTION_ORGAN_CMG.some(({ pattern, cmg }) => new RegExp(pattern).test('A15.0') && cmg === 'J')).toBe(true);
    const back = run().hitsOf(asPneumonia, 'index_diagnosis_returns_as_secondary')[0];
    expect(back?.strength).toBe('suspicious');
    expect(back?.related_sep).toEqual([tbIndex]);
    expect(back?.evidence_en).toBe(
      `Readmitted 20 days after ${tbIndex} (primary diagnosis A15.0) as J18.9 with A15.0 coded as a secondary diagnosis, same organ system (CMG J)`,
    );
    const again = run().hitsOf(tbAgain, 'secondary_diagnosis_returns_as_primary')[0];
    expect(again?.related_sep).toEqual([asPneumonia]);
    expect(again?.evidence_en).toBe(
      `Readmitted 23 days after ${asPneumonia} (primary diagnosis J18.9, with A15.0 coded as a secondary diagnosis) for A15.0 itself, same organ system (CMG J)`,
    );
    expect(again?.evidence_id).toMatch(/^Dirawat lagi 23 hari setelah .* untuk A15\.0 itu sendiri, sistem organ yang sama \(CMG J\)$/);
  });

  it("leaves a stroke's pneumonia, a pneumonia's hypertension and typhoid's pneumonia alone", () => {
    for (const sep of [aspiration, hypertension, afterTyphoid]) expect(run().signalsOf(sep, 'READMISSION'), sep).toEqual([]);
  });
});
