// PHANTOM_BILLING against the card's own primary care (RT-PHANTOM-61's mechanism): a hospital far
// from home bills planned clinic controls on days the member's FKTP at home records a P-Care visit.
// Near misses: one emergency visit after a flight, a hospital within the tolerance of the home
// province, and a P-Care visit at an FKTP outside the member's regency (a traveller's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const visits: Row[] = [];
/** A member living in Kota Kendari (Sulawesi Tenggara), 1,700 km from Jakarta and about 330 km from Makassar. */
const KENDARI: Row = { province_code: '74', regency_code: '7471' };
const HOME_FKTP = '7471P001';
const JAKARTA = String(FACILITIES['jakarta1']?.['facility_id']);
const MAKASSAR = String(FACILITIES['makassar']?.['facility_id']);

function fktpVisit(card: string, day: string, fktp = HOME_FKTP): void {
  visits.push({
    visit_id: `KJ${String(visits.length + 1).padStart(8, '0')}`,
    card_key: card,
    facility_id: fktp,
    tgl_kunjungan: day,
    jenis_kunjungan: 'SAKIT',
    diagnosa: 'I10',
    no_rujukan: null,
    ppk_tujuan: null,
  });
}
/** An outpatient visit of `card` at `facility` on `day` arriving at `at`; returns the SEP. */
function clinic(card: string, facility: string, day: string, at: string, service = 'RAWAT_JALAN'): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, KENDARI));
  const c = claim(card, {
    facility_id: facility,
    jenis_rawat: 2,
    tgl_masuk: day,
    tgl_pulang: day,
    kode_inacbg: 'I-5-16-0',
    diagnosa: 'I10',
    jenis_pelayanan: service,
    waktu_masuk: `${day} ${at}:00`,
    waktu_pulang: `${day} 14:00:00`,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

// RT-PHANTOM-61's shape: monthly cardiology controls in Jakarta on the days the Kendari puskesmas sees the card
const controls = ['2024-02-14', '2024-03-15', '2024-04-15'].map((day, i) => {
  fktpVisit('home1', day);
  return clinic('home1', JAKARTA, day, `${10 + i}:15`);
});
// one such day alone, the SEP carrying no hour: the date alone puts the card in two places
fktpVisit('once', '2024-05-06');
const once = clinic('once', JAKARTA, '2024-05-06', '10:00');
claims[claims.length - 1] = { ...claims[claims.length - 1], waktu_masuk: null, waktu_pulang: null };

// near miss: seen at the puskesmas in the morning, flies to Jakarta and reaches its emergency department at night
fktpVisit('flew', '2024-03-05');
const flew = clinic('flew', JAKARTA, '2024-03-05', '21:40', 'IGD');
// near miss: controls in Makassar, within the tolerance of a Sulawesi Tenggara home (one may live near the border)
const nearby = ['2024-02-12', '2024-03-11'].map((day) => {
  fktpVisit('near', day);
  return clinic('near', MAKASSAR, day, '10:30');
});
// near miss: a Kendari member's P-Care visits at a Jakarta klinik while working there: not the home FKTP
const working = ['2024-02-13', '2024-03-12'].map((day) => {
  fktpVisit('work', day, '3171K004');
  return clinic('work', JAKARTA, day, '09:30');
});

describe('PHANTOM_BILLING: hospital care far from the home FKTP on its visit days', () => {
  let run: DetectorRun;
  beforeAll(async () => {
    run = await runDetectors({ members, claims, fktp_visits: visits });
  }, 120_000);
  afterAll(async () => run?.close());

  it('names every control of the series, certain, with the visits and the other controls as related rows', () => {
    for (const sep of controls) {
      const [hit] = run.hitsOf(sep, 'billed_far_from_home_on_fktp_days');
      expect(hit?.strength).toBe('certain');
      expect(hit?.related_sep.filter((r) => r.startsWith('KJ'))).toHaveLength(1);
      expect(hit?.related_sep.filter((r) => controls.includes(r))).toHaveLength(2);
      expect(hit?.evidence_en).toContain(HOME_FKTP);
      expect(hit?.evidence_en).toContain('on 3 day(s)');
    }
  });

  it('calls one such day without SEP hours suspicious', () => {
    expect(run.hitsOf(once).map((h) => [h.signal, h.strength])).toEqual([['home_fktp_visit_same_day_far_away', 'suspicious']]);
  });

  it('leaves a flight to an evening emergency, a hospital near the home province and a traveller’s FKTP alone', () => {
    for (const sep of [flew, ...nearby, ...working]) expect(run.signalsOf(sep, 'PHANTOM_BILLING')).toEqual([]);
  });
});
