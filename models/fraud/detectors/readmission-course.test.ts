// READMISSION by the course of the illness (issue 11, round 7): a pneumonia sent home early and
// back as sepsis with the pneumonia beside it is the same infection in another chapter; a
// falciparum malaria treated in full and back weeks later (recrudescence) is a new course, while
// its return within a week, its late return after a stay cut short, and a late return of another
// condition after a full stay stay readmissions. Hand-built rows, one run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { READMISSION_DETECTOR } from './readmission.js';

const members: Row[] = [];
const claims: Row[] = [];

function stay(card: string, masuk: string, nights: number, cbg: string, dx: string): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { birth_date: '1948-02-01', jkn_segment: 'PBI' }));
  const c = claim(card, {
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, nights),
    kode_inacbg: cbg,
    diagnosa: dx,
    kode_dpjp: 'D3171R001007',
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

// pneumonia (norm 5 days) sent home after 2 nights, back 9 and 18 days later as sepsis with the pneumonia second
stay('rc1', '2024-01-08', 2, 'J-4-16-I', 'J18.9');
const sepsisBack = stay('rc1', addDays('2024-01-10', 9), 5, 'A-4-10-I', 'A41.9#J18.9');
stay('rc2', '2024-02-05', 3, 'J-4-16-I', 'J18.9');
const sepsisLater = stay('rc2', addDays('2024-02-08', 18), 5, 'A-4-10-II', 'A41.9#J18.9');
// sepsis from another source (a urinary infection) after a pneumonia stay: not the pneumonia
stay('rc3', '2024-03-04', 2, 'J-4-16-I', 'J18.9');
const otherSepsis = stay('rc3', '2024-03-16', 5, 'A-4-10-I', 'A41.9#N39.0');
// falciparum malaria (norm 4 days) treated 4-5 days, back 18 and 26 days later one step up, with anaemia
stay('rc4', '2024-01-14', 4, 'A-4-14-I', 'B50.9');
const recrudescence = stay('rc4', addDays('2024-01-18', 18), 5, 'A-4-14-II', 'B50.9#D64.9');
stay('rc5', '2024-02-05', 5, 'A-4-14-I', 'B50.9');
const recrudescenceLate = stay('rc5', addDays('2024-02-10', 26), 5, 'A-4-14-II', 'B50.9#D64.9');
// the same malaria back within a week of a full stay, and back weeks later after a stay cut to 2 days
stay('rc6', '2024-03-04', 4, 'A-4-14-I', 'B50.9');
const earlyAfterFull = stay('rc6', addDays('2024-03-08', 5), 4, 'A-4-14-II', 'B50.9#D64.9');
stay('rc7', '2024-04-01', 2, 'A-4-14-I', 'B50.9');
const lateAfterShort = stay('rc7', addDays('2024-04-03', 20), 4, 'A-4-14-II', 'B50.9#D64.9');
// heart failure (norm 5 days) after a full 5-day stay, back 20 days later: no recurrent course
stay('rc8', '2024-05-06', 5, 'I-4-12-I', 'I50.0');
const heartFailureLate = stay('rc8', addDays('2024-05-11', 20), 5, 'I-4-12-II', 'I50.0#I10');

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
});

afterAll(async () => {
  await run?.close();
});

const signalsOf = (sep: string): string[] => run?.signalsOf(sep, 'READMISSION') ?? ['not run'];

describe('READMISSION: the same infection back as sepsis, and the course of the illness', () => {
  it("names a sepsis stay with the first stay's infection beside it, across chapters", () => {
    for (const sep of [sepsisBack, sepsisLater]) expect(signalsOf(sep), sep).toEqual(['index_diagnosis_returns_as_secondary']);
    expect(run?.hitsOf(sepsisBack, 'index_diagnosis_returns_as_secondary')[0]?.evidence_en).toMatch(
      /as A41\.9 with J18\.9 coded as a secondary diagnosis, the sepsis of that infection$/,
    );
    expect(signalsOf(otherSepsis)).toEqual([]);
  });

  it("leaves a malaria's return from a week after a full-length first stay (a recrudescence) alone", () => {
    expect(READMISSION_DETECTOR.thresholds.recurrenceFromDay.value).toBe(7);
    expect(signalsOf(recrudescence)).toEqual([]);
    expect(signalsOf(recrudescenceLate)).toEqual([]);
  });

  it('still names an early return, a late return after a stay cut short, and another condition back late', () => {
    expect(signalsOf(heartFailureLate)).toEqual(['same_clinical_group_readmission']);
    expect(signalsOf(earlyAfterFull)).toEqual(['same_clinical_group_readmission']);
    expect(signalsOf(lateAfterShort)).toEqual(['same_clinical_group_readmission']);
  });
});
