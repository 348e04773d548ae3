// INFLATED_BILL read against the record (DOMAIN.md section 2: chronic drugs, tarif_obat_kronis,
// are a tariff component of their own). Chronic drugs are a month's maintenance supply for a
// condition that needs one (diabetes, hypertension, heart disease, epilepsy...). On an inpatient
// stay the INA-CBG package pays for the drugs of the stay, so a chronic-drug line there is the
// supply of a chronic patient, continued or given at discharge: a stay whose diagnoses hold no
// chronic condition, by a patient whose card shows none in the past three months either, bills a supply
// nobody on the claim needs. Outpatient visits are left alone: a chronic patient's control visit
// is often coded with the day's complaint while the specialist renews the month's drugs.
//
// Suspicious, not certain: the coder may have left the chronic condition off the stay and the
// card may have been treated for it elsewhere (a PRB pharmacy, a private doctor); the pharmacy's
// dispensing record settles it.
import { literal } from '../../../data-samples/sql/index.js';
import { suspicious } from './types.js';
import type { DetectorThreshold, ThresholdValues } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/**
 * Conditions treated with a standing monthly supply (ICD-10), whose drugs a chronic-drug line may
 * carry. The chronic programme's conditions (BPJS Kesehatan, Panduan Praktis Program Rujuk Balik
 * 2014: diabetes E10-E14, hypertension I10-I15, heart disease I20-I25/I48/I50, asthma J45-J46,
 * COPD J44, epilepsy G40-G41, schizophrenia F20, stroke I60-I69, SLE M32) and, as the chronic
 * drugs a hospital may prescribe for a month (Permenkes 28/2014; Formularium Nasional, restricted
 * to 30 days), the other long-term therapies: rheumatic and other heart disease (I05-I09, I26-I28,
 * I34-I52), thyroid (E00-E07), lipids (E78), gout (M10), rheumatoid arthritis (M05-M06), chronic
 * kidney disease (N18), chronic hepatitis and cirrhosis (B18, K70-K74), HIV (B20-B24), tuberculosis
 * (A15-A19), mental illness (F20-F39), Parkinson's (G20-G21), glaucoma (H40), thalassaemia and
 * haemophilia (D56-D58, D66-D68), cancer on maintenance therapy (C00-C97), transplant status (Z94)
 * and a coded long-term drug therapy (Z79).
 */
export const CHRONIC_CONDITION_ICD10 =
  '^(E1[0-4]|I1[0-5]|I2[0-8]|I0[5-9]|I3[4-9]|I4[0-9]|I5[0-2]|I6[0-9]|J4[4-6]|G4[01]|G2[01]|F[23][0-9]|M32|M0[56]|M10|E0[0-7]|E78|N18|B18|K7[0-4]|B2[0-4]|A1[5-9]|H40|D5[6-8]|D6[6-8]|C[0-9]|Z94|Z79)';

export const CHRONIC_THRESHOLDS = {
  chronicDrugsWithoutCondition: {
    value: 250_000,
    source:
      "Assumption: a month of generic maintenance drugs for one condition costs Rp50,000-150,000 at e-catalogue prices (metformin, amlodipine, simvastatin: a few thousand rupiah a day), so Rp250,000 is a month's supply and more; below it, the few days' doses of a chronic patient whose condition the coder left off the stay's secondary diagnoses.",
  },
  chronicHistoryDays: {
    value: 90,
    source:
      "Assumption: a patient on a standing chronic supply is seen for the condition at least every three months (Program Rujuk Balik: the specialist re-evaluates the referred-back patient at least every three months; a hospital's chronic supply is renewed monthly at the clinic), so a card with no claim coding a chronic condition in 90 days holds none a month of chronic drugs was prescribed for. Within the history published for arrival scoring (publish.ts ARRIVAL_HISTORY_DAYS), so arrival reads what the batch read.",
  },
} as const satisfies Record<string, DetectorThreshold>;

export const CHRONIC_SIGNALS = {
  chronic_drugs_without_condition: suspicious(
    'Chronic drugs billed on a stay with no chronic condition',
    'Obat kronis ditagih pada rawat inap tanpa penyakit kronis',
  ),
} as const;

/** SQL: some ICD-10 code of `list` is a chronic condition. */
const chronicIn = (list: string): string =>
  `list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(CHRONIC_CONDITION_ICD10)})))`;

/**
 * SELECT of hits (HIT_COLUMNS): inpatient stays billing chronic drugs above the threshold with no
 * chronic condition among their diagnoses nor on any claim of the card in `chronicHistoryDays`
 * before the stay (a condition coded after it was diagnosed there, not before).
 */
export function chronicDrugsWithoutConditionSql(t: ThresholdValues<keyof typeof CHRONIC_THRESHOLDS>): string {
  return `
SELECT b.nomor_sep, 'chronic_drugs_without_condition' AS signal, b.tarif_obat_kronis AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Chronic drugs {} billed on an inpatient stay (CBG {}) whose diagnoses [{}] hold no chronic condition, nor does any claim of the card in the {} days before it',
    ${rupiahSql('b.tarif_obat_kronis')}, b.kode_inacbg, array_to_string(b.dx_list, ', '), ${t.chronicHistoryDays}) AS evidence_en,
  format('Obat kronis {} ditagih pada rawat inap (CBG {}) yang diagnosisnya [{}] tidak memuat penyakit kronis, begitu pula klaim mana pun dari kartu yang sama {} hari sebelumnya',
    ${rupiahSql('b.tarif_obat_kronis')}, b.kode_inacbg, array_to_string(b.dx_list, ', '), ${t.chronicHistoryDays}) AS evidence_id
FROM fraud_claim_base b
WHERE b.jenis_rawat = 1 AND b.tarif_obat_kronis > ${t.chronicDrugsWithoutCondition} AND NOT coalesce(${chronicIn('b.dx_list')}, false)
  AND NOT EXISTS (
    SELECT 1 FROM fraud_claim_base o
    WHERE o.card_key = b.card_key AND o.nomor_sep <> b.nomor_sep
      AND o.tgl_masuk BETWEEN b.tgl_masuk - ${t.chronicHistoryDays} AND b.tgl_masuk AND coalesce(${chronicIn('o.dx_list')}, false))`;
}
