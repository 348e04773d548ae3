// PHANTOM_BILLING on hand-built cases and near misses: care after a registered death or after an
// episode that ended in death, a SEP issued long after the visit, one card or one doctor in two
// distant places on one day, a doctor's impossible day, and a surgeon's name on a distant theatre's
// list; against a transfer, the three working days a SEP may follow, two hospitals of one city
// and a death within the stay. One in-memory warehouse of its own, with ordinary peers.
import { describe, expect, it } from 'vitest';
import { caseBook, itFiresOnTheCases, ordinaryPeers, CASE_TOPICS, detectorsRunOnce } from '../test-support/detector-cases.js';
import { FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const book = caseBook();
const { add, vary, expectCase, expectSilent, deaths } = book;
const JAKARTA2 = '3171R002';
/** A class C hospital in Tegal, 270 km from Jakarta: too far for one surgeon's two operating lists on one day. */
const TEGAL: Row = {
  facility_id: '3376R001',
  facility_type: 'RSU',
  hospital_class: 'C',
  province_code: '33',
  regency_code: '3376',
  ownership: 'SWASTA',
  tariff_region: 1,
  latitude: -6.87,
  longitude: 109.14,
};
/** An outpatient hypertension visit on 1 July 2024. */
const VISIT: Row = { jenis_rawat: 2, tgl_masuk: '2024-07-01', tgl_pulang: '2024-07-01', kode_inacbg: 'Q-5-44-0', diagnosa: 'I10' };

ordinaryPeers(book);

deaths.push({ member_key: 'm_dead', death_date: '2024-02-01', source: 'DUKCAPIL' });
expectCase('PHANTOM_BILLING', add('dead', { tgl_masuk: '2024-03-10' }), add('dead', { tgl_masuk: '2024-01-10' }));
expectCase('PHANTOM_BILLING', add('sep1', { tgl_sep: '2024-03-16' }), add('sep2'));
add('far', { tgl_masuk: '2024-04-01', facility_id: '3171R001' });
const distant = add('far', { tgl_masuk: '2024-04-01', facility_id: '7371R001', jenis_rawat: 2, tgl_pulang: '2024-04-01' });
add('near', { tgl_masuk: '2024-04-01', facility_id: '3171R001' });
expectCase(
  'PHANTOM_BILLING',
  distant,
  add('near', { tgl_masuk: '2024-04-01', facility_id: '3273R001', jenis_rawat: 2, tgl_pulang: '2024-04-01' }),
);
// overlapping stays with shifted dates, 1,300 km apart; the near miss is a transfer on the day the first stay ends
add('far2', vary({ tgl_masuk: '2024-04-01', tgl_pulang: '2024-04-05' }));
const overlapping = add('far2', vary({ tgl_masuk: '2024-04-03', tgl_pulang: '2024-04-07', facility_id: '7371R001' }));
add('far3', vary({ tgl_masuk: '2024-04-01', tgl_pulang: '2024-04-05' }));
expectCase(
  'PHANTOM_BILLING',
  overlapping,
  add('far3', vary({ tgl_masuk: '2024-04-05', tgl_pulang: '2024-04-09', facility_id: '7371R001' })),
);
// a stay after an episode that ended in the member's death (no death record yet); the near miss was discharged home
add('died', vary({ tgl_masuk: '2024-05-01', tgl_pulang: '2024-05-04', discharge_status: 4 }));
const afterDeathEpisode = add('died', vary({ tgl_masuk: '2024-05-20', kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9' }));
add('alive', vary({ tgl_masuk: '2024-05-01', tgl_pulang: '2024-05-04' }));
expectCase(
  'PHANTOM_BILLING',
  afterDeathEpisode,
  add('alive', vary({ tgl_masuk: '2024-05-20', kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9' })),
);

// an outpatient visit on Monday whose SEP was issued six working days later; the near miss is an emergency stay from
// Friday to Saturday whose SEP followed on Monday, within the three working days allowed
expectCase(
  'PHANTOM_BILLING',
  add('sep3', {
    jenis_rawat: 2,
    tgl_masuk: '2024-03-04',
    tgl_pulang: '2024-03-04',
    tgl_sep: '2024-03-12',
    kode_inacbg: 'Q-5-42-0',
    diagnosa: 'J06.9',
  }),
  add('sep4', { tgl_masuk: '2024-03-08', tgl_pulang: '2024-03-09', tgl_sep: '2024-03-11' }),
);
// an ordinary clinic day: forty doctors at Jakarta 1 with a visit each, so that the national norm of a doctor's day
// (fraud_peer_norms' 90th percentile) is a handful, as in any real extract
for (let i = 0; i < 40; i++) add(`op${i}`, vary({ ...VISIT, tgl_masuk: '2024-02-06', tgl_pulang: '2024-02-06' }));
// one doctor with 45 outpatient claims on a day (the national norm is a handful); another with 38 stays under the floor
const busy = Array.from({ length: 45 }, (_, i) =>
  add(`dv${i}`, vary({ ...VISIT, facility_id: JAKARTA2, kode_dpjp: 'DBUSY', tgl_masuk: '2024-06-11', tgl_pulang: '2024-06-11' })),
);
const notBusy = Array.from({ length: 38 }, (_, i) =>
  add(`dn${i}`, vary({ ...VISIT, facility_id: JAKARTA2, kode_dpjp: 'DSTEADY', tgl_masuk: '2024-06-12', tgl_pulang: '2024-06-12' })),
);
expectCase('PHANTOM_BILLING', busy[44] as string, notBusy[37] as string);
// links: one doctor billing in Jakarta and Makassar (1,400 km) on the same day; the near miss works at two Jakarta hospitals
add('dt1', vary({ ...VISIT, kode_dpjp: 'DTRAVEL' }));
const travelling = add('dt2', vary({ ...VISIT, facility_id: '7371R001', kode_dpjp: 'DTRAVEL' }));
add('dt3', vary({ ...VISIT, kode_dpjp: 'DNEAR' }));
expectCase('PHANTOM_BILLING', travelling, add('dt4', vary({ ...VISIT, facility_id: JAKARTA2, kode_dpjp: 'DNEAR' })));

// red team, round 3: a stay going on past the registered death and discharged home; the near miss died in it
deaths.push(
  { member_key: 'm_dad1', death_date: '2024-07-05', source: 'DUKCAPIL' },
  { member_key: 'm_dad2', death_date: '2024-07-05', source: 'DUKCAPIL' },
);
expectCase(
  'PHANTOM_BILLING',
  add('dad1', vary({ tgl_masuk: '2024-07-02', tgl_pulang: '2024-07-08' })),
  add('dad2', vary({ tgl_masuk: '2024-07-02', tgl_pulang: '2024-07-05', discharge_status: 4 })),
);

// a Jakarta surgeon's name on an appendectomy in Tegal on a day of two operations in Jakarta (issue 11's generalising
// signal); the near miss operates at two Jakarta hospitals 8 km apart
const appendectomy: Row = {
  kode_inacbg: 'K-1-12-I',
  diagnosa: 'K35.8',
  procedure: '47.09',
  tgl_masuk: '2024-11-05',
  tgl_pulang: '2024-11-08',
  tarif_prosedur_bedah: 3_000_000,
};
const ownList = [add('sg1', vary({ ...appendectomy, kode_dpjp: 'DSURG1' })), add('sg2', vary({ ...appendectomy, kode_dpjp: 'DSURG1' }))];
const borrowedSurgeon = add('sg3', vary({ ...appendectomy, kode_dpjp: 'DSURG1', facility_id: '3376R001' }));
add('sg4', vary({ ...appendectomy, kode_dpjp: 'DSURG2' }));
const nearbyTheatre = add('sg5', vary({ ...appendectomy, kode_dpjp: 'DSURG2', facility_id: JAKARTA2 }));
expectCase('PHANTOM_BILLING', borrowedSurgeon, nearbyTheatre, 'surgeon_operating_at_distant_facilities');
// the surgeon's own list (two operations that day) is where the surgeon was
for (const sep of ownList) expectSilent('PHANTOM_BILLING', sep, 'surgeon_operating_at_distant_facilities');

const run = detectorsRunOnce(book, [...Object.values(FACILITIES), TEGAL]);

describe('fraud detectors on hand-built cases: phantom billing', () => {
  itFiresOnTheCases(book, CASE_TOPICS['phantom'] ?? [], run);

  it('names the distant facility and the other claim as evidence of phantom billing', () => {
    const hit = run()
      .hitsOfType('PHANTOM_BILLING')
      .find((h) => h.nomor_sep === distant);
    expect(hit?.evidence_en).toMatch(/3171R001 during the same days \(2024-04-01 to 2024-04-01\), \d+ km away/);
  });
});
