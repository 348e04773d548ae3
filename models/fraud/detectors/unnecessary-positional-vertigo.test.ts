// UNNECESSARY_TREATMENT for a round-13 scheme (RT-UNNEC-131): benign paroxysmal positional vertigo
// (H81.1) is diagnosed and treated in the clinic (AAO-HNS guideline 2017: the Dix-Hallpike test and
// a repositioning manoeuvre), so a short admission for it is named as one for an outpatient
// condition; vestibular neuronitis (H81.2), whose vomiting may need fluids, is not. Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';

const book = claimBook();
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));

/** A planned two-night severity-I neurology stay for `dx` at Bandung, in at ten on a Friday, home on Sunday. */
const twoNights = (card: string, day: string, dx: string): string =>
  book.add(card, {
    facility_id: BANDUNG,
    tgl_masuk: day,
    tgl_pulang: addDays(day, 2),
    kode_inacbg: 'G-4-15-I',
    diagnosa: dx,
    procedure: '89.52',
    jenis_pelayanan: 'RAWAT_INAP',
    waktu_masuk: `${day} 10:20:00`,
    waktu_pulang: `${addDays(day, 2)} 10:00:00`,
  });

const vertigo = times(3, (i) => twoNights(`bppv-${i}`, addDays('2024-05-03', 7 * i), 'H81.1'));
const neuronitis = times(3, (i) => twoNights(`vn-${i}`, addDays('2024-05-03', 7 * i + 21), 'H81.2'));
// epilepsy stays of the same two nights: an admission the diagnosis calls for, never named as outpatient care
const epilepsy = times(10, (i) => twoNights(`g-${i}`, addDays('2024-01-05', 7 * i), 'G40.9'));

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe('a short admission for benign positional vertigo', () => {
  it('names two days for H81.1 as an outpatient condition, suspicious', () => {
    for (const sep of vertigo) {
      const hit = run().hitsOf(sep, 'short_admission_outpatient_condition')[0];
      expect(hit?.strength, sep).toBe('suspicious');
      expect(hit?.evidence_en, sep).toBe(
        '2-day severity-I admission for H81.1, a condition treated as an outpatient, with no secondary diagnosis that calls for admission',
      );
    }
  });

  it('leaves two days for vestibular neuronitis (H81.2) or epilepsy alone', () => {
    for (const sep of [...neuronitis, ...epilepsy]) expect(run().signalsOf(sep, 'UNNECESSARY_TREATMENT'), sep).toEqual([]);
  });
});
