// UPCODING by codes that raise a stay's level without its care, read over the provider's stays
// (upcoding-resources.ts): a hospital adding dehydration to severity-I typhoid stays (I to II), one
// adding a complication to severity-II pneumonia stays (II to III), each stay billed as the level
// below; and the honest look-alikes: a hospital whose raised stays carry their level's days and
// bill, one billing every level low (its own tariff), a raised stay whose complication was treated,
// a hospital coding the diabetes its patients' PRB fills show (red team RT-NM-CODER-91).
import { describe, expect, it } from 'vitest';
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const SIGNAL = 'stays_cost_as_level_below_at_provider';
const id = (k: string): string => String(FACILITIES[k]?.['facility_id']);
const CODER = id('jakarta1');
const HONEST = id('jakarta2');
const CHEAP = id('bandung');
const PEER = id('makassar');

describe('UPCODING: stays raised from severity I billed as severity I, over the provider', () => {
  const book = patients('lr');
  const typhoid = (facility: string, level: 'I' | 'II', diagnosa: string, days: number, each: number, procedure = '99.18'): string =>
    evenBillStay(book, { facility_id: facility, kode_inacbg: `A-4-11-${level}`, diagnosa, procedure }, days, each);
  // the norm elsewhere: four days at severity I, five days at 1.45 times the bill at severity II
  for (let i = 0; i < 24; i++) {
    typhoid(PEER, 'I', 'A01.0', 4, 100_000 + 1_000 * (i % 5));
    typhoid(PEER, 'II', 'A01.0#E86', 5, 145_000 + 1_000 * (i % 5));
  }
  // the coding hospital (its tariff key 0.92 of the peer's: the same care billed 0.92 as much): severity-I
  // stays, and the same stays coded II with dehydration
  for (let i = 0; i < 8; i++) typhoid(CODER, 'I', 'A01.0', 4, 90_000 + 1_000 * i);
  const coded = Array.from({ length: 12 }, (_, i) => typhoid(CODER, 'II', 'A01.0#E86', 3 + (i % 2), 88_000 + 1_500 * i));
  // there too: a raised stay with its level's days and bill, and one whose anaemia was transfused
  const ownLevel = typhoid(CODER, 'II', 'A01.0#E86', 5, 135_000);
  const treated = typhoid(CODER, 'II', 'A01.0#D64.9', 4, 92_000, '99.04');
  // an honest hospital: its raised stays a day longer and 1.45 times dearer
  for (let i = 0; i < 8; i++) typhoid(HONEST, 'I', 'A01.0', 4, 100_000 + 1_000 * i);
  const honest = Array.from({ length: 12 }, (_, i) => typhoid(HONEST, 'II', 'A01.0#E86', 5, 140_000 + 1_000 * i));
  // a hospital billing every level at two thirds of the others (at its tariff key, 0.69 of the peer's): its
  // severity II, as dear as severity I elsewhere, sits a level above its own severity I
  for (let i = 0; i < 8; i++) typhoid(CHEAP, 'I', 'A01.0', 4, 45_000 + 500 * i);
  const cheap = Array.from({ length: 12 }, (_, i) => typhoid(CHEAP, 'II', 'A01.0#E86', 5, 65_000 + 500 * i));

  const run = runDetectorsOnce({ members: book.members, claims: book.claims });

  it('names the raised stays billed as severity I, with both levels and one level of the tariff at risk', () => {
    for (const sep of coded) {
      const [h] = run().hitsOf(sep, SIGNAL);
      expect(h?.fraud_type, sep).toBe('UPCODING');
      expect(h?.strength).toBe('suspicious');
      expect(h?.evidence_en).toMatch(/nearer the median of A-4-11-I \(Rp[\d,]+, 4 days\) than of its own level/);
      expect(h?.evidence_en).toContain('its 14 stays above severity I');
      expect(h?.evidence_id).toContain('di atas severitas I');
      // severity II over I (1.45): 31% of the claim's tariff
      expect(h?.amount_at_risk).toBeGreaterThan(0);
    }
  });

  it("stays silent on a raised stay with its level's resources, a treated complication, an honest and a cheap hospital", () => {
    for (const sep of [ownLevel, treated, ...honest, ...cheap]) expect(run().hitsOf(sep, SIGNAL), sep).toHaveLength(0);
  });
});

describe('UPCODING: stays raised from severity II to III billed as severity II, over the provider', () => {
  const book = patients('lr3');
  const diagnoses = { I: 'J18.9', II: 'J18.9#E86', III: 'J18.9#E86#E87.1' } as const;
  const pneumonia = (facility: string, level: 'I' | 'II' | 'III', days: number, each: number): string =>
    evenBillStay(
      book,
      { facility_id: facility, kode_inacbg: `J-4-16-${level}`, diagnosa: diagnoses[level], procedure: '99.21' },
      days,
      each,
    );
  for (let i = 0; i < 24; i++) {
    pneumonia(PEER, 'I', 4, 100_000 + 1_000 * (i % 5));
    pneumonia(PEER, 'II', 5, 145_000 + 1_000 * (i % 5));
    pneumonia(PEER, 'III', 7, 220_000 + 1_000 * (i % 5));
  }
  for (let i = 0; i < 8; i++) pneumonia(CODER, 'I', 4, 90_000 + 1_000 * i);
  const coded = Array.from({ length: 10 }, (_, i) => pneumonia(CODER, 'III', 4 + (i % 2), 128_000 + 2_000 * i));
  for (let i = 0; i < 8; i++) pneumonia(HONEST, 'I', 4, 100_000 + 1_000 * i);
  const honest = Array.from({ length: 10 }, (_, i) => pneumonia(HONEST, 'III', 7, 215_000 + 2_000 * i));

  const run = runDetectorsOnce({ members: book.members, claims: book.claims });

  it('names the severity-III stays billed as severity II against the level below', () => {
    for (const sep of coded) expect(run().hitsOf(sep, SIGNAL)[0]?.evidence_en, sep).toContain('nearer the median of J-4-16-II');
  });

  it('stays silent on a hospital whose severity-III stays carry their level', () => {
    for (const sep of honest) expect(run().hitsOf(sep, SIGNAL), sep).toHaveLength(0);
  });
});

describe("UPCODING: stays raised by comorbidities the card's record shows are not the level below's", () => {
  const book = patients('lrc');
  const prbClaims: Row[] = [];
  /** A typhoid stay of a new card, every tariff component `each` rupiah; its diabetes on PRB fills for the half year before when `recorded`. */
  const typhoid = (facility: string, level: 'I' | 'II', days: number, each: number, recorded = false): string => {
    const card = book.card();
    const masuk = `2024-${String(7 + (book.cards % 5)).padStart(2, '0')}-${String(1 + (book.cards % 25)).padStart(2, '0')}`;
    if (recorded)
      for (let m = 1; m <= 6; m++)
        prbClaims.push({
          prb_claim_id: `PRB-${card}-${m}`,
          card_key: card,
          fktp_id: '3171P001',
          apotek_id: '3171A001',
          tgl_resep: addDays(masuk, -30 * m),
          diagnosa: 'E11.9',
          hari_obat: 30,
          biaya_obat: 120_000,
        });
    const components = Object.fromEntries(TARIFF_COMPONENTS.map(([name]) => [name, each]));
    return book.claimOf(card, {
      ...components,
      facility_id: facility,
      kode_inacbg: `A-4-11-${level}`,
      diagnosa: level === 'I' ? 'A01.0' : 'A01.0#E11.9',
      procedure: '99.18',
      tgl_masuk: masuk,
      tgl_pulang: addDays(masuk, days),
    });
  };
  for (let i = 0; i < 24; i++) {
    typhoid(PEER, 'I', 4, 100_000 + 1_000 * (i % 5));
    typhoid(PEER, 'II', 5, 145_000 + 1_000 * (i % 5));
  }
  // two hospitals code the diabetes onto typhoid stays billed a tenth above their severity I (glucose checks, the usual
  // tablets): at one every patient's diabetes is on their PRB fills, at the other no record shows it
  for (let i = 0; i < 8; i++) typhoid(HONEST, 'I', 4, 90_000 + 1_000 * i);
  const documented = Array.from({ length: 12 }, (_, i) => typhoid(HONEST, 'II', 4, 86_000 + 1_000 * i, true));
  for (let i = 0; i < 8; i++) typhoid(CODER, 'I', 4, 90_000 + 1_000 * i);
  const unrecorded = Array.from({ length: 12 }, (_, i) => typhoid(CODER, 'II', 4, 86_000 + 1_000 * i));

  const run = runDetectorsOnce({ members: book.members, claims: book.claims, prb_claims: prbClaims });

  it("names the stays whose diabetes no record shows, and none whose diabetes the card's PRB fills show", () => {
    for (const sep of unrecorded) expect(run().hitsOf(sep, SIGNAL), sep).toHaveLength(1);
    for (const sep of documented) expect(run().hitsOf(sep, SIGNAL), sep).toHaveLength(0);
  });
});
