// PARTICIPANT_ABUSE: chronic drugs refilled faster than taken at one clinic (issue 11, round 7):
// a month's supply collected every three weeks, against monthly controls with their jitter, one
// control brought forward, and two conditions each controlled monthly. Hand-built rows, one run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];

/** Clinic visits of `card` after `first` at the given day gaps, each with a month of chronic drugs for `dx`. */
function fills(card: string, first: string, gaps: readonly number[], dx: string, cbg = 'I-5-16-0'): string[] {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { birth_date: '1958-04-01' }));
  let day = first;
  return [0, ...gaps].map((gap) => {
    day = addDays(day, gap);
    const c = claim(card, { jenis_rawat: 2, tgl_masuk: day, tgl_pulang: day, kode_inacbg: cbg, diagnosa: dx, tarif_obat_kronis: 250_000 });
    claims.push(c);
    return String(c['nomor_sep']);
  });
}

// every 20-23 days for seven fills: the first fill included, each came before the last supply ran out
const [firstFill, ...everyThreeWeeks] = fills('rf1', '2024-01-05', [20, 21, 22, 23, 20, 21], 'I10');
// the same pace for diabetes at 22-23 days (a variant just past the honest gap)
const diabetes = fills('rf2', '2024-01-08', [23, 22, 23, 22, 23], 'E11.9', 'E-5-11-0');
// monthly controls with a clinic's jitter (27-33 days)
const monthly = fills('rf3', '2024-01-05', [30, 27, 33, 29, 31, 28], 'I10');
// one control brought forward twelve days, monthly otherwise
const broughtForward = fills('rf4', '2024-01-05', [30, 18, 30, 30], 'I10');
// hypertension and diabetes each controlled monthly, on different days: two supplies
const twoConditions = [
  ...fills('rf5', '2024-01-05', [30, 30, 30], 'I10'),
  ...fills('rf5', '2024-01-19', [30, 30, 30], 'E11.9', 'E-5-11-0'),
];

// chemotherapy every three weeks (Z51.1, and a cancer primary), its visits carrying a chronic-drug line:
// sessions of a regimen, not a supply refilled early
const chemotherapyCycles = [
  ...fills('rf6', '2024-01-05', [21, 21, 21, 21, 21], 'Z51.1'),
  ...fills('rf7', '2024-01-09', [21, 21, 21, 21], 'C50.9'),
];

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
});

afterAll(async () => {
  await run?.close();
});

const SIGNAL = 'chronic_refills_ahead_of_use';

describe("PARTICIPANT_ABUSE: a condition's chronic drugs refilled faster than the supply is taken", () => {
  it('names every fill of a three-weekly series at one clinic, the first too, as suspicious', () => {
    for (const sep of [firstFill ?? '', ...everyThreeWeeks, ...diabetes]) {
      const [hit] = run?.hitsOf(sep, SIGNAL) ?? [];
      expect(hit, sep).toBeDefined();
      expect(hit?.strength).toBe('suspicious');
    }
    expect(run?.hitsOf(everyThreeWeeks[2] ?? '', SIGNAL)[0]?.evidence_en).toMatch(
      /^Chronic drugs for hypertension billed on 2024-03-08, one of 7 fills of the condition from 2024-01-05 to 2024-05-11 at 1 facility\(ies\): 180 days of supply dispensed for 127 days, 53 days still in hand/,
    );
  });

  it('leaves monthly controls, one control brought forward, two conditions and chemotherapy cycles alone', () => {
    for (const sep of [...monthly, ...broughtForward, ...twoConditions, ...chemotherapyCycles])
      expect(run?.signalsOf(sep, 'PARTICIPANT_ABUSE'), sep).toEqual([]);
  });
});
