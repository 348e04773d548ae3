// VENTILATOR (DOMAIN.md section 3): ventilation bunched just past the 96-hour boundary of
// ICD-9-CM 96.72, as a share past the line, a spike at one hour value, or whole days, against the
// provider distribution, or among all of a unit's ventilations against units of its kind (vent-kind.ts);
// and the 96.71/96.72 code against the hours the claim records.
import { literal } from '../../../data-samples/sql/index.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { excessSql } from './patterns.js';
import { certain, defineDetector, suspicious } from './types.js';
import { VENT_KIND_SIGNALS, VENT_KIND_THRESHOLDS, ventilationAboveKindSql } from './vent-kind.js';

/** ICD-9-CM 96.72: continuous invasive mechanical ventilation for 96 consecutive hours or more. */
const VENT_96_OR_MORE_ICD9 = '96.72';
/** ICD-9-CM 96.71: continuous invasive mechanical ventilation for less than 96 consecutive hours. */
const VENT_UNDER_96_ICD9 = '96.71';

export const VENTILATOR_DETECTOR = defineDetector({
  code: 'VENTILATOR',
  nameId: 'Memperpanjang penggunaan ventilator',
  nameEn: 'Ventilator time extended',
  thresholds: {
    boundaryHours: { value: 96, source: 'ICD-9-CM 96.72 (96 consecutive hours or more) groups into a higher tariff than 96.71.' },
    windowHours: { value: 12, source: 'Assumption: half a day past the boundary is "just past" it (98-104 h in the hours billed).' },
    referenceWindowHours: {
      value: 24,
      source:
        'Assumption: the day before the boundary is the reference band; honest weaning ends there about twice as often as in the half day after it, as at the other facilities (peer_vent_above_share).',
    },
    minBunchedClaims: { value: 3, source: 'Assumption: fewer than three stays just past the boundary is no distribution to judge.' },
    referenceScreenZ: {
      value: 1.645,
      source:
        "Robust reference: a facility whose share past the boundary exceeds the pooled share (capped at the share a flat density of ventilation lengths gives, windowHours / (windowHours + referenceWindowHours), so that many bunching ICUs cannot raise it past their own) at one-sided p < 0.05 is left out of every other facility's reference share, so that one bunching ICU does not raise the norm that hides another (outliers set aside before the norm is estimated, as in hospital profiling); a lenient screen, since leaving an honest ICU out of the reference costs little.",
    },
    bunchingP: {
      value: 0.006,
      source:
        'Exact one-sided binomial test of the stays just past the boundary against the share other facilities show: p <= 0.006 (z 2.5). Exact, not the normal approximation: on three or four stays that approximation calls a chance run of three a pattern.',
    },
    spikeP: {
      value: 0.006,
      source:
        "One hour value just past the boundary holding more of the provider's ventilations than a smooth spread gives: Poisson tail at the provider's own ventilations per hour over the band (referenceWindowHours + windowHours, the spike's own stays included, so a spike raises its own reference), times the windowHours values it could fall on (Bonferroni), p <= 0.006 as bunchingP. Hours read off a ventilator spread; five patients ending at the same hour past the line are hours written.",
    },
    wholeDayRatio: {
      value: 2,
      source:
        'Assumption: twice the share of whole-day ventilations (hours a multiple of 24) of every other facility is heaping: hours written rather than read off the ventilator.',
    },
    wholeDayShare: {
      value: 1 / 24,
      source:
        "Hours read off the ventilator end on a whole day (a multiple of 24) once in 24; the whole-day screen (referenceScreenZ) is read against this share where the pooled one is higher, so that ICUs heaping together do not raise each other's reference.",
    },
    wholeDayZ: {
      value: 3,
      source: "Poisson test of the provider's whole-day ventilations past the boundary against the share elsewhere: z >= 3.",
    },
    codeHoursSlack: {
      value: 1,
      source:
        'Assumption: ventilator hours recorded as whole hours may be cut down from the minutes (95 h 50 min written 95), so 96.72 is read against the record only below 96 - 1 = 95 hours.',
    },
    ...VENT_KIND_THRESHOLDS,
  },
  signals: {
    ventilation_bunched_past_boundary: suspicious(
      'Ventilation bunched just past the tariff boundary at the provider',
      'Ventilasi menumpuk tepat di atas batas tarif di RS',
    ),
    ventilation_spike_past_boundary: suspicious(
      'Ventilation heaped on one hour value just past the tariff boundary at the provider',
      'Ventilasi menumpuk pada satu nilai jam tepat di atas batas tarif di RS',
    ),
    ventilation_whole_days_at_provider: suspicious(
      'Ventilation past the boundary heaped on whole days at the provider',
      'Ventilasi di atas batas menumpuk pada hari penuh di RS',
    ),
    ...VENT_KIND_SIGNALS,
    // certain: ICD-9-CM defines 96.72 as 96 consecutive hours or more, and the claim's own record of
    // the ventilation (hours summed over the stay, so no single run can be longer) is shorter: the code
    // the grouper pays is contradicted by the claim itself. The reverse, 96.71 on 96 hours or more,
    // is where the hours are what pays (hours_past_boundary_code_under, below).
    long_ventilation_code_short_hours: certain(
      'Ventilation of 96 hours or more coded (96.72) on a stay whose ventilator hours are fewer',
      'Kode ventilasi 96 jam atau lebih (96.72) pada rawat yang jam ventilatornya lebih sedikit',
    ),
    // suspicious, not certain: the hours are summed over the stay, and two runs under 96 hours
    // (a patient re-intubated after a failed extubation) are each coded 96.71 and may sum past
    // 96; one run is what the coder's 96.71 says, and the hours past the boundary are what the
    // grouper and the rental line read. On 150,000 generated members no stay carries both.
    hours_past_boundary_code_under: suspicious(
      'Ventilator hours of 96 or more on a stay whose ventilation is coded under 96 hours (96.71)',
      'Jam ventilator 96 atau lebih pada rawat yang ventilasinya dikode kurang dari 96 jam (96.71)',
    ),
  },
  // A distribution, not a cut-off: the provider's stays just past the boundary against those
  // just before it, compared with the share at every other facility (fraud_provider_distribution).
  sql: (t) => `
SELECT b.nomor_sep, 'ventilation_bunched_past_boundary' AS signal,
  round(b.tarif_sewa_alat * (b.ventilator_hour - ${t.boundaryHours} + 1)::DOUBLE / b.ventilator_hour, -2)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Ventilated {} hours; at {} {} of {} ventilations from {} h to {} h end just past the boundary (other facilities: {:.0f}%)',
    b.ventilator_hour, b.facility_id, d.vent_above, d.vent_above + d.vent_below, ${t.boundaryHours} - ${t.referenceWindowHours}, ${t.boundaryHours} + ${t.windowHours}, 100 * d.peer_vent_above_share) AS evidence_en,
  format('Ventilator {} jam; di {} {} dari {} ventilasi {} s.d. {} jam berakhir tepat sesudah batas (faskes lain: {:.0f}%)',
    b.ventilator_hour, b.facility_id, d.vent_above, d.vent_above + d.vent_below, ${t.boundaryHours} - ${t.referenceWindowHours}, ${t.boundaryHours} + ${t.windowHours}, 100 * d.peer_vent_above_share) AS evidence_id
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE b.ventilator_hour >= ${t.boundaryHours} AND b.ventilator_hour < ${t.boundaryHours} + ${t.windowHours}
  AND d.vent_above >= ${t.minBunchedClaims}
  -- P(at least vent_above of the stays near the boundary end past it | the other facilities' share)
  AND list_sum(list_transform(range(d.vent_above, d.vent_above + d.vent_below + 1), k ->
        exp(lgamma(d.vent_above + d.vent_below + 1) - lgamma(k + 1) - lgamma(d.vent_above + d.vent_below - k + 1)
            + k * ln(d.peer_vent_above_share) + (d.vent_above + d.vent_below - k) * ln(1 - d.peer_vent_above_share)))) <= ${t.bunchingP}
UNION ALL
-- a spike at one value against the provider's own spread near the boundary: the share test above
-- weighs the half day past the line as a whole, and a unit that ventilates as long as needed has
-- honest stays on both sides to dilute it; its hours spread, so one value repeated is the anomaly
SELECT b.nomor_sep, 'ventilation_spike_past_boundary',
  round(b.tarif_sewa_alat * (b.ventilator_hour - ${t.boundaryHours} + 1)::DOUBLE / b.ventilator_hour, -2)::BIGINT, []::VARCHAR[],
  format('Ventilated {} hours; at {} {} ventilations end at exactly {} hours, where its {} ventilations from {} h to {} h give {:.2f} per hour',
    b.ventilator_hour, b.facility_id, d.vent_peak_claims, d.vent_peak_hour, d.vent_above + d.vent_below, ${t.boundaryHours} - ${t.referenceWindowHours}, ${t.boundaryHours} + ${t.windowHours},
    (d.vent_above + d.vent_below) / (${t.referenceWindowHours} + ${t.windowHours})::DOUBLE),
  format('Ventilator {} jam; di {} {} ventilasi berakhir tepat {} jam, sedangkan {} ventilasinya {} s.d. {} jam memberi {:.2f} per jam',
    b.ventilator_hour, b.facility_id, d.vent_peak_claims, d.vent_peak_hour, d.vent_above + d.vent_below, ${t.boundaryHours} - ${t.referenceWindowHours}, ${t.boundaryHours} + ${t.windowHours},
    (d.vent_above + d.vent_below) / (${t.referenceWindowHours} + ${t.windowHours})::DOUBLE)
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE b.ventilator_hour >= ${t.boundaryHours} AND b.ventilator_hour = d.vent_peak_hour AND d.vent_peak_claims >= ${t.minBunchedClaims}
  -- windowHours * P(a Poisson count at the provider's ventilations per hour reaches the peak)
  AND ${t.windowHours} * list_sum(list_transform(range(d.vent_peak_claims, d.vent_peak_claims + 60), k ->
        exp(k * ln((d.vent_above + d.vent_below) / (${t.referenceWindowHours} + ${t.windowHours})::DOUBLE)
            - (d.vent_above + d.vent_below) / (${t.referenceWindowHours} + ${t.windowHours})::DOUBLE - lgamma(k + 1)))) <= ${t.spikeP}
UNION ALL
SELECT b.nomor_sep, 'ventilation_whole_days_at_provider',
  round(b.tarif_sewa_alat * (b.ventilator_hour - ${t.boundaryHours} + 1)::DOUBLE / b.ventilator_hour, -2)::BIGINT, []::VARCHAR[],
  format('Ventilated exactly {} days ({} hours); at {} {} ventilations past {} h are whole days where the share of other facilities gives {:.1f}',
    b.ventilator_hour // 24, b.ventilator_hour, b.facility_id, d.vent_whole_days_observed, ${t.boundaryHours}, d.vent_whole_days_expected),
  format('Ventilator tepat {} hari ({} jam); di {} {} ventilasi di atas {} jam berupa hari penuh, sedangkan porsi faskes lain memberi {:.1f}',
    b.ventilator_hour // 24, b.ventilator_hour, b.facility_id, d.vent_whole_days_observed, ${t.boundaryHours}, d.vent_whole_days_expected)
FROM fraud_claim_base b JOIN ${PROVIDER_DISTRIBUTION_TABLE} d USING (facility_id)
WHERE b.ventilator_hour >= ${t.boundaryHours} AND b.ventilator_hour % 24 = 0
  AND ${excessSql('d.vent_whole_days_observed', 'd.vent_whole_days_expected', { minClaims: t.minBunchedClaims, ratio: t.wholeDayRatio, z: t.wholeDayZ })}
UNION ALL
-- a small unit has few stays near the line for the share test: its whole spread against honest units of its kind
${ventilationAboveKindSql(t, PROVIDER_DISTRIBUTION_TABLE)}
UNION ALL
-- the hours the code claims and the record does not show, as a share of the ventilator rental billed;
-- a stay with no hours recorded (0) is left out: nothing on the claim contradicts its code
SELECT b.nomor_sep, 'long_ventilation_code_short_hours',
  round(b.tarif_sewa_alat * (${t.boundaryHours} - b.ventilator_hour)::DOUBLE / ${t.boundaryHours}, -2)::BIGINT, []::VARCHAR[],
  format('Procedure {} (continuous ventilation for {} consecutive hours or more) coded, but the claim records {} ventilator hours over the whole stay (96.71, under {} hours, is the code they give)',
    ${literal(VENT_96_OR_MORE_ICD9)}, ${t.boundaryHours}, b.ventilator_hour, ${t.boundaryHours}),
  format('Tindakan {} (ventilasi kontinu {} jam berturut-turut atau lebih) dikode, tetapi klaim mencatat {} jam ventilator selama seluruh rawat (kodenya 96.71, kurang dari {} jam)',
    ${literal(VENT_96_OR_MORE_ICD9)}, ${t.boundaryHours}, b.ventilator_hour, ${t.boundaryHours})
FROM fraud_claim_base b
WHERE list_has(b.px_list, ${literal(VENT_96_OR_MORE_ICD9)}) AND b.ventilator_hour > 0 AND b.ventilator_hour < ${t.boundaryHours} - ${t.codeHoursSlack}
UNION ALL
-- the other way round: the chart's code says the ventilation ended before the boundary, the hours
-- typed for the grouper say past it; the hours past the boundary priced as the bunching ones
SELECT b.nomor_sep, 'hours_past_boundary_code_under',
  round(b.tarif_sewa_alat * (b.ventilator_hour - ${t.boundaryHours} + 1)::DOUBLE / b.ventilator_hour, -2)::BIGINT, []::VARCHAR[],
  format('The claim records {} ventilator hours, but codes the ventilation {} (continuous ventilation for less than {} consecutive hours) and not {}',
    b.ventilator_hour, ${literal(VENT_UNDER_96_ICD9)}, ${t.boundaryHours}, ${literal(VENT_96_OR_MORE_ICD9)}),
  format('Klaim mencatat {} jam ventilator, tetapi ventilasinya dikode {} (ventilasi kontinu kurang dari {} jam berturut-turut), bukan {}',
    b.ventilator_hour, ${literal(VENT_UNDER_96_ICD9)}, ${t.boundaryHours}, ${literal(VENT_96_OR_MORE_ICD9)})
FROM fraud_claim_base b
WHERE b.ventilator_hour >= ${t.boundaryHours} AND list_has(b.px_list, ${literal(VENT_UNDER_96_ICD9)}) AND NOT list_has(b.px_list, ${literal(VENT_96_OR_MORE_ICD9)})`,
});
