// UPCODING against the card's chronic record (upcoding-chronic-record.ts): hypertensive PRB
// members coded as hypertensive heart failure, and asthmatics followed at their puskesmas coded as
// COPD exacerbations, with the cheaper condition's bill and days. Near misses: heart failure
// already on the card (a sick visit, an earlier admission), one record only, a record that starts
// after the stay, pneumonia on an asthmatic's card (an acute illness), and genuine heart failure
// that used a heart-failure stay's resources.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { sickVisit } from '../test-support/fktp-visits.js';

const CODER = String(FACILITIES['jakarta1']?.['facility_id']);
const PEER_A = String(FACILITIES['jakarta2']?.['facility_id']);
const PEER_B = String(FACILITIES['makassar']?.['facility_id']);

const claims: Row[] = [];
const members: Row[] = [];
const prbClaims: Row[] = [];
const visits: Row[] = [];
let n = 0;

/** A stay of `los` days from `masuk`, five tariff components `component` rupiah each (the rest Rp100,000). */
function stay(card: string, facility_id: string, masuk: string, los: number, component: number, over: Row): string {
  const components = Object.fromEntries(
    ['tarif_kamar', 'tarif_obat', 'tarif_keperawatan', 'tarif_tenaga_ahli', 'tarif_laboratorium'].map((c) => [c, component]),
  );
  const c = claim(card, { facility_id, tgl_masuk: masuk, tgl_pulang: addDays(masuk, los), ...components, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}

/** A new card with PRB fills (30 days each) for `prbDx` and P-Care sick visits for `visitDx`, `days` from `day`. */
function card(day: string, record: { prb?: [string, readonly number[]]; visits?: [string, readonly number[]] }): string {
  n++;
  const key = `cr${n}`;
  members.push(member(key, { birth_date: '1960-05-01' }));
  const [prbDx, fills] = record.prb ?? ['', []];
  fills.forEach((k, i) =>
    prbClaims.push({
      prb_claim_id: `PRB-${key}-${i}`,
      card_key: key,
      fktp_id: '3171P001',
      apotek_id: '3171A001',
      tgl_resep: addDays(day, k),
      diagnosa: prbDx,
      hari_obat: 30,
      biaya_obat: 120_000,
    }),
  );
  const [visitDx, at] = record.visits ?? ['', []];
  at.forEach((k, i) => visits.push(sickVisit({ id: `V-${key}-${i}`, card: key, date: addDays(day, k), diagnosa: visitDx })));
  return key;
}

const hypertension = { kode_inacbg: 'I-4-17-I', diagnosa: 'I10', procedure: '89.52', tarif_inacbg: 2_100_000 };
const heartFailure = { kode_inacbg: 'I-4-12-I', diagnosa: 'I50.0', procedure: '88.72', tarif_inacbg: 3_600_000 };
const codedUp = { ...heartFailure, diagnosa: 'I11.0#I10', procedure: '89.52' };
const copd = { kode_inacbg: 'J-4-10-I', diagnosa: 'J44.1', procedure: '93.96', tarif_inacbg: 3_100_000 };

// the peers: hypertension stays of three days, heart-failure stays of five to six days at over twice the bill
for (let i = 0; i < 24; i++) {
  const day = `2024-0${1 + (i % 9)}-${String(1 + (i % 27)).padStart(2, '0')}`;
  stay(card(day, {}), i % 2 ? PEER_A : PEER_B, day, 3, 200_000 + 1_000 * (i % 7), hypertension);
  stay(card(day, {}), i % 2 ? PEER_A : PEER_B, day, 5 + (i % 2), 600_000 + 1_000 * (i % 7), heartFailure);
}
// hypertension on the PRB record (fills shifted, or sick visits only), coded heart failure with a hypertension stay's resources
const prbFills = [
  ['2024-03-05', [-60, -30]],
  ['2024-04-11', [-95, -64, -33, -2]],
  ['2024-05-20', [-300, -150]],
] as const;
const hypertensives = [
  ...prbFills.map(([day, fills], i) => stay(card(day, { prb: ['I10', fills] }), CODER, day, 2 + (i % 2), 198_000, codedUp)),
  stay(card('2024-06-03', { visits: ['I10#E11.9', [-120, -40]] }), CODER, '2024-06-03', 3, 199_000, codedUp),
];
// asthma followed at the puskesmas and the programme, coded as a COPD exacerbation: three days, no X-ray
const asthmatic = stay(card('2024-02-14', { prb: ['J45.9', [-40, -10]], visits: ['J45.9', [-75]] }), CODER, '2024-02-14', 3, 190_000, copd);
// near misses
const failureVisited = stay(
  card('2024-03-12', { prb: ['I10', [-60, -30]], visits: ['I50.9', [-200]] }),
  CODER,
  '2024-03-12',
  2,
  198_000,
  codedUp,
);
const admittedBefore = card('2024-04-20', { prb: ['I10', [-60, -30]] });
stay(admittedBefore, PEER_A, '2024-02-10', 5, 600_000, heartFailure);
const failureAdmitted = stay(admittedBefore, CODER, '2024-04-20', 2, 198_000, codedUp);
const oneRecord = stay(card('2024-05-02', { prb: ['I10', [-30]] }), CODER, '2024-05-02', 2, 198_000, codedUp);
const recordAfter = stay(card('2024-05-09', { prb: ['I10', [5, 35]] }), CODER, '2024-05-09', 2, 198_000, codedUp);
// an asthmatic with pneumonia (an acute illness no record carries before), on the same short, cheap stay
const pneumonia = stay(card('2024-02-21', { prb: ['J45.9', [-40, -10]], visits: ['J45.9', [-75]] }), CODER, '2024-02-21', 3, 190_000, {
  kode_inacbg: 'J-4-16-I',
  diagnosa: 'J18.9',
  procedure: '93.96',
  tarif_inacbg: 3_000_000,
});
const genuine = stay(card('2024-06-10', { prb: ['I10', [-60, -30]] }), CODER, '2024-06-10', 6, 620_000, heartFailure);

const run = runDetectorsOnce({ members, claims, prb_claims: prbClaims, fktp_visits: visits });

describe("UPCODING: a dearer primary the card's chronic record never shows", () => {
  it('names heart failure on hypertensive cards and COPD on an asthmatic card, with the recorded group', () => {
    for (const sep of hypertensives) {
      const [h] = run().hitsOf(sep, 'primary_against_chronic_record');
      expect(h?.evidence_en).toContain('I-4-17-I');
      expect(h?.evidence_en).toContain('I10');
      expect(h?.strength).toBe('suspicious');
      // the tariff share above the hypertension group: 1 - 2.1 / 3.6 of the INA-CBG tariff
      expect(h?.amount_at_risk).toBe(1_500_000);
    }
    const [a] = run().hitsOf(asthmatic, 'primary_against_chronic_record');
    expect(a?.evidence_en).toContain('J-4-19-I');
    expect(a?.evidence_en).toContain('J45.9');
  });

  it('stays silent where the card shows heart failure, the record is thin or later, the illness is acute, or the stay used its resources', () => {
    for (const sep of [failureVisited, failureAdmitted, oneRecord, recordAfter, pneumonia, genuine])
      expect(run().hitsOf(sep, 'primary_against_chronic_record'), sep).toHaveLength(0);
  });
});
