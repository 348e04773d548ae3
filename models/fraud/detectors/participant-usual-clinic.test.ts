// PARTICIPANT_ABUSE `stay_while_holder_at_usual_clinic_far_away` (red team RT-ABUSE-141): a son's card
// used for his father's prostate operation in Bandung while the son is at his own internist's monthly
// clinic in Jakarta, 130 km away, on the second day of the stay. Near misses: a visit to a clinic the
// card saw once before (no routine), a routine clinic 7 km from the ward (a session the ward sends
// the patient to), a stay at a hospital the card also uses, and the routine visit on the admission day.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';
import { USUAL_CLINIC_THRESHOLDS } from './participant-usual-clinic.js';

const book = claimBook();
const JAKARTA = String(FACILITIES['jakarta1']?.['facility_id']);
const JAKARTA_NEAR = String(FACILITIES['jakarta2']?.['facility_id']);
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const SIGNAL = 'stay_while_holder_at_usual_clinic_far_away';
const MAN = { sex: 'L', birth_date: '1982-04-11' };

/** Outpatient controls of `card` at `facility` by `doctor`, `days` after `day`. */
function controls(card: string, facility: string, doctor: string, day: string, days: readonly number[]): string[] {
  return days.map((d) =>
    book.add(
      card,
      {
        facility_id: facility,
        jenis_rawat: 2,
        tgl_masuk: addDays(day, d),
        tgl_pulang: addDays(day, d),
        kode_inacbg: 'Q-5-44-0',
        diagnosa: 'I10',
        kode_dpjp: doctor,
      },
      MAN,
    ),
  );
}
/** A four-night prostatectomy of `card` at `facility` admitted `day`. */
const prostatectomy = (card: string, facility: string, day: string): string =>
  book.add(
    card,
    {
      facility_id: facility,
      tgl_masuk: day,
      tgl_pulang: addDays(day, 4),
      kode_inacbg: 'N-1-20-I',
      diagnosa: 'N40',
      procedure: '60.29',
      kode_dpjp: 'DURO00001',
    },
    MAN,
  );

const lent = prostatectomy('son', BANDUNG, '2024-03-12');
const [, routineVisit] = controls('son', JAKARTA, 'DINT00001', '2024-03-13', [-28, 0, 28]);
const once = prostatectomy('once', BANDUNG, '2024-04-08');
controls('once', JAKARTA, 'DINT00001', '2024-04-09', [-28, 0]);
const nearWard = prostatectomy('near', JAKARTA, '2024-05-06');
controls('near', JAKARTA_NEAR, 'DINT00002', '2024-05-07', [-28, 0, 28]);
const ownHospital = prostatectomy('own', BANDUNG, '2024-06-03');
controls('own', JAKARTA, 'DINT00001', '2024-06-04', [-28, 0, 28]);
controls('own', BANDUNG, 'DURO00001', '2024-05-20', [0]);
const admissionDay = prostatectomy('admday', BANDUNG, '2024-07-01');
controls('admday', JAKARTA, 'DINT00001', '2024-07-01', [-28, 0, 28]);

const run = runDetectorsOnce({ members: book.members, claims: book.claims });

describe("PARTICIPANT_ABUSE: a stay while the card's holder is at his own clinic far away", () => {
  it('names the stay, suspicious, with the routine visit as related claim', () => {
    expect(
      run()
        .hitsOfType('PARTICIPANT_ABUSE', SIGNAL)
        .map((h) => h.nomor_sep),
    ).toEqual([lent]);
    const hit = run().hitsOf(lent, SIGNAL)[0];
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.related_sep).toEqual([routineVisit]);
    expect(hit?.evidence_en).toMatch(
      new RegExp(
        `^Inpatient at ${BANDUNG} from 2024-03-12 to 2024-03-16, the card's only claim there within \\d+ days, while the card was seen on 2024-03-13 at ${JAKARTA}, 1\\d\\d km away, by doctor DINT00001, who has 2 other claim\\(s\\) of this card there`,
      ),
    );
  });

  it('leaves a clinic seen once, a clinic near the ward, a hospital the card uses and a visit on the admission day alone', () => {
    expect(USUAL_CLINIC_THRESHOLDS.minUsualClinicClaims.value).toBe(2);
    for (const sep of [once, nearWard, ownHospital, admissionDay])
      expect(run().signalsOf(sep, 'PARTICIPANT_ABUSE'), sep).not.toContain(SIGNAL);
  });
});
