// PROLONGED_LOS and a rehabilitation stay (los-condition.ts therapyStaySql): a stroke kept four
// weeks for physiotherapy and occupational therapy, coded and billed per session for every day,
// is care, not a stretched stay (red team RT-NM-REHAB-81); the same four weeks with no therapy
// coded, or with therapy coded but the rehabilitation line of an ordinary stay, is judged as
// before (los_above_norm: 2.15x the INA-CBG norm of 11.4 days).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, peerStays } from '../test-support/patients.js';

const NEW_HOSPITALS: Row[] = [];
/** A class A hospital with no history (each stay below at one of its own). */
const newHospital = (): string => {
  const id = `3310R${String(320 + NEW_HOSPITALS.length)}`;
  NEW_HOSPITALS.push({
    facility_id: id,
    facility_type: 'RSU',
    hospital_class: 'A',
    province_code: '33',
    regency_code: '3310',
    ownership: 'PEMERINTAH',
    tariff_region: 1,
    latitude: -7.7,
    longitude: 110.6,
  });
  return id;
};

const STROKE = { kode_inacbg: 'G-4-14-III', diagnosa: 'I63.9#G81.9#I10', procedure: '87.03' };
/**
 * A stroke stay's bill: room and nursing for `los` days, drugs and the doctors' reviews for `courseDays`
 * (the stay's own days unless given), `rehabilitation` rupiah of therapy; `k` varies the room fee.
 */
const billFor = (los: number, rehabilitation: number, k: number, courseDays = los): Row =>
  billOf({
    tarif_kamar: (150_000 + 1_000 * (k % 11)) * los,
    tarif_keperawatan: 90_000 * los,
    tarif_obat: 100_000 * courseDays,
    tarif_laboratorium: 300_000,
    tarif_radiologi: 600_000,
    tarif_tenaga_ahli: 50_000 * courseDays,
    tarif_rehabilitasi: rehabilitation,
  });
const book = peerStays('therapy', 11, STROKE);
const { claims, members } = book;
let k = 0;
const stay = (facility: string, los: number, rehabilitation: number, over: Row = {}, courseDays = los): string =>
  book.stayAt(facility, los, { ...billFor(los, rehabilitation, k++, courseDays), ...over });

// strokes elsewhere: nine to thirteen days with a few bedside physiotherapy sessions
const PEERS = ['jakarta2', 'makassar', 'bandung'].map((f) => String(FACILITIES[f]?.['facility_id']));
for (let i = 0; i < 36; i++) stay(PEERS[i % 3] ?? '', 9 + (i % 5), 3 * 60_000);

// four weeks of therapy twice a day, coded (93.39 physiotherapy, 93.83 occupational therapy): its days were care
const rehabilitation = stay(newHospital(), 27, 2 * 27 * 60_000, { procedure: '87.03#93.39#93.83' });
// the same four weeks with no therapy coded, and with therapy coded but an ordinary stay's few sessions, each
// with the drugs and reviews of an ordinary stay (drugs and reviews grown with every day are a course the bill
// carries, los-care-carried.ts, whatever the therapy)
const uncoded = stay(newHospital(), 27, 2 * 27 * 60_000, {}, 11);
const fewSessions = stay(newHospital(), 27, 3 * 60_000, { procedure: '87.03#93.39' }, 11);

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), ...NEW_HOSPITALS], members, claims });

describe('PROLONGED_LOS: days of coded therapy are care', () => {
  it('leaves a rehabilitation stay whose therapy is coded and grew with its days', () => {
    expect(run().signalsOf(rehabilitation, 'PROLONGED_LOS')).toEqual([]);
  });

  it('names the same stay without its therapy coded, or with an ordinary stay’s sessions', () => {
    for (const sep of [uncoded, fewSessions]) {
      const [hit] = run().hitsOf(sep, 'los_above_norm');
      expect(hit?.evidence_en, sep).toMatch(/Stay of 27 days = 2\.4x the INA-CBG norm of 11\.4 days for G-4-14-III/);
      expect(hit?.amount_at_risk).toBeGreaterThan(0);
    }
  });
});
