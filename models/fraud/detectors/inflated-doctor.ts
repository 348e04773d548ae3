// INFLATED_BILL judged per doctor (DOMAIN.md section 3): a doctor whose stays carry a bill line
// (drugs, consumables, devices, laboratory) far above his colleagues' at the same hospital, for
// the same CBG severity level and procedures, stay after stay. The figures per doctor are built
// with the peers (doctor-peers.ts, DOCTOR_PEER_SCOPE rows of fraud_procedure_peers) and
// published, so arrival reads what the batch judged: a stay of his that arrives later is judged
// against the same colleagues' median.
import { literal } from '../../../data-samples/sql/index.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';
import { PROCEDURE_PEER_TABLE, procedureKeySql } from './peers.js';
import { rupiahSql } from './evidence-rupiah.js';
import {
  DOCTOR_COMPONENTS,
  DOCTOR_PEER_SCOPE,
  componentAmountSql,
  componentShareLogSql,
  doctorComponentsRelationSql,
  doctorRowKeySql,
} from './doctor-peers.js';

export const DOCTOR_COMPONENT_THRESHOLDS = {
  doctorComponentRatio: {
    value: 1.75,
    source:
      "Assumption: within one hospital every doctor's stays are priced with the same tariff (tarif RS), so the costing difference the single-claim line allows between hospitals (up to about 2x, drugDeviceShareRatio 2.5) is gone, and what is left is the patients, judged within the same CBG severity level and procedures, and the doctor's billing. A hospital's median stay 1.4x its peers' is its pricing (inflated-provider.ts providerDrugShareRatio); a doctor's median over five to ten stays moves more (the median of five has about 0.56 of the stays' spread as its error, the difference of two such medians 0.8: with an honest spread of 0.3 in log share, ln 1.75 is 2.3 of those), hence 1.75x his colleagues' median, reached three ways at once because the patients move each of them alone: in the line's share of the stay's services (not moved by a stay's days or intensive care), in rupiah (not moved by an efficient discharge) and in rupiah per day (not moved by a sicker patient's longer stay). On the generated 150k-member warehouse (676 doctor, group and line rows judged) no doctor came past 1.35x on all three (1.63x on the share alone), and none was flagged.",
  },
  doctorRankZ: {
    value: 2.5,
    source:
      "Mann-Whitney rank test of the doctor's stays against his colleagues' by the line's share (normal approximation), z >= 2.5 (one-sided p ~ 0.006): the excess is on his stays as a whole, not two odd patients. At the minimum counts (doctor-peers.ts MIN_DOCTOR_STAYS and MIN_COLLEAGUE_STAYS, five each) only a doctor whose every stay is above every colleague's reaches it (z 2.61, exact p 0.004).",
  },
} satisfies Record<string, DetectorThreshold>;

export const DOCTOR_COMPONENT_SIGNALS = {
  doctor_line_above_colleagues: suspicious(
    "A bill line on the doctor's stays far above his colleagues' at the same hospital",
    'Komponen tagihan pada rawat inap seorang dokter jauh di atas rekan sejawatnya di RS yang sama',
  ),
};

/** SQL: a median age in whole years, '?' where the members' birth dates are unknown. */
const age = (x: string): string => `coalesce(format('{:.0f}', ${x}), '?')`;

/** SQL: the evidence of one line of claim `b` against its doctor row `pd`, in `lang`. */
function lineEvidenceSql(lang: 'en' | 'id'): string {
  const name = `CASE c.component ${Object.entries(DOCTOR_COMPONENTS)
    .map(([k, v]) => `WHEN ${literal(k)} THEN ${literal(v[lang])}`)
    .join(' ')} END`;
  const text =
    lang === 'en'
      ? "'{} {} = {:.1f}x the share of the median stay of the doctor''s colleagues at this hospital ({} stays of CBG {} with procedures [{}]); doctor {}''s {} stays: median {:.1f}x theirs in share, {:.1f}x in rupiah ({} against {}), {:.1f}x per day, rank test z {:.1f}; median age {} against {} years, stay {:.0f} against {:.0f} days'"
      : "'{} {} = {:.1f}x porsi median rawat inap rekan sejawat dokter ini di RS yang sama ({} rawat CBG {} dengan tindakan [{}]); {} rawat inap dokter {}: median {:.1f}x rekan dalam porsi, {:.1f}x dalam rupiah ({} terhadap {}), {:.1f}x per hari, uji peringkat z {:.1f}; median umur {} terhadap {} tahun, lama rawat {:.0f} terhadap {:.0f} hari'";
  return `format(${text}, ${name}, ${rupiahSql(componentAmountSql('b', 'c.component'))}, exp(${componentShareLogSql('b', 'c.component')} - pd.colleague_share_log),
    pd.colleague_n, b.kode_inacbg, array_to_string(b.px_list, ', '), ${lang === 'en' ? 'b.kode_dpjp, pd.n' : 'pd.n, b.kode_dpjp'},
    exp(pd.doctor_share_log - pd.colleague_share_log),
    pd.doctor_amount / pd.colleague_amount, ${rupiahSql('pd.doctor_amount')}, ${rupiahSql('pd.colleague_amount')}, pd.doctor_daily / pd.colleague_daily, pd.rank_z,
    ${age('pd.doctor_age')}, ${age('pd.colleague_age')}, pd.doctor_los, pd.colleague_los)`;
}

/**
 * SQL (HIT_COLUMNS): the stays of a doctor whose line is above his colleagues' median share,
 * where his median stay is doctorComponentRatio times theirs in share, in rupiah and in rupiah per
 * day and the rank test agrees; one row per stay, its lines summed (amount at risk: each line's part above the
 * colleagues' share). A line the colleagues do not bill (median Rp0) is not judged: that is a
 * different practice (what his technique uses), and a line billed with no record behind it is
 * inflated-record.ts's.
 */
export function doctorComponentSql(t: Readonly<Record<keyof typeof DOCTOR_COMPONENT_THRESHOLDS, number>>): string {
  const share = componentShareLogSql('b', 'c.component');
  return `
SELECT b.nomor_sep, 'doctor_line_above_colleagues' AS signal,
  sum(round(${componentAmountSql('b', 'c.component')} * (1 - exp(-(${share} - pd.colleague_share_log))), -2))::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  string_agg(${lineEvidenceSql('en')}, '; ' ORDER BY c.component) AS evidence_en,
  string_agg(${lineEvidenceSql('id')}, '; ' ORDER BY c.component) AS evidence_id
FROM fraud_claim_base b CROSS JOIN ${doctorComponentsRelationSql()}
JOIN ${PROCEDURE_PEER_TABLE} pd ON pd.scope = ${literal(DOCTOR_PEER_SCOPE)} AND pd.group_key = ${doctorRowKeySql('b', 'c.component', procedureKeySql)}
WHERE b.jenis_rawat = 1 AND b.discharge_status <> 4 AND ${share} > pd.colleague_share_log AND pd.colleague_amount > 0
  AND pd.doctor_share_log - pd.colleague_share_log >= ln(${t.doctorComponentRatio})
  AND pd.doctor_amount >= ${t.doctorComponentRatio} * pd.colleague_amount AND pd.doctor_daily >= ${t.doctorComponentRatio} * pd.colleague_daily
  AND pd.rank_z >= ${t.doctorRankZ}
GROUP BY b.nomor_sep`;
}
