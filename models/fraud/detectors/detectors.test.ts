// Every detector on a hand-built case that must fire and a near miss that must not. One
// in-memory warehouse holds all scenarios (distinct cards), plus ordinary peer claims.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../features/warehouse/index.js';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { buildFraudTables } from '../tables.js';
import { CBG_SEVERE, FACILITIES, LOS_NORM, claim, insertRows, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { INACBG } from '../../../data-samples/reference/index.js';
import { FRAUD_DETECTORS } from './index.js';

const claims: Row[] = [];
const members: Row[] = [];
const deaths: Row[] = [];
const kkpak: Row[] = [];
/** fraud type -> [SEP that must fire, SEP that must not] */
const cases: Record<string, Array<[fire: string, nearMiss: string]>> = {};

function add(card: string, over: Row = {}, memberOver: Row = {}): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, memberOver));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
const expectCase = (type: string, fire: string, nearMiss: string): void => {
  (cases[type] ??= []).push([fire, nearMiss]);
};

// Ordinary peers: the CBG's drug share and length of stay are set by these.
for (let i = 0; i < 40; i++) add(`peer${i}`);

expectCase('UPCODING', add('up1', { kode_inacbg: CBG_SEVERE, diagnosa: 'A01.0#J96.0#R57.0' }), add('up2', { kode_inacbg: CBG_SEVERE, diagnosa: 'A01.0#J96.0#I10' }));

const twinA = add('cl1', { kode_dpjp: 'DCLONE', diagnosa: 'A01.4#E11.9', procedure: '99.04' });
const clone = add('cl2', { kode_dpjp: 'DCLONE', diagnosa: 'A01.4#E11.9', procedure: '99.04' }, { province_code: '73' });
const notClone = add('cl3', { kode_dpjp: 'DCLONE2', diagnosa: 'A01.4#E11.9', procedure: '99.04' }, { province_code: '73' });
add('cl4', { kode_dpjp: 'DCLONE2', diagnosa: 'A01.4#E11.9', procedure: '99.04', tarif_obat: 100_100 });
expectCase('CLONING', clone, notClone);
expectCase('CLONING', clone, twinA);

deaths.push({ member_key: 'm_dead', death_date: '2024-02-01', source: 'DUKCAPIL' });
expectCase('PHANTOM_BILLING', add('dead', { tgl_masuk: '2024-03-10' }), add('dead', { tgl_masuk: '2024-01-10' }));
expectCase('PHANTOM_BILLING', add('sep1', { tgl_sep: '2024-03-16' }), add('sep2'));
add('far', { tgl_masuk: '2024-04-01', facility_id: '3171R001' });
const distant = add('far', { tgl_masuk: '2024-04-01', facility_id: '7371R001', jenis_rawat: 2, tgl_pulang: '2024-04-01' });
add('near', { tgl_masuk: '2024-04-01', facility_id: '3171R001' });
expectCase('PHANTOM_BILLING', distant, add('near', { tgl_masuk: '2024-04-01', facility_id: '3273R001', jenis_rawat: 2, tgl_pulang: '2024-04-01' }));

expectCase('INFLATED_BILL', add('inf1', { tarif_obat: 400_000, tarif_alkes: 400_000, tarif_bmhp: 400_000 }), add('inf2', { tarif_obat: 150_000, tarif_alkes: 150_000, tarif_bmhp: 150_000 }));
expectCase('INFLATED_BILL', add('top1', { special_cmg: 'RR-03', tarif_special_cmg: 4_800_000 }), add('top2', { special_cmg: 'RR-03', tarif_special_cmg: 4_800_000, procedure: '79.35' }));

add('ub1', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
const split = add('ub1', { tgl_masuk: '2024-03-06', tgl_pulang: '2024-03-08', kode_inacbg: CBG_SEVERE });
add('ub2', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
expectCase('UNBUNDLING', split, add('ub2', { tgl_masuk: '2024-03-08', tgl_pulang: '2024-03-10', kode_inacbg: CBG_SEVERE }));

add('rp1', { tgl_pengajuan: '2024-03-20' });
const repeat = add('rp1', { tgl_pengajuan: '2024-05-01' });
add('rp2', { tgl_pengajuan: '2024-03-20' });
expectCase('REPEAT_BILLING', repeat, add('rp2', { tgl_pengajuan: '2024-05-01', tgl_pulang: '2024-03-15' }));

expectCase('PROLONGED_LOS', add('los1', { tgl_pulang: '2024-03-22' }), add('los2', { tgl_pulang: '2024-03-16' }));

expectCase('ROOM_CLASS', add('rc1', { kelas_rawat: 1 }, { care_class: 3 }), add('rc2', { upgrade_class_ind: 1, upgrade_class_class: 'kelas_1', upgrade_class_payor: 'peserta', upgrade_class_los: 4 }, { jkn_segment: 'PPU' }));

add('ra1', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
const readmit = add('ra1', { tgl_masuk: '2024-03-15' });
add('ra2', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
expectCase('READMISSION', readmit, add('ra2', { tgl_masuk: '2024-03-15', diagnosa: 'A01.4#I10' }));

const doubleBilled = add('kk1', { diagnosa: 'S72.0' }, { jkn_segment: 'PPU' });
kkpak.push({ case_id: 'PLKK1', member_key: 'm_kk1', employer_id: '12345678', accident_date: '2024-03-10', reported_date: '2024-03-11', case_type: 'KK', location: 'TEMPAT_KERJA', outcome: 'SEMBUH', days_off: 10, nomor_sep: doubleBilled, jkk_benefit_paid: 8_000_000 });
const reported = add('kk2', { diagnosa: 'S72.0' }, { jkn_segment: 'PPU' });
kkpak.push({ case_id: 'PLKK2', member_key: 'm_kk2', employer_id: '12345678', accident_date: '2024-03-05', reported_date: '2024-03-06', case_type: 'KK', location: 'TEMPAT_KERJA', outcome: 'SEMBUH', days_off: 10, nomor_sep: null, jkk_benefit_paid: 2_000_000 });
expectCase('COB_KKPAK', doubleBilled, reported);
expectCase('COB_KKPAK', add('kk3', { diagnosa: 'S72.0' }, { jkn_segment: 'PPU' }), add('kk4', { diagnosa: 'S72.0' }, { jkn_segment: 'PBI' }));

expectCase('PARTICIPANT_ABUSE', add('pa1', { diagnosa: 'O80.0' }, { sex: 'L' }), add('pa2', { diagnosa: 'O80.0' }, { sex: 'P', birth_date: '1995-01-01' }));

add('sr1', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-02', discharge_status: 2 });
const referred = claims.at(-1)?.['nomor_sep'] as string;
add('sr1', { tgl_masuk: '2024-03-03', facility_id: '3171R002' });
add('sr2', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05', discharge_status: 2 });
const referredLate = claims.at(-1)?.['nomor_sep'] as string;
add('sr2', { tgl_masuk: '2024-03-06', facility_id: '3171R002' });
expectCase('SELF_REFERRAL', referred, referredLate);

const surgicalCbg = INACBG.find((g) => g.caseType === 1 && g.severity === 'I')?.code ?? 'missing';
expectCase('CANCELLED_SERVICE', add('cs1', { kode_inacbg: surgicalCbg, procedure: '79.35', tarif_prosedur_bedah: 0 }), add('cs2', { kode_inacbg: surgicalCbg, procedure: '79.35' }));
expectCase('UNNECESSARY_TREATMENT', add('un1', { diagnosa: 'J06.9', tgl_pulang: '2024-03-11' }), add('un2', { diagnosa: 'J06.9', tgl_pulang: '2024-03-13' }));
expectCase('VENTILATOR', add('ve1', { ventilator_hour: 97, icu_indikator: 1, icu_los: 4 }), add('ve2', { ventilator_hour: 120, icu_indikator: 1, icu_los: 4 }));

let w: Warehouse;
let hits: Array<{ fraud_type: string; nomor_sep: string; amount_at_risk: bigint; evidence_en: string; evidence_id: string }>;

beforeAll(async () => {
  w = await openWarehouse(':memory:');
  await insertRows(w, 'raw_facilities', Object.values(FACILITIES));
  await insertRows(w, 'raw_members', members);
  await insertRows(w, 'raw_claims', claims);
  await insertRows(w, 'raw_deaths', deaths);
  await insertRows(w, 'raw_kkpak_cases', kkpak);
  await buildFraudTables(w.connection);
  hits = await w.query('SELECT fraud_type, nomor_sep, amount_at_risk, evidence_en, evidence_id FROM fraud_detector_hits');
}, 60_000);

afterAll(async () => {
  await w.close();
});

describe('fraud detectors on hand-built cases', () => {
  it('covers every taxonomy code of DOMAIN.md section 3, each typed with names and sourced thresholds', () => {
    expect(FRAUD_DETECTORS.map((d) => d.code).sort()).toEqual([
      'CANCELLED_SERVICE', 'CLONING', 'COB_KKPAK', 'INFLATED_BILL', 'PARTICIPANT_ABUSE', 'PHANTOM_BILLING', 'PROLONGED_LOS', 'READMISSION',
      'REPEAT_BILLING', 'ROOM_CLASS', 'SELF_REFERRAL', 'UNBUNDLING', 'UNNECESSARY_TREATMENT', 'UPCODING', 'VENTILATOR',
    ]);
    for (const d of FRAUD_DETECTORS) {
      expect(d.nameId.length).toBeGreaterThan(5);
      expect(d.nameEn.length).toBeGreaterThan(5);
      for (const t of Object.values(d.thresholds)) expect(t.source.length).toBeGreaterThan(10);
    }
  });

  it('gives each hand-built case a scenario', () => {
    expect(Object.keys(cases).sort()).toEqual(FRAUD_DETECTORS.map((d) => d.code).sort());
    expect(LOS_NORM).toBe(4);
  });

  for (const d of FRAUD_DETECTORS) {
    it(`${d.code}: fires on the case, not on the near miss, with evidence and an amount at risk`, () => {
      for (const [fire, nearMiss] of cases[d.code] ?? []) {
        const mine = hits.filter((h) => h.fraud_type === d.code);
        const hit = mine.find((h) => h.nomor_sep === fire);
        expect(hit, `${d.code} should fire on ${fire}`).toBeDefined();
        expect(Number(hit?.amount_at_risk)).toBeGreaterThan(0);
        expect(hit?.evidence_en.length).toBeGreaterThan(10);
        expect(hit?.evidence_id.length).toBeGreaterThan(10);
        expect(mine.some((h) => h.nomor_sep === nearMiss), `${d.code} must not fire on ${nearMiss}`).toBe(false);
      }
    });
  }

  it('names the distant facility and the other claim as evidence of phantom billing', () => {
    const hit = hits.find((h) => h.nomor_sep === distant && h.fraud_type === 'PHANTOM_BILLING');
    expect(hit?.evidence_en).toMatch(/3171R001 on the same day, \d+ km away/);
  });
});
