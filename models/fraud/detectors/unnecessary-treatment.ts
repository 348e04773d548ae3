// UNNECESSARY_TREATMENT (DOMAIN.md section 3: "admission or treatment without medical need"):
// a short admission for a condition treated as an outpatient that nothing on the record explains
// (admission-need.ts), and four provider patterns, each against what other facilities do for the
// same patients: short admissions for outpatient conditions; one-night medical stays (by admission
// route), and CT or MRI, against the same CBGs at hospitals of the same class; caesareans with no
// recorded indication against deliveries of mothers of the same age there.
import {
  ADVANCED_IMAGING_ICD9,
  ONE_NIGHT_STAY,
  advancedImagingSql,
  caesareanWithoutIndicationSql,
  emergencyAdmissionSql,
  mildCareSql,
  oneNightStaySql,
  stayNightsSql,
} from './care-norms.js';
import { literal } from '../../../data-samples/sql/index.js';
import { householdEventSepsSql, unexplainedShortAdmissionSql } from './admission-need.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { excessSql, outpatientPatternConditionSql } from './patterns.js';
import { imagingIndicatedSql } from './imaging-need.js';
import { ENDOSCOPY_SIGNALS, ENDOSCOPY_THRESHOLDS, endoscopyAdmissionSql } from './unnecessary-endoscopy.js';
import { TONSILLECTOMY_SIGNALS, TONSILLECTOMY_THRESHOLDS, tonsillectomySql } from './unnecessary-tonsillectomy.js';
import { HYPEREMESIS_SIGNALS, HYPEREMESIS_THRESHOLDS, hyperemesisAdmissionSql } from './unnecessary-hyperemesis.js';
import { defineDetector, suspicious } from './types.js';

export const UNNECESSARY_TREATMENT_DETECTOR = defineDetector({
  code: 'UNNECESSARY_TREATMENT',
  nameId: 'Rawat inap atau tindakan yang tidak perlu',
  nameEn: 'Admission or treatment without medical need',
  thresholds: {
    maxStayDays: {
      value: 2,
      source:
        'DOMAIN.md: 1-day severity-I admissions for conditions normally treated as outpatients; widened to 2 days, since a second night adds no medical need to an ambulatory-care-sensitive condition (OUTPATIENT_CONDITION_PREFIXES: Billings 1993, AHRQ PQI, PMK 5/2014).',
    },
    providerExcessRatio: {
      value: 2,
      source: 'Assumption: twice the rate of such admissions or operations at other facilities is an admission policy, not case mix.',
    },
    providerExcessZ: {
      value: 3,
      source: "Poisson test of the provider's count against what the rate elsewhere gives: z >= 3.",
    },
    minProviderClaims: { value: 3, source: 'Assumption: fewer than three such claims is no pattern to judge.' },
    ...TONSILLECTOMY_THRESHOLDS,
    ...ENDOSCOPY_THRESHOLDS,
    ...HYPEREMESIS_THRESHOLDS,
  },
  signals: {
    short_admission_outpatient_condition: suspicious(
      'Short admission for an outpatient condition',
      'Rawat inap singkat untuk kondisi rawat jalan',
    ),
    short_admissions_above_peers: suspicious(
      'Short admissions for outpatient conditions repeated at the provider',
      'Rawat inap singkat untuk kondisi rawat jalan berulang di RS',
    ),
    one_night_stays_above_casemix_peers: suspicious(
      'One-night medical admissions at the provider far above case-mix peers',
      'Rawat inap medis satu malam di RS jauh di atas pembanding case-mix',
    ),
    imaging_above_casemix_peers: suspicious(
      'CT or MRI in mild care at the provider far more often than its case-mix peers',
      'CT atau MRI pada perawatan ringan di RS jauh lebih sering dari pembanding case-mix',
    ),
    caesareans_without_indication_above_peers: suspicious(
      'Caesareans without a recorded indication at the provider far above peers',
      'Seksio sesarea tanpa indikasi tercatat di RS jauh di atas pembanding',
    ),
    ...TONSILLECTOMY_SIGNALS,
    ...ENDOSCOPY_SIGNALS,
    ...HYPEREMESIS_SIGNALS,
  },
  sql: (t, sources) => {
    const excess = (observed: string, expected: string): string =>
      excessSql(observed, expected, { minClaims: t.minProviderClaims, ratio: t.providerExcessRatio, z: t.providerExcessZ });
    // the route and hour an auditor reads first: an emergency admission at night is no planned stay
    const igd = emergencyAdmissionSql('b');
    const routeEn = `CASE WHEN ${igd} THEN ' through the emergency department' ELSE '' END || coalesce(' at ' || strftime(b.waktu_masuk, '%H:%M'), '')`;
    const routeId = `CASE WHEN ${igd} THEN ' melalui IGD' ELSE '' END || coalesce(' pukul ' || strftime(b.waktu_masuk, '%H:%M'), '')`;
    // the short admissions nothing on the record explains, with their household event, read once for both signals
    return `
WITH short_admission AS (
  SELECT b.*, ${householdEventSepsSql('b', t)} AS household FROM fraud_claim_base b WHERE ${unexplainedShortAdmissionSql('b', t)}
)
SELECT b.nomor_sep, 'short_admission_outpatient_condition' AS signal, b.paid_amount AS amount_at_risk, b.household AS related_sep,
  format('{}-day severity-I admission for {}, a condition treated as an outpatient, with no secondary diagnosis that calls for admission{}', b.los, b.dx_primary,
    CASE WHEN len(b.household) > 0 THEN format('; one event with {} other member(s) of the family card admitted within a day for the same condition, counted once', len(b.household)) ELSE '' END) AS evidence_en,
  format('Rawat inap {} hari severitas I untuk {}, kondisi yang biasa dirawat jalan, tanpa diagnosis sekunder yang memerlukan rawat inap{}', b.los, b.dx_primary,
    CASE WHEN len(b.household) > 0 THEN format('; satu kejadian dengan {} anggota Kartu Keluarga lain yang dirawat dalam sehari untuk kondisi yang sama, dihitung sekali', len(b.household)) ELSE '' END) AS evidence_id
-- hives and allergies are named as the provider's pattern only (patterns.ts OUTPATIENT_PATTERN_CONDITION_PREFIXES)
FROM short_admission b WHERE NOT ${outpatientPatternConditionSql('b')}
UNION ALL
SELECT b.nomor_sep, 'short_admissions_above_peers', b.paid_amount, b.household,
  format('{}-day admission for {}; provider {} admitted {} such stays where the rate of other facilities gives {:.1f}', b.los, b.dx_primary, b.facility_id, d.short_admission_observed, d.short_admission_expected),
  format('Rawat inap {} hari untuk {}; RS {} merawat inap {} kasus seperti ini, sedangkan laju faskes lain memberi {:.1f}', b.los, b.dx_primary, b.facility_id, d.short_admission_observed, d.short_admission_expected)
FROM short_admission b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE ${excess('d.short_admission_observed', 'd.short_admission_expected')}
UNION ALL
-- a night of observation is ordinary care; a provider that sends home after one night far more of its
-- patients in mild medical stays than other hospitals of its class do for the same CBGs and admission
-- route admits what they treat as outpatients (nights counted in hospital, so a 2 a.m. emergency kept
-- until the next morning has spent two; patients counted once, so a child transfused every month is
-- one patient's protocol, not a dozen admissions); an operation cancelled on the day (Z53) is not named,
-- nor an acute respiratory emergency given oxygen through the night (care-norms.ts oneNightStaySql)
SELECT b.nomor_sep, 'one_night_stays_above_casemix_peers', b.paid_amount, []::VARCHAR[],
  format('Severity-I stay of {} night(s) for {} ({}), admitted on a {}{}; {} sent home after at most ${ONE_NIGHT_STAY} night the mild medical stays of {} patients where other class {} hospitals, for the same CBGs, give {:.1f}{}',
    ${stayNightsSql('b')}, b.dx_primary, b.kode_inacbg, dayname(b.tgl_masuk), ${routeEn}, b.facility_id, d.one_night_observed, b.hospital_class, d.one_night_expected,
    CASE WHEN ${igd} THEN ' (emergency admissions compared with emergency admissions)' ELSE '' END),
  format('Rawat inap severitas I {} malam untuk {} ({}), masuk hari {}{}; {} memulangkan {} pasien rawat inap medis ringan setelah paling lama ${ONE_NIGHT_STAY} malam, sedangkan RS kelas {} lain untuk CBG yang sama memberi {:.1f}{}',
    ${stayNightsSql('b')}, b.dx_primary, b.kode_inacbg, ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'][isodow(b.tgl_masuk)], ${routeId}, b.facility_id, d.one_night_observed, b.hospital_class, d.one_night_expected,
    CASE WHEN ${igd} THEN ' (rawat inap melalui IGD dibandingkan dengan yang melalui IGD)' ELSE '' END)
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE ${oneNightStaySql('b')} AND ${excess('d.one_night_observed', 'd.one_night_expected')}
UNION ALL
-- an investigation whose need follows the diagnosis: a provider that scans far more of its mild patients
-- (visits, severity-I stays) than hospitals of its class do for the same CBGs scans patients whose
-- diagnosis does not call for it; a scan its own diagnoses or ICU days call for (imaging-need.ts) is not named
SELECT b.nomor_sep, 'imaging_above_casemix_peers', b.paid_amount, []::VARCHAR[],
  format('{} billed for {} ({}); {} billed CT or MRI its diagnoses do not call for in {} visits and severity-I stays where other class {} hospitals, for the same CBGs, give {:.1f}',
    array_to_string(list_filter(b.px_list, x -> regexp_matches(x, ${literal(ADVANCED_IMAGING_ICD9)})), ', '),
    b.dx_primary, b.kode_inacbg, b.facility_id, d.imaging_observed, b.hospital_class, d.imaging_expected),
  format('{} ditagih untuk {} ({}); {} menagih CT atau MRI yang tidak diperlukan diagnosisnya pada {} kunjungan rawat jalan dan rawat inap severitas I, sedangkan RS kelas {} lain untuk CBG yang sama memberi {:.1f}',
    array_to_string(list_filter(b.px_list, x -> regexp_matches(x, ${literal(ADVANCED_IMAGING_ICD9)})), ', '),
    b.dx_primary, b.kode_inacbg, b.facility_id, d.imaging_observed, b.hospital_class, d.imaging_expected)
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE ${advancedImagingSql('b')} AND ${mildCareSql('b')} AND NOT ${imagingIndicatedSql('b')} AND ${excess('d.imaging_observed', 'd.imaging_expected')}
UNION ALL
-- what the operation adds over a vaginal delivery at hospitals of the class is what it put at risk
SELECT b.nomor_sep, 'caesareans_without_indication_above_peers', greatest(b.paid_amount - coalesce(d.vaginal_delivery_paid, 0), 0)::BIGINT, []::VARCHAR[],
  format('Caesarean delivery ({}) with no indication among its diagnoses ({}); {} delivered {} mothers by caesarean without a recorded indication where other class {} hospitals, for mothers of the same ages, give {:.1f}',
    array_to_string(b.px_list, ', '), array_to_string(b.dx_list, ', '), b.facility_id, d.caesarean_unindicated_observed, b.hospital_class, d.caesarean_unindicated_expected),
  format('Persalinan sesarea ({}) tanpa indikasi di antara diagnosisnya ({}); {} melahirkan {} ibu dengan sesarea tanpa indikasi tercatat, sedangkan RS kelas {} lain untuk ibu seusia memberi {:.1f}',
    array_to_string(b.px_list, ', '), array_to_string(b.dx_list, ', '), b.facility_id, d.caesarean_unindicated_observed, b.hospital_class, d.caesarean_unindicated_expected)
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE ${caesareanWithoutIndicationSql('b')} AND ${excess('d.caesarean_unindicated_observed', 'd.caesarean_unindicated_expected')}
UNION ALL
SELECT * FROM (${tonsillectomySql(t, sources)})
UNION ALL
SELECT * FROM (${endoscopyAdmissionSql(t)})
UNION ALL
SELECT * FROM (${hyperemesisAdmissionSql(t)})`;
  },
});
