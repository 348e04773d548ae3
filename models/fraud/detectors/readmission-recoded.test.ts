// READMISSION `readmission_recoded_within_category` (red team RT-READMIT-02): a readmission within
// 30 days coded to another code of the first stay's ICD-10 category (the 4th digit swapped) is the
// same condition re-coded; one back under the same code, or under another category of the same
// CBG group, or after the window, is not this signal. Hand-built rows, one run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { READMISSION_DETECTOR } from './readmission.js';

const members: Row[] = [];
const claims: Row[] = [];

function stay(card: string, masuk: string, nights: number, cbg: string, dx: string, over: Row = {}): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { birth_date: '1950-03-08', jkn_segment: 'PBI' }));
  const c = claim(card, {
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, nights),
    kode_inacbg: cbg,
    diagnosa: dx,
    procedure: '93.96',
    ...over,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

// COPD (J-4-10, J44.1 with exacerbation / J44.9 unspecified) sent home after 4 days, back 12 days later
// with the 4th digit swapped, once regrouped a severity down
stay('rr1', '2024-01-12', 4, 'J-4-10-II', 'J44.1#I10');
const swappedDown = stay('rr1', addDays('2024-01-16', 12), 4, 'J-4-10-I', 'J44.9');
stay('rr2', '2024-02-02', 4, 'J-4-10-I', 'J44.9');
const swappedUp = stay('rr2', addDays('2024-02-06', 17), 4, 'J-4-10-II', 'J44.1');
// near misses: back under the same code; back under another category of the same group (J44 then J43
// emphysema, both COPD group J-4-10); the same swap 31 days after discharge, beyond the window
stay('rr3', '2024-03-04', 4, 'J-4-10-II', 'J44.1');
const sameCode = stay('rr3', addDays('2024-03-08', 15), 4, 'J-4-10-II', 'J44.1');
stay('rr4', '2024-04-01', 4, 'J-4-10-I', 'J44.9');
const otherCategory = stay('rr4', addDays('2024-04-05', 15), 4, 'J-4-10-I', 'J43.9');
stay('rr5', '2024-05-06', 4, 'J-4-10-I', 'J44.9');
const pastWindow = stay('rr5', addDays('2024-05-10', 31), 4, 'J-4-10-II', 'J44.1');

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
});

afterAll(async () => {
  await run?.close();
});

const signalsOf = (sep: string): string[] => run?.signalsOf(sep, 'READMISSION') ?? ['not run'];

describe('READMISSION: the same condition readmitted under another code of its category', () => {
  it('names a readmission within 30 days whose primary diagnosis swaps the 4th digit, whatever the severity', () => {
    expect(READMISSION_DETECTOR.thresholds.windowDays.value).toBe(30);
    for (const sep of [swappedDown, swappedUp]) {
      expect(signalsOf(sep), sep).toContain('readmission_recoded_within_category');
      // the clinical-group signal it narrows fires beside it
      expect(signalsOf(sep), sep).toContain('same_clinical_group_readmission');
    }
    const hit = run?.hitsOf(swappedDown, 'readmission_recoded_within_category')[0];
    expect(hit?.evidence_en).toBe(
      `Readmitted 12 days after ${String(hit?.related_sep?.[0])} (primary diagnosis J44.1) as J44.9: the same ICD-10 category J44 under another code`,
    );
    expect(hit?.related_sep).toHaveLength(1);
  });

  it('leaves a readmission under the same code, under another category of the group, or after 30 days', () => {
    expect(signalsOf(sameCode)).toEqual(['same_clinical_group_readmission']);
    expect(signalsOf(otherCategory)).toEqual(['same_clinical_group_readmission']);
    expect(signalsOf(pastWindow)).toEqual([]);
  });
});
