// Episode detectors on hand-built cases and near misses: one stay split into two, a stay's service
// billed again as a visit, a stay cut short and resumed (UNBUNDLING); a stay billed twice, shifted,
// under another card or by a sister hospital (REPEAT_BILLING); a readmission for the same condition
// (READMISSION); a referral straight back or around a loop (SELF_REFERRAL). Against a readmission
// for another condition, chemotherapy cycles, a transfer for care the first hospital cannot give
// and another person of another age. One in-memory warehouse of its own, with ordinary peers.
import { describe, expect, it } from 'vitest';
import {
  CASE_TOPICS,
  caseBook,
  declaredStrength,
  itFiresOnTheCases,
  ordinaryPeers,
  detectorsRunOnce,
} from '../test-support/detector-cases.js';
import { CBG_SEVERE } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { INACBG } from '../../../data-samples/reference/index.js';
import { FRAUD_SIGNALS } from './index.js';

const book = caseBook();
const { add, vary, expectCase } = book;
const JAKARTA2 = '3171R002';

ordinaryPeers(book);

add('ub1', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
const split = add('ub1', { tgl_masuk: '2024-03-06', tgl_pulang: '2024-03-08', kode_inacbg: CBG_SEVERE });
add('ub2', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
expectCase('UNBUNDLING', split, add('ub2', { tgl_masuk: '2024-03-08', tgl_pulang: '2024-03-10', kode_inacbg: CBG_SEVERE }));

add('rp1', { tgl_pengajuan: '2024-03-20' });
const repeat = add('rp1', { tgl_pengajuan: '2024-05-01' });
add('rp2', { tgl_pengajuan: '2024-03-20' });
// a second episode of the same group after the first ended is no repeat (it may be a readmission)
expectCase('REPEAT_BILLING', repeat, add('rp2', { tgl_pengajuan: '2024-05-01', tgl_masuk: '2024-03-20', tgl_pulang: '2024-03-24' }));
// resubmitted with dates shifted by a day, regrouped to another severity, under a new SEP
add('rp3', vary({ tgl_pengajuan: '2024-03-20' }));
const shifted = add(
  'rp3',
  vary({ tgl_masuk: '2024-03-11', tgl_pulang: '2024-03-15', kode_inacbg: CBG_SEVERE, tgl_pengajuan: '2024-04-02' }),
);
// the same stay under another card (same birth date and sex); the near miss is another person of another age
add('oc1', vary({ diagnosa: 'J18.9', kode_inacbg: 'J-4-16-I', tgl_masuk: '2024-06-02' }), { birth_date: '1977-07-07' });
const otherCard = add('oc2', vary({ diagnosa: 'J18.0', kode_inacbg: 'J-4-16-II', tgl_masuk: '2024-06-03', tgl_pengajuan: '2024-07-01' }), {
  birth_date: '1977-07-07',
});
const otherPerson = add(
  'oc3',
  vary({ diagnosa: 'J18.0', kode_inacbg: 'J-4-16-II', tgl_masuk: '2024-06-03', tgl_pengajuan: '2024-07-01' }),
  { birth_date: '1988-08-08' },
);
expectCase('REPEAT_BILLING', shifted, otherPerson);
expectCase('REPEAT_BILLING', otherCard, otherPerson);

add('ra1', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
const readmit = add('ra1', { tgl_masuk: '2024-03-15' });
add('ra2', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' });
// a readmission for another condition (pneumonia after typhoid) is care, not a scheme
const otherCondition = add('ra2', { tgl_masuk: '2024-03-15', diagnosa: 'J18.9#I10', kode_inacbg: 'J-4-16-I' });
expectCase('READMISSION', readmit, otherCondition);
// regrouped to severity III with a swapped 4th digit: the same clinical group
add('ra3', vary({ tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05' }));
const regrouped = add('ra3', vary({ tgl_masuk: '2024-03-20', kode_inacbg: CBG_SEVERE, diagnosa: 'A01.1#I10' }));
expectCase('READMISSION', regrouped, add('ra2', { tgl_masuk: '2024-03-15', diagnosa: 'J18.9#I10', kode_inacbg: 'J-4-16-I' }));
// chemotherapy cycles admitted by protocol every three weeks are planned care, not readmissions
const chemoCycle: Row = { kode_inacbg: 'C-4-12-I', diagnosa: 'Z51.1#C50.9', procedure: '99.25', tarif_obat_kronis: 0 };
add('chm1', vary({ ...chemoCycle, tgl_masuk: '2024-06-01', tgl_pulang: '2024-06-03' }));
expectCase('READMISSION', readmit, add('chm1', vary({ ...chemoCycle, tgl_masuk: '2024-06-22', tgl_pulang: '2024-06-24' })));

const referred = add('sr1', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-02', discharge_status: 2 });
add('sr1', { tgl_masuk: '2024-03-03', facility_id: '3171R002' });
const referredLate = add('sr2', { tgl_masuk: '2024-03-01', tgl_pulang: '2024-03-05', discharge_status: 2 });
add('sr2', { tgl_masuk: '2024-03-06', facility_id: '3171R002' });
expectCase('SELF_REFERRAL', referred, referredLate);
// a genuine transfer: a medical stay at a class C hospital referred the same day for an intervention the first
// cannot give (a procedural CBG at the receiving hospital) is a step up in care, not a sham referral; a referral
// loop (A -> B -> A) is one whatever the length of the stays
const procedural = INACBG.find((g) => g.caseType === 1 && g.severity === 'I')?.code ?? 'missing';
const transferred = add('tr1', vary({ tgl_masuk: '2024-08-01', tgl_pulang: '2024-08-01', discharge_status: 2 }));
add(
  'tr1',
  vary({ tgl_masuk: '2024-08-01', tgl_pulang: '2024-08-05', facility_id: '3171R002', kode_inacbg: procedural, procedure: '36.07' }),
);
add('lp1', vary({ tgl_masuk: '2024-08-10', tgl_pulang: '2024-08-12', discharge_status: 2 }));
const loopMiddle = add('lp1', vary({ tgl_masuk: '2024-08-12', tgl_pulang: '2024-08-15', facility_id: '3171R002', discharge_status: 2 }));
add('lp1', vary({ tgl_masuk: '2024-08-15', tgl_pulang: '2024-08-19' }));
expectCase('SELF_REFERRAL', loopMiddle, transferred);

// ---- generalising signals of issue 11 (red-team known misses): hit and near miss each ----
const heartFailureStay: Row = { kode_inacbg: 'I-4-12-II', diagnosa: 'I50.0#I10', procedure: '89.52#88.72' };
const echoVisit = (day: string): Row =>
  vary({ jenis_rawat: 2, tgl_masuk: day, tgl_pulang: day, kode_inacbg: 'I-5-16-0', diagnosa: 'I11.9', procedure: '88.72' });
// an echocardiogram of the stay billed again as an outpatient visit inside it; the near miss is the control visit on
// the day of discharge
add('usv1', vary({ tgl_masuk: '2024-09-01', tgl_pulang: '2024-09-05', ...heartFailureStay }));
const stayServiceVisit = add('usv1', echoVisit('2024-09-03'));
add('usv2', vary({ tgl_masuk: '2024-09-01', tgl_pulang: '2024-09-05', ...heartFailureStay }));
const dischargeDayControl = add('usv2', echoVisit('2024-09-05'));
expectCase('UNBUNDLING', stayServiceVisit, dischargeDayControl);
// the gallstone ultrasound billed as a visit on the day of the cholecystectomy admission; the near miss is an eye visit that day
const cholecystectomy: Row = {
  tgl_masuk: '2024-09-10',
  tgl_pulang: '2024-09-14',
  kode_inacbg: 'B-1-10-I',
  diagnosa: 'K80.2',
  procedure: '51.23',
};
const openingVisit = add(
  'uad1',
  vary({
    jenis_rawat: 2,
    tgl_masuk: '2024-09-10',
    tgl_pulang: '2024-09-10',
    kode_inacbg: 'K-5-14-0',
    diagnosa: 'K80.2',
    procedure: '88.76',
  }),
);
add('uad1', vary(cholecystectomy));
const otherConditionVisit = add(
  'uad2',
  vary({ jenis_rawat: 2, tgl_masuk: '2024-09-10', tgl_pulang: '2024-09-10', kode_inacbg: 'H-5-14-0', diagnosa: 'H52.1' }),
);
add('uad2', vary(cholecystectomy));
expectCase('UNBUNDLING', openingVisit, otherConditionVisit);
// a typhoid stay ended after 2 days (its peers keep 4) and resumed 4 days later; the near miss stayed its 4 days
add('cut1', vary({ tgl_masuk: '2024-05-01', tgl_pulang: '2024-05-03' }));
const cutShort = add('cut1', vary({ tgl_masuk: '2024-05-07', tgl_pulang: '2024-05-10' }));
add('cut2', vary({ tgl_masuk: '2024-05-01', tgl_pulang: '2024-05-05' }));
expectCase('UNBUNDLING', cutShort, add('cut2', vary({ tgl_masuk: '2024-05-09', tgl_pulang: '2024-05-12' })));
// a sister hospital bills the same tonsillectomy stay three weeks later; the near miss is a transfer the day the first stay ends
const tonsillectomy: Row = { kode_inacbg: 'U-1-13-I', diagnosa: 'J35.0', procedure: '28.2', tarif_obat_kronis: 0 };
add('sof1', vary({ tgl_masuk: '2024-10-01', tgl_pulang: '2024-10-03', ...tonsillectomy, tgl_pengajuan: '2024-10-08' }));
const sisterRepeat = add(
  'sof1',
  vary({ facility_id: JAKARTA2, tgl_masuk: '2024-10-01', tgl_pulang: '2024-10-03', ...tonsillectomy, tgl_pengajuan: '2024-10-29' }),
);
add('sof2', vary({ tgl_masuk: '2024-10-01', tgl_pulang: '2024-10-03', discharge_status: 2, ...tonsillectomy }));
const sameDayTransfer = add('sof2', vary({ facility_id: JAKARTA2, tgl_masuk: '2024-10-03', tgl_pulang: '2024-10-06', ...tonsillectomy }));
expectCase('REPEAT_BILLING', sisterRepeat, sameDayTransfer);

const run = detectorsRunOnce(book);

describe('fraud detectors on hand-built cases: episodes', () => {
  it('declares every signal a detector emits, each certain or suspicious', () => {
    const hits = run().hits;
    const declared = new Set(FRAUD_SIGNALS.map((x) => `${x.fraudType}/${x.signal}`));
    for (const h of hits) expect(declared.has(`${h.fraud_type}/${h.signal}`), `${h.fraud_type}/${h.signal}`).toBe(true);
    for (const x of FRAUD_SIGNALS) expect(['certain', 'suspicious']).toContain(x.strength);
    expect(declaredStrength('PHANTOM_BILLING', 'service_after_death')).toBe('certain');
    expect(declaredStrength('COB_KKPAK', 'kkpak_case_billed_to_jkn')).toBe('certain');
    expect(declaredStrength('COB_KKPAK', 'wage_earner_trauma_without_eplkk')).toBe('suspicious');
    expect(declaredStrength('ROOM_CLASS', 'pbi_billed_above_class_3')).toBe('certain');
    expect(
      run()
        .hitsOf(loopMiddle, 'referral_loop')
        .find((h) => h.fraud_type === 'SELF_REFERRAL'),
    ).toBeDefined();
    for (const h of hits) expect(h.strength).toBe(declaredStrength(h.fraud_type, h.signal));
  });

  itFiresOnTheCases(book, CASE_TOPICS['episodes'] ?? [], run);

  it('names the generalising signals of the red-team misses on their cases', () => {
    const signalOn = (sep: string, type: string): string[] => run().signalsOf(sep, type);
    expect(signalOn(stayServiceVisit, 'UNBUNDLING')).toContain('stay_service_billed_again_as_visit');
    expect(signalOn(openingVisit, 'UNBUNDLING')).toContain('visit_opening_admission_same_condition');
    expect(signalOn(cutShort, 'UNBUNDLING')).toContain('stay_cut_short_and_resumed');
    expect(signalOn(sisterRepeat, 'REPEAT_BILLING')).toContain('same_episode_other_facility');
    const certainOf = (sep: string): string[] =>
      run()
        .hitsOf(sep)
        .filter((h) => h.strength === 'certain')
        .map((h) => h.signal);
    expect(certainOf(stayServiceVisit)).toEqual(['stay_service_billed_again_as_visit']);
    expect(certainOf(sisterRepeat)).toEqual(['same_episode_other_facility']);
  });
});
