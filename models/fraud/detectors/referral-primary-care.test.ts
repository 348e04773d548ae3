// Referrals of diagnoses primary care must treat (SELF_REFERRAL referred_primary_care_diagnosis,
// referral-primary-care.ts, RT-SELFREF-61): a klinik that refers most of its sick visits for an
// FKTP-list diagnosis alone, against a puskesmas that refers one in forty. Named: the klinik's
// referred visits seen at the hospital with no operation. Silent: its referral for an operation,
// its referral of a visit with a comorbidity coded, and the puskesmas's one referral. A small
// warehouse of its own, with the FKTP table the batch publishes for arrival.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { sickVisit } from '../test-support/fktp-visits.js';
import { FKTP_REFERRAL_TABLE } from './referral-primary-care.js';

const HOSPITAL = '3171R001';
const KLINIK = '3171K001';
const PUSKESMAS = '3171P001';
const members: Row[] = [];
const claims: Row[] = [];
const visits: Row[] = [];
let n = 0;
const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A sick visit of a new card at `fktp` for `diagnosa`; referred to the hospital, the hospital's claim `over` the same day. Returns its SEP. */
function newCardVisit(fktp: string, diagnosa: string, referredOver: Row | null): string | null {
  const card = `pc${++n}`;
  members.push(member(card));
  const day = addDays('2024-01-02', n);
  const letter = referredOver ? `${fktp}0124B${String(n).padStart(6, '0')}` : null;
  const referral = letter ? { letter, to: HOSPITAL } : null;
  visits.push(sickVisit({ id: `KJ${String(n).padStart(8, '0')}`, card, date: day, diagnosa, fktp, referral }));
  if (!referredOver) return null;
  const c = claim(card, {
    facility_id: HOSPITAL,
    jenis_rawat: 2,
    tgl_masuk: day,
    tgl_pulang: day,
    kode_inacbg: 'Q-5-42-0',
    diagnosa,
    jenis_pelayanan: 'RAWAT_JALAN',
    no_rujukan: letter,
    ppk_rujukan: fktp,
    tgl_rujukan: day,
    asal_rujukan: 1,
    tarif_inacbg: 250_000,
    ...referredOver,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

const clinicReferred = ['J06.9', 'K30', 'I10', 'M79.1', 'J02.9', 'K29.7'].map((dx) => newCardVisit(KLINIK, dx, {}));
// an operation at the hospital: the referral was for care primary care cannot give
const clinicOperated = newCardVisit(KLINIK, 'K29.7', {
  jenis_rawat: 1,
  tgl_pulang: addDays('2024-01-02', n + 3),
  kode_inacbg: 'K-1-13-I',
  procedure: '53.00',
  jenis_pelayanan: 'RAWAT_INAP',
});
// a comorbidity coded at the visit (a TACC exception the FKTP can show)
const clinicComorbid = newCardVisit(KLINIK, 'I10#E11.9', {});
for (let i = 0; i < 3; i++) newCardVisit(KLINIK, 'J06.9', null);
const puskesmasReferred = newCardVisit(PUSKESMAS, 'K29.7', {});
for (let i = 0; i < 39; i++) newCardVisit(PUSKESMAS, i % 2 ? 'J06.9' : 'I10', null);

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members, claims, fktp_visits: visits });
});
afterAll(async () => run?.close());

describe('referrals of diagnoses primary care must treat', () => {
  it("counts each FKTP's sick visits for an FKTP-list diagnosis alone and those it referred", async () => {
    const rows = await run.warehouse.query<{ facility_id: string; primary_care_visits: bigint; primary_care_referrals: bigint }>(
      `SELECT facility_id, primary_care_visits, primary_care_referrals FROM ${FKTP_REFERRAL_TABLE} ORDER BY facility_id`,
    );
    expect(rows.map((r) => [r.facility_id, Number(r.primary_care_visits), Number(r.primary_care_referrals)])).toEqual([
      [KLINIK, 10, 7],
      [PUSKESMAS, 40, 1],
    ]);
  });

  it("names the klinik's referred visits treated at the hospital without specialist care", () => {
    for (const sep of clinicReferred) {
      const [hit] = run.hitsOf(String(sep), 'referred_primary_care_diagnosis');
      expect(hit?.fraud_type).toBe('SELF_REFERRAL');
      expect(hit?.evidence_en).toContain(`${KLINIK} referred 7 of its 10 sick visits`);
    }
  });

  it('leaves the referral for an operation, the visit with a comorbidity and the puskesmas referral silent', () => {
    for (const sep of [clinicOperated, clinicComorbid, puskesmasReferred])
      expect(run.hitsOf(String(sep), 'referred_primary_care_diagnosis')).toEqual([]);
  });
});
