// UNNECESSARY_TREATMENT by a day procedure kept for nights (RT-UNNEC-101's mechanism): diagnostic
// upper endoscopies and colonoscopies for reflux, dyspepsia and haemorrhoids admitted two nights at
// one hospital. Near misses: bleeding ulcers admitted, transfused and scoped; a polypectomy; a
// cirrhotic's medical stay with a scope; a single overnight scope; and two such stays at a hospital
// (no policy). Hand-built rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';

const book = claimBook();
const SCOPING = String(FACILITIES['jakarta1']?.['facility_id']);
const OTHER = String(FACILITIES['bandung']?.['facility_id']);

const stay = (card: string, day: string, nights: number, dx: string, px: string, facility_id = SCOPING, cbg = 'K-4-17-I'): string =>
  book.add(card, { facility_id, tgl_masuk: day, tgl_pulang: addDays(day, nights), kode_inacbg: cbg, diagnosa: dx, procedure: px });

const scoped = [
  stay('e1', '2024-03-04', 2, 'K30', '45.13'),
  stay('e2', '2024-03-11', 2, 'K21.9', '45.13#89.7'),
  stay('e3', '2024-03-18', 2, 'I84.9#K59.0', '45.23'),
  stay('e4', '2024-03-25', 3, 'K29.7', '45.16'),
];
// near misses at the same hospital
const bleeding = stay('n1', '2024-03-05', 3, 'K92.2#K25.9#D64.9', '45.13#99.04', SCOPING, 'K-4-18-II');
const polyp = stay('n2', '2024-03-06', 2, 'K59.0', '45.23#45.42');
const cirrhosis = stay('n3', '2024-03-07', 4, 'K70.3', '45.13', SCOPING, 'B-4-13-I');
const overnight = stay('n4', '2024-03-08', 1, 'K30', '45.13');
// two stays for the scope at another hospital: no policy to judge
const fewElsewhere = [stay('n5', '2024-03-04', 2, 'K30', '45.13', OTHER), stay('n6', '2024-03-12', 2, 'K21.9', '45.13', OTHER)];

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims });
});

afterAll(async () => {
  await run?.close();
});

const SIGNAL = 'diagnostic_endoscopy_admitted_for_nights';

describe('UNNECESSARY_TREATMENT: diagnostic endoscopy admitted for nights', () => {
  it('names each scope stay of two nights or more at the hospital, suspicious', () => {
    for (const sep of scoped) expect(run?.hitsOf(sep, SIGNAL)[0]?.strength, sep).toBe('suspicious');
    expect(run?.hitsOf(scoped[2] ?? '', SIGNAL)[0]?.evidence_en).toMatch(
      /^45\.23 for I84\.9, K59\.0 \(K-4-17-I\) kept 2 nights .*; 3171R001 billed 4 such stays$/,
    );
  });

  it('leaves a bleeding ulcer, a polypectomy, a medical stay, an overnight scope and a hospital with two alone', () => {
    for (const sep of [bleeding, polyp, cirrhosis, overnight, ...fewElsewhere])
      expect(run?.signalsOf(sep, 'UNNECESSARY_TREATMENT'), sep).not.toContain(SIGNAL);
  });
});
