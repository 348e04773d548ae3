// Detectors of care patterns the generator does not plant but claims data can show (DOMAIN.md
// section 3): sham referral, a procedure billed with a surgical fee far below peers, a one-day
// admission for an outpatient condition, and ventilation bunched just past the 96-hour boundary.
import { varcharList } from '../../../data-samples/sql/index.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { defineDetector, suspicious } from './types.js';

/** ICD-10 conditions normally treated as outpatients (ambulatory-care-sensitive; assumption after the PMK 5/2014 primary-care list). */
export const OUTPATIENT_CONDITIONS: readonly string[] = Object.freeze(['J06.9', 'J02.9', 'J03.9', 'J20.9', 'J30.4', 'A09', 'K30', 'K29.7', 'I10', 'E11.9', 'M54.5', 'L30.9', 'H10.9', 'B34.9']);

export const SELF_REFERRAL_DETECTOR = defineDetector({
  code: 'SELF_REFERRAL',
  nameId: 'Rujukan semu',
  nameEn: 'Sham referral',
  thresholds: {
    maxStayDays: { value: 2, source: 'DOMAIN.md: 1-2 day stays then referred.' },
    transferWithinDays: { value: 3, source: 'DOMAIN.md: transfer within 3 days.' },
  },
  signals: { short_stay_then_referred: suspicious('Short stay then referred', 'Rawat singkat lalu dirujuk') },
  sql: (t) => `
SELECT b.nomor_sep, 'short_stay_then_referred' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(n.nomor_sep) AS related_sep,
  format('Stay of {} day(s) ended by referral; admitted at {} within {} days', any_value(b.los), array_to_string(list(DISTINCT n.facility_id), ', '), ${t.transferWithinDays}) AS evidence_en,
  format('Rawat {} hari diakhiri rujukan; masuk di {} dalam {} hari', any_value(b.los), array_to_string(list(DISTINCT n.facility_id), ', '), ${t.transferWithinDays}) AS evidence_id
FROM fraud_claim_base b JOIN fraud_claim_base n ON n.card_key = b.card_key AND n.nomor_sep <> b.nomor_sep
WHERE b.jenis_rawat = 1 AND b.discharge_status = 2 AND b.los <= ${t.maxStayDays}
  AND n.jenis_rawat = 1 AND n.facility_id <> b.facility_id AND n.tgl_masuk BETWEEN b.tgl_pulang AND b.tgl_pulang + ${t.transferWithinDays}
GROUP BY b.nomor_sep`,
});

export const CANCELLED_SERVICE_DETECTOR = defineDetector({
  code: 'CANCELLED_SERVICE',
  nameId: 'Tindakan ditagih tetapi tidak dilakukan',
  nameEn: 'Procedure billed but not done',
  thresholds: {
    maxSurgicalChapter: { value: 86, source: 'ICD-9-CM volume 3: chapters 01-86 are operations; 87-99 are diagnostic and therapeutic procedures that need no theatre.' },
    feeShareOfPeers: { value: 0.1, source: 'Assumption: a surgical component below a tenth of the mean surgical fee of the same CBG (earlier claims that carry one) cannot pay for the operation coded; zero is the extreme case.' },
  },
  signals: { operation_without_surgical_cost: suspicious('Operation coded with a surgical fee far below peers', 'Operasi dikode dengan biaya bedah jauh di bawah pembanding') },
  sql: (t) => `
WITH s AS (
  SELECT b.*, list_filter(b.px_list, x -> TRY_CAST(split_part(x, '.', 1) AS INTEGER) <= ${t.maxSurgicalChapter}) AS operations,
    coalesce(p.peer_surgical_fee, 0) AS peer_surgical_fee
  FROM fraud_claim_base b LEFT JOIN fraud_cbg_peer_month p USING (kode_inacbg, submit_month)
  -- only surgical CBGs (case type 1, inpatient procedure) promise a surgical cost
  WHERE b.jenis_rawat = 1 AND split_part(b.kode_inacbg, '-', 2) = '1'
)
SELECT nomor_sep, 'operation_without_surgical_cost' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Operation {} coded, surgical tariff component Rp{:,} against a peer mean of Rp{:,} for {}', array_to_string(operations, ', '), tarif_prosedur_bedah, peer_surgical_fee::BIGINT, kode_inacbg) AS evidence_en,
  format('Operasi {} dikode, komponen tarif prosedur bedah Rp{:,} dibanding rerata pembanding Rp{:,} untuk {}', array_to_string(operations, ', '), tarif_prosedur_bedah, peer_surgical_fee::BIGINT, kode_inacbg) AS evidence_id
FROM s
WHERE len(operations) > 0 AND (tarif_prosedur_bedah = 0 OR tarif_prosedur_bedah < ${t.feeShareOfPeers} * peer_surgical_fee)`,
});

export const UNNECESSARY_TREATMENT_DETECTOR = defineDetector({
  code: 'UNNECESSARY_TREATMENT',
  nameId: 'Rawat inap yang tidak perlu',
  nameEn: 'Admission without medical need',
  thresholds: {
    maxStayDays: { value: 1, source: 'DOMAIN.md: 1-day severity-I admissions for conditions normally treated as outpatients.' },
  },
  signals: { one_day_admission_outpatient_condition: suspicious('One-day admission for an outpatient condition', 'Rawat inap sehari untuk kondisi rawat jalan') },
  sql: (t) => `
SELECT nomor_sep, 'one_day_admission_outpatient_condition' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('{}-day severity-I admission for {}, a condition treated as an outpatient', los, dx_primary) AS evidence_en,
  format('Rawat inap {} hari severitas I untuk {}, kondisi yang biasa dirawat jalan', los, dx_primary) AS evidence_id
FROM fraud_claim_base
WHERE jenis_rawat = 1 AND severity_rank = 1 AND los <= ${t.maxStayDays} AND discharge_status = 1
  AND list_contains(${varcharList(OUTPATIENT_CONDITIONS)}, dx_primary)`,
});

export const VENTILATOR_DETECTOR = defineDetector({
  code: 'VENTILATOR',
  nameId: 'Memperpanjang penggunaan ventilator',
  nameEn: 'Ventilator time extended',
  thresholds: {
    boundaryHours: { value: 96, source: 'ICD-9-CM 96.72 (96 consecutive hours or more) groups into a higher tariff than 96.71.' },
    windowHours: { value: 12, source: 'Assumption: half a day either side of the boundary; honest weaning ends about as often just before it as just after.' },
    minBunchedClaims: { value: 3, source: 'Assumption: fewer than three stays just past the boundary is no distribution to judge.' },
    bunchingZ: { value: 2.5, source: 'Binomial test of the stays just past the boundary against the share other facilities show: z >= 2.5 (one-sided p ~ 0.006).' },
  },
  signals: { ventilation_bunched_past_boundary: suspicious("Ventilation bunched just past the tariff boundary at the provider", 'Ventilasi menumpuk tepat di atas batas tarif di RS') },
  // A distribution, not a cut-off: the provider's stays just past the boundary against those
  // just before it, compared with the share at every other facility (fraud_provider_distribution).
  sql: (t) => `
SELECT b.nomor_sep, 'ventilation_bunched_past_boundary' AS signal,
  round(b.tarif_sewa_alat * (b.ventilator_hour - ${t.boundaryHours} + 1)::DOUBLE / b.ventilator_hour, -2)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Ventilated {} hours; at {} {} of {} ventilations near the {}-hour boundary end just past it (other facilities: {:.0f}%)',
    b.ventilator_hour, b.facility_id, d.vent_above, d.vent_above + d.vent_below, ${t.boundaryHours}, 100 * d.peer_vent_above_share) AS evidence_en,
  format('Ventilator {} jam; di {} {} dari {} ventilasi sekitar batas {} jam berakhir tepat sesudahnya (faskes lain: {:.0f}%)',
    b.ventilator_hour, b.facility_id, d.vent_above, d.vent_above + d.vent_below, ${t.boundaryHours}, 100 * d.peer_vent_above_share) AS evidence_id
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE b.ventilator_hour >= ${t.boundaryHours} AND b.ventilator_hour < ${t.boundaryHours} + ${t.windowHours}
  AND d.vent_above >= ${t.minBunchedClaims}
  AND (d.vent_above - (d.vent_above + d.vent_below) * d.peer_vent_above_share)
      / sqrt((d.vent_above + d.vent_below) * d.peer_vent_above_share * (1 - d.peer_vent_above_share)) >= ${t.bunchingZ}`,
});
