// SELF_REFERRAL by clinic hopping inside one hospital (RT-SELFREF-101's mechanism): internal
// medicine refers to cardiology the next day, cardiology to neurology two days later, each on an
// internal referral that opens a new SEP, for three patients. Near misses: a single internal
// consult, a chain at a hospital where only one patient was passed along, and a follow-up with
// the same doctor on the hospital's own referral. Hand-built rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook } from '../test-support/hand-built.js';

const book = claimBook();
const HOPPING = String(FACILITIES['jakarta1']?.['facility_id']);
const OTHER = String(FACILITIES['bandung']?.['facility_id']);

/** An outpatient visit to doctor `dpjp`, on an internal referral written on `referredOn` when given. */
function visit(card: string, day: string, facility: string, dpjp: string, dx: string, referredOn?: string): string {
  return book.add(card, {
    facility_id: facility,
    jenis_rawat: 2,
    tgl_masuk: day,
    tgl_pulang: day,
    kode_inacbg: 'Q-5-44-0',
    diagnosa: dx,
    procedure: null,
    kode_dpjp: `D${facility}${dpjp}`,
    jenis_pelayanan: 'RAWAT_JALAN',
    ...(referredOn === undefined
      ? { asal_rujukan: 1, ppk_rujukan: '3171P001', tgl_rujukan: day }
      : { asal_rujukan: 2, ppk_rujukan: facility, tgl_rujukan: referredOn }),
  });
}

/** Internal medicine (001) on `day`, cardiology (002) the next day, neurology (003) two days after. */
function chain(card: string, day: string, facility: string): [string, string] {
  visit(card, day, facility, '001', 'I10');
  return [
    visit(card, addDays(day, 1), facility, '002', 'I10', day),
    visit(card, addDays(day, 3), facility, '003', 'G43.9#I10', addDays(day, 1)),
  ];
}

const chained = [...chain('c1', '2024-03-04', HOPPING), ...chain('c2', '2024-03-11', HOPPING), ...chain('c3', '2024-03-18', HOPPING)];
// near misses: one internal consult (no second hop) and a follow-up with the same doctor at the same hospital
visit('c4', '2024-03-05', HOPPING, '001', 'I10');
const consult = visit('c4', '2024-03-06', HOPPING, '002', 'I10', '2024-03-05');
visit('c5', '2024-03-05', HOPPING, '001', 'E11.9');
const followUp = visit('c5', '2024-03-08', HOPPING, '001', 'E11.9', '2024-03-05');
// a single chain at another hospital among its ordinary single consults: one patient passed along is no practice
const lone = chain('c6', '2024-03-04', OTHER);
for (let i = 0; i < 30; i++) {
  visit(`k${i}`, addDays('2024-03-04', i), OTHER, '001', 'I10');
  visit(`k${i}`, addDays('2024-03-05', i), OTHER, '002', 'I10', addDays('2024-03-04', i));
}

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims });
});

afterAll(async () => {
  await run?.close();
});

const SIGNAL = 'internal_referral_chain';

describe('SELF_REFERRAL: outpatients passed from clinic to clinic on internal referrals', () => {
  it('names both referred visits of each chain, suspicious, with the visit that referred them', () => {
    for (const sep of chained) expect(run?.hitsOf(sep, SIGNAL)[0]?.strength, sep).toBe('suspicious');
    expect(run?.hitsOf(chained[1] ?? '', SIGNAL)[0]?.related_sep).toEqual([chained[0]]);
    expect(run?.hitsOf(chained[1] ?? '', SIGNAL)[0]?.evidence_en).toMatch(
      /^Outpatient visit on 2024-03-07 on an internal referral written on 2024-03-05 .*3171R001 passed 3 patients/,
    );
  });

  it('leaves a single consult, a follow-up with the same doctor and a lone chain at another hospital alone', () => {
    for (const sep of [consult, followUp, ...lone]) expect(run?.signalsOf(sep, 'SELF_REFERRAL'), sep).not.toContain(SIGNAL);
  });
});
