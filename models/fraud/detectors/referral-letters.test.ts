// The referral letter behind a claim (SELF_REFERRAL, referral-letters.ts), each mechanism on a
// hand-built hit and its near misses: a letter no P-Care visit wrote (not said of an FKTP with no
// visits on record, nor of an extract without fktp_visits), one written for another member (not
// a household's), one addressed to another hospital, one written after the admission (a letter
// written on the admission day is none), one past its 90 days (re-dated or not; day 80 is none),
// and a stay on a letter from an FKTP where the admitting doctor also holds a licence (not when
// the FKTP's doctor refers to the hospital's specialists, nor for an operation). A small warehouse
// of its own.
import { describe, expect, it } from 'vitest';
import { RAW_SOURCES } from '../../../features/fraud/index.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import type { DetectorHit } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { sickVisit } from '../test-support/fktp-visits.js';
import { SELF_REFERRAL_DETECTOR } from './care-pattern.js';
import { thresholdValues } from './types.js';

const HOSPITAL = '3171R001';
const OTHER_HOSPITAL = '3171R002';
const PUSKESMAS = '3171P001';
const KLINIK = '3171K001';
/** An FKTP with no visit on record: its letters cannot be traced, so they say nothing. */
const PUSKESMAS_OFF_PCARE = '3171P002';
const ADMITTED = '2024-03-10';

const members: Row[] = [];
const claims: Row[] = [];
const visits: Row[] = [];
const doctors: Row[] = [
  { doctor_id: 'DCLINIC', specialty: 'SP_PD', licensed_facilities: `${KLINIK}#${HOSPITAL}` },
  { doctor_id: 'DPUSK', specialty: 'UMUM', licensed_facilities: `${PUSKESMAS}#${HOSPITAL}` },
  { doctor_id: 'DWARD', specialty: 'SP_PD', licensed_facilities: HOSPITAL },
];
let n = 0;
let letters = 0;

/** A letter number of an FKTP's series (SCHEMA.md: FKTP code, MMYY, B, serial). */
const letterOf = (fktp: string): string => `${fktp}0324B${String(++letters).padStart(6, '0')}`;

/** A P-Care visit of `card` at `fktp` on `date`, writing `letter` to `to`. */
function visit(card: string, fktp: string, date: string, letter: string | null = null, to: string = HOSPITAL): void {
  const referral = letter ? { letter, to } : null;
  visits.push(sickVisit({ id: `KJ${String(visits.length + 1).padStart(8, '0')}`, card, date, diagnosa: 'K29.7', fktp, referral }));
}

/** A patient admitted at the hospital on the SEP's letter; returns the SEP. */
function admitted(letter: { no: string; from: string; dated?: string }, over: Row = {}, memberOver: Row = {}): string {
  const card = String(memberOver['card_key'] ?? `rl${++n}`);
  members.push(member(card, memberOver));
  const c = claim(card, {
    facility_id: HOSPITAL,
    tgl_masuk: ADMITTED,
    kode_inacbg: 'K-4-17-I',
    diagnosa: 'K29.7',
    kode_dpjp: 'DWARD',
    tarif_kamar: 100_000 + 10_000 * n,
    no_rujukan: letter.no,
    ppk_rujukan: letter.from,
    tgl_rujukan: letter.dated ?? ADMITTED,
    asal_rujukan: 1,
    jenis_pelayanan: 'RAWAT_INAP',
    ...over,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

/** A patient referred the ordinary way: the visit that day writes the letter to the hospital. */
function referred(over: Row = {}, fktp = PUSKESMAS): string {
  const card = `rl_referred${++n}`;
  const no = letterOf(fktp);
  visit(card, fktp, ADMITTED, no);
  return admitted({ no, from: fktp }, over, { card_key: card });
}

// ---- the ordinary intake, and the puskesmas's other visits around the admission day (it is on P-Care)
const honest = referred();
visit('rl_other', PUSKESMAS, '2024-02-20');
const honestLater = (() => {
  // a letter written nine days before the admission and used then (valid 90 days)
  const card = 'rl_later';
  const no = letterOf(PUSKESMAS);
  visit(card, PUSKESMAS, '2024-03-01', no);
  return admitted({ no, from: PUSKESMAS, dated: '2024-03-01' }, {}, { card_key: card });
})();

// ---- a letter of the puskesmas's series that no visit wrote; the same from an FKTP with nothing on record
const unwritten = admitted({ no: letterOf(PUSKESMAS), from: PUSKESMAS });
const offPcare = admitted({ no: letterOf(PUSKESMAS_OFF_PCARE), from: PUSKESMAS_OFF_PCARE });

// ---- a letter P-Care holds under another card; one of the patient's household
const anotherPatient = (() => {
  const no = letterOf(PUSKESMAS);
  members.push(member('rl_stranger'));
  visit('rl_stranger', PUSKESMAS, ADMITTED, no);
  return admitted({ no, from: PUSKESMAS });
})();
const household = (() => {
  const no = letterOf(PUSKESMAS);
  members.push(member('rl_mother', { family_key: 'KK1', hubungan_keluarga: 'ISTRI' }));
  visit('rl_mother', PUSKESMAS, ADMITTED, no);
  return admitted({ no, from: PUSKESMAS }, {}, { card_key: 'rl_child', family_key: 'KK1', hubungan_keluarga: 'ANAK' });
})();

// ---- the patient's own letter, addressed to another hospital
const addressedElsewhere = (() => {
  const card = 'rl_elsewhere';
  const no = letterOf(PUSKESMAS);
  visit(card, PUSKESMAS, ADMITTED, no, OTHER_HOSPITAL);
  return admitted({ no, from: PUSKESMAS }, {}, { card_key: card });
})();

// ---- a letter written two days after the admission, dated on the SEP as of the admission day
const backdated = (() => {
  const card = 'rl_backdated';
  const no = letterOf(PUSKESMAS);
  visit(card, PUSKESMAS, '2024-03-12', no);
  return admitted({ no, from: PUSKESMAS }, {}, { card_key: card });
})();

// ---- a letter written 111 days before the admission; one written then and re-dated on the SEP; one used on day 80
const letterWritten = (card: string, written: string, dated: string): string => {
  const no = letterOf(PUSKESMAS);
  visit(card, PUSKESMAS, written, no);
  return admitted({ no, from: PUSKESMAS, dated }, {}, { card_key: card });
};
const expired = letterWritten('rl_expired', '2023-11-20', '2023-11-20');
const redated = letterWritten('rl_redated', '2023-11-20', '2024-02-20');
const stillValid = letterWritten('rl_valid', '2023-12-21', '2023-12-21');

// ---- the klinik's internist admits his own referrals for gastritis; the puskesmas doctor, licensed at the
// hospital too, refers to its specialists; the internist's referral for an appendectomy
const selfReferred = referred({ kode_dpjp: 'DCLINIC' }, KLINIK);
const fktpDoctorRefers = referred({ kode_dpjp: 'DWARD' });
const selfReferredOperation = referred(
  { kode_dpjp: 'DCLINIC', kode_inacbg: 'K-1-12-I', diagnosa: 'K35.8', procedure: '47.09', tarif_prosedur_bedah: 2_000_000 },
  KLINIK,
);

const run = runDetectorsOnce({ members, claims, fktp_visits: visits, doctors });
const hits = (): DetectorHit[] => run().hitsOfType('SELF_REFERRAL');

const hitsOf = (signal: string): Map<string, DetectorHit> =>
  new Map(
    hits()
      .filter((h) => h.signal === signal)
      .map((h) => [h.nomor_sep, h]),
  );
const LETTER_SIGNALS = [
  'referral_letter_without_visit',
  'referral_letter_of_another_patient',
  'referral_letter_to_another_hospital',
  'referral_written_after_admission',
  'referral_letter_expired',
  'admitted_by_referring_fktp_doctor',
];

describe('referral letters traced to the P-Care visit that wrote them', () => {
  it('names a letter of an FKTP on P-Care that no visit wrote (suspicious: the extract may miss a visit)', () => {
    const hit = hitsOf('referral_letter_without_visit').get(unwritten);
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.amount_at_risk).toBe(5_000_000);
    expect(hit?.evidence_en).toMatch(
      /^Referral letter 3171P0010324B\d{6} of 3171P001 dated 2024-03-10: no P-Care visit wrote it, though 3171P001 recorded visits within 30 days/,
    );
  });

  it('says nothing of a letter from an FKTP with no visit on record, nor of the letters visits wrote', () => {
    const flagged = hitsOf('referral_letter_without_visit');
    for (const sep of [offPcare, honest, honestLater, backdated, selfReferred]) expect(flagged.has(sep), sep).toBe(false);
  });

  it('says nothing of an unwritten letter when the extract has no P-Care visits at all', async () => {
    await run().warehouse.run('CREATE OR REPLACE TABLE no_visits AS SELECT * FROM raw_fktp_visits LIMIT 0');
    const t = thresholdValues(SELF_REFERRAL_DETECTOR);
    const rows = await run().warehouse.query<{ signal: string; nomor_sep: string }>(
      `SELECT signal, nomor_sep FROM (${SELF_REFERRAL_DETECTOR.sql(t, { ...RAW_SOURCES, fktpVisits: 'no_visits' })}) ORDER BY signal`,
    );
    // the doctor registry and the SEP's own letter date still speak; no letter is traced to a visit
    expect(rows.filter((r) => LETTER_SIGNALS.includes(r.signal))).toEqual([
      { signal: 'admitted_by_referring_fktp_doctor', nomor_sep: selfReferred },
      { signal: 'referral_letter_expired', nomor_sep: expired },
    ]);
  });

  it("names a letter P-Care holds under another member's card as certain, and leaves a household's alone", () => {
    const flagged = hitsOf('referral_letter_of_another_patient');
    expect(flagged.get(anotherPatient)?.strength).toBe('certain');
    expect(flagged.get(anotherPatient)?.evidence_en).toMatch(/was written by 3171P001 on 2024-03-10 for another member/);
    expect([...flagged.keys()]).toEqual([anotherPatient]);
    expect(hits().filter((h) => h.nomor_sep === household)).toEqual([]);
  });

  it('names the patient’s own letter addressed to another hospital', () => {
    const flagged = hitsOf('referral_letter_to_another_hospital');
    expect(flagged.get(addressedElsewhere)?.evidence_en).toMatch(/to 3171R002, not to 3171R001$/);
    expect([...flagged.keys()]).toEqual([addressedElsewhere]);
  });

  it('names as certain a letter written at a visit after the admission, whatever date the SEP gives it', () => {
    const flagged = hitsOf('referral_written_after_admission');
    const hit = flagged.get(backdated);
    expect(hit?.strength).toBe('certain');
    expect(hit?.evidence_en).toMatch(
      /^Admitted 2024-03-10; referral letter \S+ of 3171P001 dated 2024-03-10 on the SEP, written at a P-Care visit on 2024-03-12 \(2 day\(s\) after the admission\)$/,
    );
    expect(hit?.evidence_id).toMatch(/ditulis pada kunjungan P-Care 2024-03-12 \(2 hari setelah masuk\)$/);
    // a letter written on the admission day, or days before it, precedes the care
    expect([...flagged.keys()]).toEqual([backdated]);
  });

  it('names a letter past its 90 days at the admission, also when the SEP gives it a later date', () => {
    const flagged = hitsOf('referral_letter_expired');
    expect(flagged.get(expired)?.strength).toBe('suspicious');
    expect(flagged.get(expired)?.evidence_en).toMatch(/written 2023-11-20, 111 days earlier \(valid 90 days\)$/);
    expect(flagged.get(redated)?.evidence_en).toMatch(/written 2023-11-20, 111 days earlier/);
    expect([...flagged.keys()].sort()).toEqual([expired, redated].sort());
    expect(flagged.has(stillValid)).toBe(false);
  });
});

describe('a stay on a letter from an FKTP where the admitting doctor also practises', () => {
  it('names the stay, with the doctor and the FKTP', () => {
    const hit = hitsOf('admitted_by_referring_fktp_doctor').get(selfReferred);
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toMatch(
      /^Doctor DCLINIC treated the patient at 3171R001 on referral letter 3171K0010324B\d{6} of 3171K001, where the same doctor/,
    );
  });

  it("leaves alone the FKTP doctor's referrals to the hospital's specialists, and an operation", () => {
    const flagged = hitsOf('admitted_by_referring_fktp_doctor');
    expect([...flagged.keys()]).toEqual([selfReferred]);
    for (const sep of [fktpDoctorRefers, selfReferredOperation]) expect(flagged.has(sep), sep).toBe(false);
  });

  it('emits only declared signals, and none on the honest referrals', () => {
    for (const h of hits()) expect(Object.keys(SELF_REFERRAL_DETECTOR.signals)).toContain(h.signal);
    for (const sep of [honest, honestLater, fktpDoctorRefers])
      expect(
        hits().filter((h) => h.nomor_sep === sep && LETTER_SIGNALS.includes(h.signal)),
        sep,
      ).toEqual([]);
  });
});
