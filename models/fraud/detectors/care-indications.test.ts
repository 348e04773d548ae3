// Care its indication does not support, read from the member's record (issue 11, round 7):
// a tonsillectomy with fewer throat infections in the year than any Paradise criterion asks
// (UNNECESSARY_TREATMENT tonsillectomy_without_recurrences, RT-UNNEC-71), chronic clinic controls
// booked as emergency visits with no referral (SELF_REFERRAL clinic_care_registered_as_emergency,
// RT-SELFREF-71), and scans a head injury with ICU days needs, never counted as scans in mild care
// (imaging_above_casemix_peers, RT-NM-SUBDURAL-71). Hits and near misses hand-built, one warehouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const BANDUNG = '3273R001';
const MAKASSAR = '7371R001';
const PUSKESMAS = '3171P001';

const members: Row[] = [];
const claims: Row[] = [];
const visits: Row[] = [];
let n = 0;
const newCard = (over: Row = {}): string => {
  const card = `ci${++n}`;
  members.push(member(card, over));
  return card;
};
const add = (card: string, over: Row): string => {
  const c = claim(card, { tarif_kamar: 100_000 + 10_000 * claims.length, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
};
const fktpVisit = (card: string, day: string, diagnosa: string | null): void => {
  visits.push({
    visit_id: `KJ${String(visits.length + 1).padStart(8, '0')}`,
    card_key: card,
    facility_id: PUSKESMAS,
    tgl_kunjungan: day,
    jenis_kunjungan: diagnosa ? 'SAKIT' : 'SEHAT',
    diagnosa,
    no_rujukan: null,
    ppk_tujuan: null,
  });
};
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));

// ---- tonsillectomies at Bandung: a child is operated for chronic tonsillitis `episodes` throat infections
// after, the last (the referral, for `referral`) a week before, with a healthy visit in the year; `dx` is what the claim codes
const tonsillectomy = (episodes: number, dx = 'J35.0', referral = 'J03.9'): string => {
  const card = newCard({ birth_date: '2016-05-01' });
  const day = addDays('2025-03-03', 7 * n);
  fktpVisit(card, addDays(day, -160), null);
  for (let i = 0; i < episodes; i++) fktpVisit(card, addDays(day, -7 - 60 * i), i === 0 ? referral : i % 2 ? 'J02.9' : 'J03.9');
  return add(card, {
    facility_id: BANDUNG,
    tgl_masuk: day,
    tgl_pulang: addDays(day, 2),
    kode_inacbg: 'U-1-13-I',
    diagnosa: dx,
    procedure: '28.2',
  });
};
const oneEpisode = times(3, () => tonsillectomy(1));
const twoEpisodes = tonsillectomy(2);
const threeEpisodes = tonsillectomy(3);
const sleepApnoea = tonsillectomy(1, 'J35.3#G47.3');
// no throat infection in primary care at all: the history lies outside the record
const noRecord = tonsillectomy(0);
// the FKTP itself referred for chronic tonsillitis: primary care recorded the history
const chronicReferred = tonsillectomy(1, 'J35.0', 'J35.0');

// ---- emergency visits at Jakarta 2: two patients come monthly through the IGD, on no referral, for knee
// osteoarthritis and essential hypertension; a third for asthma attacks; a fourth twice for hypertension;
// at Jakarta 1 one patient alone comes monthly for diabetes
const igdVisits = (facility: string, dx: string, count: number, first = '2025-01-06'): string[] => {
  const card = newCard({ birth_date: '1960-01-01' });
  return times(count, (i) => {
    const day = addDays(first, 29 * i + n);
    return add(card, {
      facility_id: facility,
      jenis_rawat: 2,
      tgl_masuk: day,
      tgl_pulang: day,
      kode_inacbg: 'Q-5-44-0',
      diagnosa: dx,
      jenis_pelayanan: 'IGD',
      waktu_masuk: `${day} 08:40:00`,
      waktu_pulang: `${day} 11:10:00`,
      tarif_inacbg: 300_000,
    });
  });
};
const kneeControls = igdVisits(JAKARTA2, 'M17.9', 3);
const pressureControls = igdVisits(JAKARTA2, 'I10', 4, '2025-02-03');
const asthmaAttacks = igdVisits(JAKARTA2, 'J45.9', 3);
const twoPressureVisits = igdVisits(JAKARTA2, 'I10', 2);
const loneDiabetic = igdVisits(JAKARTA1, 'E11.9', 3);

// ---- scans: the Jakarta hospitals scan six of ten head injuries and none of twenty colds; Makassar scans
// twelve colds, and six subdural haemorrhages kept in ICU, each scanned twice
const cold = (facility: string, px: string | null): string =>
  add(newCard(), {
    facility_id: facility,
    jenis_rawat: 2,
    kode_inacbg: 'Q-5-42-0',
    diagnosa: 'J06.9',
    procedure: px,
    tarif_inacbg: 180_000,
  });
const headInjury = (facility: string, scanned: boolean, over: Row = {}): string =>
  add(newCard(), { facility_id: facility, kode_inacbg: 'S-4-10-I', diagnosa: 'S06.0', procedure: scanned ? '87.03' : null, ...over });
for (const f of [JAKARTA1, JAKARTA2]) {
  times(20, () => cold(f, null));
  times(10, (i) => headInjury(f, i < 6));
}
const scannedColds = times(12, () => cold(MAKASSAR, '87.03'));
const subdurals = times(6, () =>
  headInjury(MAKASSAR, true, { diagnosa: 'S06.5#S00.9', procedure: '87.03#88.38', icu_indikator: 1, icu_los: 2 }),
);

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members, claims, fktp_visits: visits });
});
afterAll(async () => run?.close());

describe('tonsillectomy without recurrences', () => {
  const SIGNAL = 'tonsillectomy_without_recurrences';
  it('names the operations after one or two recorded throat infections in the year', () => {
    for (const sep of [...oneEpisode, twoEpisodes]) {
      const [hit] = run.hitsOf(sep, SIGNAL);
      expect(hit?.fraud_type, sep).toBe('UNNECESSARY_TREATMENT');
      expect(hit?.strength).toBe('suspicious');
    }
    expect(run.hitsOf(oneEpisode[0] as string, SIGNAL)[0]?.evidence_en).toMatch(
      /^Tonsillectomy with 1 throat infection episode\(s\) recorded in the 365 days before, among 2 primary-care visit\(s\), none for chronic tonsillitis/,
    );
  });
  it('leaves alone three episodes, another indication coded, no throat infection in the record, and a chronic referral', () => {
    for (const sep of [threeEpisodes, sleepApnoea, noRecord, chronicReferred]) expect(run.hitsOf(sep, SIGNAL), sep).toEqual([]);
  });
});

describe('clinic care registered as emergency visits', () => {
  const SIGNAL = 'clinic_care_registered_as_emergency';
  it("names every visit of the hospital's monthly emergency controls of stable chronic conditions", () => {
    for (const sep of [...kneeControls, ...pressureControls]) {
      const [hit] = run.hitsOf(sep, SIGNAL);
      expect(hit?.fraud_type, sep).toBe('SELF_REFERRAL');
      expect(hit?.amount_at_risk).toBe(300_000);
    }
    const [first] = run.hitsOf(kneeControls[0] as string, SIGNAL);
    expect(first?.related_sep).toEqual([...(kneeControls.slice(1) as string[])].sort());
    expect(first?.evidence_en).toMatch(
      /^Emergency visit at 08:40 for M17\.9, a stable chronic condition, with no referral; the patient came through the emergency department 3 times .* 3171R002 registered 2 patients/,
    );
  });
  it('leaves alone asthma attacks, two visits, and one patient alone at a hospital', () => {
    for (const sep of [...asthmaAttacks, ...twoPressureVisits, ...loneDiabetic]) expect(run.hitsOf(sep, SIGNAL), sep).toEqual([]);
  });
});

describe('scans the diagnosis calls for', () => {
  const SIGNAL = 'imaging_above_casemix_peers';
  it('still names the scanned colds of the provider far above its peers', () => {
    for (const sep of scannedColds) expect(run.hitsOf(sep, SIGNAL)[0]?.fraud_type, sep).toBe('UNNECESSARY_TREATMENT');
  });
  it('never names the scans of a subdural haemorrhage kept in intensive care', () => {
    for (const sep of subdurals) expect(run.signalsOf(sep, 'UNNECESSARY_TREATMENT'), sep).toEqual([]);
  });
});
