// PHANTOM_BILLING family_member_billed_beside_referred_visit (phantom-family-companions.ts, red team
// RT-PHANTOM-111): family-card members billed on several days beside a relative referred by a P-Care
// visit, on letters of the same puskesmas no visit wrote, are phantom patients, and their letters are
// no longer SELF_REFERRAL's. Near misses: a household ill together, each member referred by a visit of
// their own (RT-NM-HEPATITIS-111); a child brought along once on a made-up letter (a real patient:
// SELF_REFERRAL); a family member on a made-up letter of another FKTP. Hand-built rows, one run; the
// signal's SQL is read on the run's warehouse (its PHANTOM_BILLING registration is phantom-billing.ts's).
import { describe, expect, it } from 'vitest';
import { RAW_SOURCES } from '../../../features/fraud/index.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { sickVisit } from '../test-support/fktp-visits.js';
import { FAMILY_COMPANION_SIGNALS, FAMILY_COMPANION_THRESHOLDS, familyCompanionsSql } from './phantom-family-companions.js';

const HOSPITAL = '3171R001';
const PUSKESMAS = '3171P001';
const KLINIK = '3171K001';

const members: Row[] = [];
const claims: Row[] = [];
const visits: Row[] = [];
let letters = 0;

const letterOf = (fktp: string): string => `${fktp}0324B${String(++letters).padStart(6, '0')}`;

/** A family card of `size` members (cards `<family>-<k>`). */
function family(name: string, size: number): string[] {
  return Array.from({ length: size }, (_, k) => {
    const card = `${name}-${k}`;
    members.push(
      member(card, { family_key: name, hubungan_keluarga: k === 0 ? 'KEPALA' : 'ANAK', birth_date: `19${80 + 3 * k}-05-1${k}` }),
    );
    return card;
  });
}

/** An outpatient visit of `card` at the hospital on `day` on letter `no` of `fktp`; when `written`, a P-Care visit that day wrote it. */
function clinic(card: string, day: string, written: boolean, fktp = PUSKESMAS): string {
  const no = letterOf(fktp);
  if (written)
    visits.push(
      sickVisit({
        id: `KJ${String(visits.length + 1).padStart(8, '0')}`,
        card,
        date: day,
        diagnosa: 'J06.9',
        fktp,
        referral: { letter: no, to: HOSPITAL },
      }),
    );
  const c = claim(card, {
    facility_id: HOSPITAL,
    tgl_masuk: day,
    tgl_pulang: day,
    jenis_rawat: 2,
    kode_inacbg: 'Q-5-42-0',
    diagnosa: 'J06.9',
    no_rujukan: no,
    ppk_rujukan: fktp,
    tgl_rujukan: day,
    asal_rujukan: 1,
    jenis_pelayanan: 'RAWAT_JALAN',
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

const DAYS = ['2024-02-06', '2024-03-05', '2024-04-09'];
// the scheme: the child really referred each month, the parents and a sibling billed beside it on made-up letters
const [child, ...others] = family('kk-phantom', 4) as [string, ...string[]];
const seen = DAYS.map((d) => clinic(child, d, true));
const phantoms = DAYS.flatMap((d) => others.map((m) => clinic(m, d, false)));
// a household with hepatitis A: each member referred by a visit of their own, twice
const household = family('kk-hepatitis', 3);
const ill = DAYS.slice(0, 2).flatMap((d) => household.map((m) => clinic(m, d, true)));
// a sibling brought along once on a made-up letter: a real patient on a sham referral
const [sister, brother] = family('kk-once', 2) as [string, string];
clinic(sister, '2024-02-13', true);
const broughtOnce = clinic(brother, '2024-02-13', false);
// a relative billed beside a referred visit on letters of another FKTP (no visit of that FKTP records the family that day)
const [mother, son] = family('kk-other-fktp', 2) as [string, string];
DAYS.forEach((d) => clinic(mother, d, true));
visits.push(sickVisit({ id: 'KJ-KLINIK-ON-PCARE', card: 'someone', date: DAYS[1] as string, diagnosa: 'I10', fktp: KLINIK }));
const otherFktp = DAYS.map((d) => clinic(son, d, false, KLINIK));

const run = runDetectorsOnce({ members, claims, fktp_visits: visits });

async function familyHits(): Promise<Map<string, string>> {
  const rows = await run().warehouse.query<{ nomor_sep: string; evidence_en: string }>(
    `SELECT nomor_sep, evidence_en FROM (${familyCompanionsSql({ minCompanionDays: FAMILY_COMPANION_THRESHOLDS.minCompanionDays.value }, RAW_SOURCES)})`,
  );
  return new Map(rows.map((r) => [r.nomor_sep, r.evidence_en]));
}

describe('PHANTOM_BILLING: family-card members billed beside a relative’s referred visit', () => {
  it('names every member billed on several days beside the referred child, on letters no P-Care visit wrote', async () => {
    // suspicious: the record shows the members absent from the puskesmas, not from the hospital
    expect(FAMILY_COMPANION_SIGNALS.family_member_billed_beside_referred_visit.strength).toBe('suspicious');
    const hits = await familyHits();
    expect([...hits.keys()].sort()).toEqual([...phantoms].sort());
    expect(hits.get(phantoms[0] ?? '')).toContain(`beside ${String(seen[0])}`);
    expect(hits.get(phantoms[0] ?? '')).toContain('billed so on 3 days');
  });

  it('leaves their letters to the phantom signal, not to SELF_REFERRAL', () => {
    for (const sep of phantoms) expect(run().signalsOf(sep, 'SELF_REFERRAL'), sep).not.toContain('referral_letter_without_visit');
  });

  it('says nothing of a household referred member by member, of the referred relatives, nor of another FKTP’s letters', async () => {
    const hits = await familyHits();
    for (const sep of [...ill, ...seen, ...otherFktp, broughtOnce]) expect(hits.has(sep), sep).toBe(false);
  });

  it('keeps a member brought along once on a made-up letter a sham referral (SELF_REFERRAL)', () => {
    expect(run().signalsOf(broughtOnce, 'SELF_REFERRAL')).toContain('referral_letter_without_visit');
    expect(run().signalsOf(otherFktp[1] ?? '', 'SELF_REFERRAL')).toContain('referral_letter_without_visit');
  });
});
