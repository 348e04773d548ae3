// INFLATED_BILL in rehabilitation and sub-acute care (DOMAIN.md section 2: the grouper's special
// CMG top-ups include SA, sub-acute care; the hospital bill has a rehabilitation line; section 3:
// "tariff components as outliers within the same CBG"). Sub-acute care is what follows the acute
// phase: weeks on a ward of physiotherapy, speech and swallowing therapy after a stroke or a hip.
// Its top-up (SA) pays for those days; the rehabilitation line pays for the therapy sessions,
// which the coder records as ICD-9-CM 93.xx (physical therapy, speech therapy, respiratory
// therapy). Two contradictions on one claim:
// - an SA top-up on an inpatient stay that ended within its CBG's acute length-of-stay norm: the
//   stay never reached the phase the top-up pays for (a long stay that carries it without therapy
//   on the bill is PROLONGED_LOS's question, not this one);
// - a rehabilitation line that is a large share of the bill on a stay with no therapy coded: an
//   appendectomy's patient walks on day one, and sessions nobody recorded were not given.
// Both are suspicious, not certain: a coder may leave a physiotherapy code off, and a stay may be
// recorded as ending early when the patient moved to a sub-acute ward under the same SEP. The
// auditor reads the therapy notes and the ward's register.
import { literal } from '../../../data-samples/sql/index.js';
import { suspicious } from './types.js';
import type { DetectorThreshold, ThresholdValues } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

/** ICD-9-CM 93.xx: physical therapy, rehabilitation, speech and respiratory therapy (chest physiotherapy 93.99). */
const THERAPY_ICD9CM = '^93\\.';

export const REHAB_THRESHOLDS = {
  subacuteStayRatio: {
    value: 1,
    source:
      'INA-CBG rules (PMK 3/2023, special CMG): the sub-acute top-up pays for care after the acute phase, so the stay it is billed on must outlast the acute stay its CBG is grouped for. The CBG norm (fraud_ref_cbg los_norm, the acute stay of the group) is that phase; a stay no longer than the norm (ratio 1) holds no sub-acute day.',
  },
  rehabilitationShareWithoutTherapy: {
    value: 0.05,
    source:
      'Measured on the 150k-member generated warehouse (2026-12-07): inpatient stays with no therapy coded (ICD-9-CM 93.xx) carry a rehabilitation line of at most 2.2% of the bill (median 1.0%, 99.9th percentile 1.7%: bedside mobilisation, a physiotherapist consulted); those with therapy coded at most 1.8%. Over 5% of the bill, more than twice the largest seen, the line pays for a course of sessions, and with none coded the claim records no course.',
  },
  rehabilitationMinimum: {
    value: 300_000,
    source:
      'Assumption: about five physiotherapy sessions at a regional hospital tariff (Rp50,000-65,000 a session: the physiotherapy visits of the committed sample extract bill Rp56,000-64,000); below it a short stay may hold an assessment and a few sessions the coder left off.',
  },
} as const satisfies Record<string, DetectorThreshold>;

type RehabThreshold = keyof typeof REHAB_THRESHOLDS;

export const REHAB_SIGNALS = {
  subacute_topup_within_acute_stay: suspicious(
    'Sub-acute top-up on a stay that ended within the acute norm',
    'Top-up sub-akut pada rawat yang selesai dalam norma fase akut',
  ),
  rehabilitation_without_therapy: suspicious(
    'Rehabilitation line far above an ordinary stay with no therapy coded',
    'Baris rehabilitasi jauh di atas rawat biasa tanpa terapi yang dikode',
  ),
} as const;

/** SQL: the hits of the sub-acute top-ups and rehabilitation lines of claim base `b` with no care behind them. */
export function rehabilitationSql(t: ThresholdValues<RehabThreshold>): string {
  const subacute = `list_filter(b.topups, x -> x LIKE 'SA-%')`;
  const therapyCoded = `list_has_any(list_transform(b.px_list, p -> regexp_matches(p, ${literal(THERAPY_ICD9CM)})), [true])`;
  const allowed = `(${t.rehabilitationShareWithoutTherapy} * b.billed_cost)`;
  return `
SELECT b.nomor_sep, 'subacute_topup_within_acute_stay' AS signal,
  (SELECT sum(r.tariff) FROM fraud_ref_topup r WHERE list_contains(${subacute}, r.code))::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Sub-acute top-up {} billed on a {}-day stay, within the {:.1f}-day acute norm of CBG {} (rehabilitation {})',
    array_to_string(${subacute}, ', '), b.los, b.los_norm, b.kode_inacbg, ${rupiahSql('b.tarif_rehabilitasi')}) AS evidence_en,
  format('Top-up sub-akut {} ditagih pada rawat {} hari, dalam norma fase akut {:.1f} hari CBG {} (rehabilitasi {})',
    array_to_string(${subacute}, ', '), b.los, b.los_norm, b.kode_inacbg, ${rupiahSql('b.tarif_rehabilitasi')}) AS evidence_id
FROM fraud_claim_base b
WHERE b.jenis_rawat = 1 AND len(${subacute}) > 0 AND b.los_norm > 0 AND b.los <= ${t.subacuteStayRatio} * b.los_norm
UNION ALL
SELECT b.nomor_sep, 'rehabilitation_without_therapy',
  round(b.tarif_rehabilitasi - ${allowed}, -2)::BIGINT, []::VARCHAR[],
  format('Rehabilitation {} = {:.1f}% of the bill {} (above {:.0f}%) with no therapy coded (ICD-9-CM 93.xx) among procedures [{}]',
    ${rupiahSql('b.tarif_rehabilitasi')}, 100 * b.tarif_rehabilitasi / b.billed_cost, ${rupiahSql('b.billed_cost')}, 100 * ${t.rehabilitationShareWithoutTherapy}, array_to_string(b.px_list, ', ')),
  format('Rehabilitasi {} = {:.1f}% tagihan {} (di atas {:.0f}%) tanpa terapi yang dikode (ICD-9-CM 93.xx) di antara tindakan [{}]',
    ${rupiahSql('b.tarif_rehabilitasi')}, 100 * b.tarif_rehabilitasi / b.billed_cost, ${rupiahSql('b.billed_cost')}, 100 * ${t.rehabilitationShareWithoutTherapy}, array_to_string(b.px_list, ', '))
FROM fraud_claim_base b
WHERE b.jenis_rawat = 1 AND b.billed_cost > 0 AND b.tarif_rehabilitasi > ${t.rehabilitationMinimum}
  AND b.tarif_rehabilitasi > ${allowed} AND NOT ${therapyCoded}`;
}
