// Detectors of who is covered for what, on hand-built cases and near misses: a work accident that
// JKK pays billed to JKN, or a wage earner's injury with no e-PLKK report (COB_KKPAK); care the
// card's holder cannot have had, and chronic drugs collected too often (PARTICIPANT_ABUSE); a ward
// above the member's class (ROOM_CLASS). Against a reported accident, a child's fracture on a
// parent's card, an allergy, a newborn's code on a newborn, monthly collection and a class paid for.
// One in-memory warehouse of its own, with ordinary peers.
import { describe } from 'vitest';
import { CASE_TOPICS, caseBook, components, itFiresOnTheCases, ordinaryPeers, detectorsRunOnce } from '../test-support/detector-cases.js';
import type { Row } from '../test-support/hand-built.js';

const book = caseBook();
const { add, vary, expectCase, kkpak } = book;
const JAKARTA2 = '3171R002';
/** A work accident (KK) reported to e-PLKK by the employer, treated under its own SEP or none. */
const workAccident = (card: string, accident: string, reported: string, daysOff: number, sep: string | null, paid: number): Row => ({
  case_id: `PLKK${card.slice(2)}`,
  member_key: `m_${card}`,
  employer_id: '12345678',
  accident_date: accident,
  reported_date: reported,
  case_type: 'KK',
  location: 'TEMPAT_KERJA',
  outcome: 'SEMBUH',
  days_off: daysOff,
  nomor_sep: sep,
  jkk_benefit_paid: paid,
});

ordinaryPeers(book);

const doubleBilled = add('kk1', { diagnosa: 'S72.0' }, { jkn_segment: 'PPU' });
kkpak.push(workAccident('kk1', '2024-03-10', '2024-03-11', 10, doubleBilled, 8_000_000));
const reported = add('kk2', { diagnosa: 'S72.0' }, { jkn_segment: 'PPU' });
kkpak.push(workAccident('kk2', '2024-03-05', '2024-03-06', 10, null, 2_000_000));
expectCase('COB_KKPAK', doubleBilled, reported);
const worker = { jkn_segment: 'PPU', bpjstk_registered_date: '2015-01-01' };
// on a working day (Tuesday 12 March 2024): a lone worker's injury on a rest day is no sign of a work accident
const workday = '2024-03-12';
expectCase(
  'COB_KKPAK',
  add('kk3', { diagnosa: 'S72.0', tgl_masuk: workday }, worker),
  add('kk4', { diagnosa: 'S72.0', tgl_masuk: workday }, { jkn_segment: 'PBI' }),
);
// a child's fracture on a parent's PPU card, and an allergy of a worker, are no work accidents
expectCase(
  'COB_KKPAK',
  add('kk5', { diagnosa: 'S52.5', tgl_masuk: workday }, worker),
  add('kk6', { diagnosa: 'S52.5', tgl_masuk: workday }, { jkn_segment: 'PPU', birth_date: '2016-05-05' }),
);
expectCase(
  'COB_KKPAK',
  add('kk7', { diagnosa: 'T23.2', tgl_masuk: workday }, worker),
  add('kk8', { diagnosa: 'T78.4', tgl_masuk: workday }, worker),
);
// the episode JKK paid under its own SEP, billed to JKN under another SEP a day after the accident
const episodeBilled = add('kk9', vary({ diagnosa: 'S82.2', tgl_masuk: '2024-03-10' }), { jkn_segment: 'PPU' });
kkpak.push(workAccident('kk9', '2024-03-09', '2024-03-09', 20, 'JKK-SEP-9', 9_000_000));
expectCase('COB_KKPAK', episodeBilled, reported);
// a work accident reported to e-PLKK without a SEP, and the JKN stay for the injury the next day
const noSepEpisode = add('kk10', vary({ diagnosa: 'S82.2', tgl_masuk: '2024-03-10' }), { jkn_segment: 'PPU' });
kkpak.push(workAccident('kk10', '2024-03-09', '2024-03-10', 14, null, 3_000_000));
expectCase('COB_KKPAK', noSepEpisode, reported);

expectCase(
  'PARTICIPANT_ABUSE',
  add('pa1', { diagnosa: 'O80.0' }, { sex: 'L' }),
  add('pa2', { diagnosa: 'O80.0' }, { sex: 'P', birth_date: '1995-01-01' }),
);
// a delivery on a six-year-old's card, and a newborn's code on an adult's
expectCase(
  'PARTICIPANT_ABUSE',
  add('pa3', { diagnosa: 'O80.0' }, { sex: 'P', birth_date: '2018-01-01' }),
  add('pa4', { diagnosa: 'O80.0' }, { sex: 'P', birth_date: '1990-01-01' }),
);
expectCase(
  'PARTICIPANT_ABUSE',
  add('pa5', { diagnosa: 'P59.9' }, { birth_date: '1970-01-01' }),
  add('pa6', { diagnosa: 'P59.9' }, { birth_date: '2024-02-20' }),
);
// chronic drugs collected five times in 60 days at two hospitals; the near miss collects monthly at two hospitals
const RX: Row = { jenis_rawat: 2, kode_inacbg: 'Q-5-44-0', diagnosa: 'E11.9', ...components(20_000), tarif_obat_kronis: 400_000 };
const rx = ['2024-03-01', '2024-03-12', '2024-03-22', '2024-04-02', '2024-04-15'].map((d, i) =>
  add('rx1', vary({ ...RX, tgl_masuk: d, tgl_pulang: d, facility_id: i % 2 ? JAKARTA2 : '3171R001' })),
);
const monthly = ['2024-03-01', '2024-03-31', '2024-04-30', '2024-05-30'].map((d, i) =>
  add('rx2', vary({ ...RX, tgl_masuk: d, tgl_pulang: d, facility_id: i % 2 ? JAKARTA2 : '3171R001' })),
);
expectCase('PARTICIPANT_ABUSE', rx[4] as string, monthly[3] as string);
// febrile convulsions on a 60-year-old's card; the near miss is a toddler's
expectCase(
  'PARTICIPANT_ABUSE',
  add('fc1', vary({ kode_inacbg: 'G-4-15-I', diagnosa: 'R56.0#R50.9' }), { birth_date: '1964-02-02' }),
  add('fc2', vary({ kode_inacbg: 'G-4-15-I', diagnosa: 'R56.0#R50.9' }), { birth_date: '2021-06-06' }),
);

expectCase(
  'ROOM_CLASS',
  add('rc1', { kelas_rawat: 1 }, { care_class: 3 }),
  add(
    'rc2',
    { upgrade_class_ind: 1, upgrade_class_class: 'kelas_1', upgrade_class_payor: 'peserta', upgrade_class_los: 4 },
    { jkn_segment: 'PPU' },
  ),
);
// a PBI member (class 3 by law, no upgrade) billed at class 1 is proof; a PBPU member billed in the class paid for is not
const pbiAbove = add('pbi1', vary({ kelas_rawat: 1 }), { jkn_segment: 'PBI', care_class: 3 });
expectCase(
  'ROOM_CLASS',
  pbiAbove,
  add('pbpu1', vary({ kelas_rawat: 1 }), { jkn_segment: 'PBPU', care_class: 1 }),
  'pbi_billed_above_class_3',
);

const run = detectorsRunOnce(book);

describe('fraud detectors on hand-built cases: coverage and membership', () => {
  itFiresOnTheCases(book, CASE_TOPICS['members'] ?? [], run);
});
