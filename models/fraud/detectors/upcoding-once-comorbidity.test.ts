// UPCODING by one added lasting comorbidity (upcoding-once-comorbidity.ts): a typhoid stay raised to
// severity II by chronic kidney disease, or heart failure, that none of the card's many other days of
// care around it records. Near misses: the condition newly diagnosed and then followed up, recorded
// before the stay, a thin record after it, an acute complication that carries the level, a severity-I
// stay, and a stay whose follow-up window is not yet in the extract (the right-censoring edge).
// The provider pattern: a hospital whose stays carry such codes far beyond the group's other
// facilities, against one with a single such stay (chance).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, hospital, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { sickVisit } from '../test-support/fktp-visits.js';
import { ONCE_COMORBIDITY_THRESHOLDS } from './upcoding-once-comorbidity.js';

const HOSPITAL = String(FACILITIES['jakarta1']?.['facility_id']);
const PEER = String(FACILITIES['jakarta2']?.['facility_id']);
const CODER = '3374R001';
const CHANCE = '3374R002';
const FOLLOW_UP = ONCE_COMORBIDITY_THRESHOLDS.onceFollowUpDays.value;
/** The extract's last admission: an outpatient visit on this day sets where the data ends. */
const EXTRACT_END = '2025-06-30';

const claims: Row[] = [];
const members: Row[] = [];
const visits: Row[] = [];
const prbClaims: Row[] = [];
let n = 0;

/** A new card with P-Care sick visits (`dx`) `days` after `day` (negative: before). */
function card(day: string, days: readonly number[], dx = 'J06.9'): string {
  n++;
  const key = `oc${n}`;
  members.push(member(key));
  days.forEach((k, i) => visits.push(sickVisit({ id: `V-${key}-${i}`, card: key, date: addDays(day, k), diagnosa: dx })));
  return key;
}

/** A 4-day typhoid stay from `masuk` with the diagnoses `diagnosa`, at severity `severity`. */
function stay(key: string, masuk: string, diagnosa: string, over: Row = {}): string {
  const c = claim(key, { tgl_masuk: masuk, tgl_sep: masuk, diagnosa, kode_inacbg: 'A-4-11-II', tarif_inacbg: 5_800_000, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}

/** An outpatient hospital visit of the card on `day` with the diagnoses `diagnosa`. */
function outpatient(key: string, day: string, diagnosa: string): void {
  claims.push(
    claim(key, { jenis_rawat: 2, tgl_masuk: day, tgl_sep: day, tgl_pulang: day, diagnosa, kode_inacbg: 'Q-5-44-0', tarif_inacbg: 200_000 }),
  );
}

const rich = [-200, -90, 20, 50, 90, 140];
const day = '2024-03-10';
// the hits: CKD and heart failure coded once, with six other days of care (four after) silent on them
const ckdOnce = stay(card(day, rich), day, 'A01.0#N18.4');
const failureOnce = stay(card('2024-04-02', rich), '2024-04-02', 'A01.0#I50.0#I10');
// near misses: newly diagnosed and followed at the nephrology clinic; on the heart-failure PRB fills before
const newlyDiagnosed = card(day, rich);
const followedUp = stay(newlyDiagnosed, day, 'A01.0#N18.4');
outpatient(newlyDiagnosed, addDays(day, 60), 'N18.4');
const onPrb = card(day, rich);
prbClaims.push({
  prb_claim_id: 'PRB-once-1',
  card_key: onPrb,
  fktp_id: '3171P001',
  apotek_id: '3171A001',
  tgl_resep: addDays(day, -30),
  diagnosa: 'I50.9',
  hari_obat: 30,
  biaya_obat: 150_000,
});
const recordedBefore = stay(onPrb, day, 'A01.0#I50.0');
// a thin record: two days of care after the stay
const thin = stay(card(day, [20, 90]), day, 'A01.0#N18.4');
// sepsis carries severity II itself; a severity-I stay raised nothing
const acute = stay(card(day, rich), day, 'A01.0#A41.9#N18.4');
const severityOne = stay(card(day, rich), day, 'A01.0#N18.4', { kode_inacbg: 'A-4-11-I', tarif_inacbg: 4_000_000 });
// right-censoring: discharged exactly FOLLOW_UP days before the extract's end (judged), and one day later (not yet)
const edgeIn = addDays(EXTRACT_END, -FOLLOW_UP - 4);
const censorEdgeJudged = stay(card(edgeIn, [-100, 10, 40, 80, 120]), edgeIn, 'A01.0#N18.4');
const edgeOut = addDays(edgeIn, 1);
const censored = stay(card(edgeOut, [-100, 10, 40, 80, 120]), edgeOut, 'A01.0#N18.4');
outpatient(card(EXTRACT_END, []), EXTRACT_END, 'J06.9');

// the provider pattern: typhoid stays with two follow-up days (too thin to judge alone), at the
// coding hospital six of ten with CKD coded once, at its peers none of forty, at a fourth hospital one of ten
// (the group's other facilities, with the stays above: 5 of 58, so 10 x 5 / 58 = 0.9 expected at the coding hospital)
const providerStay = (facility_id: string, i: number, diagnosa: string): string => {
  const masuk = addDays('2024-01-05', 7 * i);
  return stay(card(masuk, [15, 60]), masuk, diagnosa, { facility_id });
};
const codedAtProvider = Array.from({ length: 6 }, (_, i) => providerStay(CODER, i, 'A01.0#N18.5'));
for (let i = 0; i < 4; i++) providerStay(CODER, 10 + i, 'A01.0#E87.1');
for (let i = 0; i < 40; i++) providerStay(i % 2 ? HOSPITAL : PEER, i, 'A01.0#E87.1');
const byChance = providerStay(CHANCE, 0, 'A01.0#N18.5');
for (let i = 1; i < 10; i++) providerStay(CHANCE, i, 'A01.0#E87.1');

const run = runDetectorsOnce({
  facilities: [...Object.values(FACILITIES), hospital(CODER), hospital(CHANCE)],
  members,
  claims,
  fktp_visits: visits,
  prb_claims: prbClaims,
});

describe('UPCODING: a lasting comorbidity the rest of the card never records', () => {
  it('names CKD and heart failure coded once against a rich, followed-up record, with one severity step at risk', () => {
    const [ckd] = run().hitsOf(ckdOnce, 'comorbidity_once_on_record');
    expect(ckd?.strength).toBe('suspicious');
    expect(ckd?.evidence_en).toContain('N18.4 (chronic kidney disease)');
    expect(ckd?.evidence_en).toContain('6 other days of care');
    expect(ckd?.evidence_en).toContain('2 before admission, 4 in the 180 days after discharge');
    expect(ckd?.evidence_id).toContain('penyakit ginjal kronik');
    // severity II over I: 1 - 1 / 1.45 of the tariff (SEVERITY_TARIFF_FACTOR), rounded to Rp100
    expect(ckd?.amount_at_risk).toBe(1_800_000);
    expect(run().hitsOf(failureOnce, 'comorbidity_once_on_record')[0]?.evidence_en).toContain('I50.0 (heart failure)');
  });

  it('stays silent on a condition followed up or recorded before, a thin record, an acute complication and a severity-I stay', () => {
    for (const sep of [followedUp, recordedBefore, thin, acute, severityOne])
      expect(
        run()
          .signalsOf(sep, 'UPCODING')
          .filter((s) => s.startsWith('comorbidity_once')),
        sep,
      ).toEqual([]);
  });

  it('judges a stay only once its whole follow-up window is in the extract', () => {
    expect(run().hitsOf(censorEdgeJudged, 'comorbidity_once_on_record')).toHaveLength(1);
    expect(
      run()
        .signalsOf(censored, 'UPCODING')
        .filter((s) => s.startsWith('comorbidity_once')),
    ).toEqual([]);
  });

  it("names a hospital's thinly followed one-off codes when they are far above the group's other facilities, not a single one", () => {
    for (const sep of codedAtProvider) {
      const [h] = run().hitsOf(sep, 'comorbidity_once_at_provider');
      expect(h?.evidence_en, sep).toContain(`Provider ${CODER} coded 6 stays`);
      expect(h?.evidence_en).toContain('gives 0.9');
      // too thin a record to judge the stay alone
      expect(run().hitsOf(sep, 'comorbidity_once_on_record')).toHaveLength(0);
    }
    expect(run().hitsOf(byChance, 'comorbidity_once_at_provider')).toHaveLength(0);
  });
});
