// UPCODING by a code the coding rules forbid: ICD-10 (WHO, volume 1) marks some codes "Excludes"
// another category, meaning the condition is classified elsewhere when that other condition is
// present; coding both counts one condition twice. Pulmonary oedema is how acute heart failure
// presents: J81 excludes pulmonary oedema "with mention of heart disease NOS or heart failure
// (I50.1)", so a heart-failure stay with crackles is coded I50 alone (red team RT-UPCODE-112). A
// secondary the primary excludes cannot raise the stay's severity: when it is the stay's only
// secondary diagnosis, the level above I rests on it alone and the record itself shows the claim
// should not be paid at that level (certain). The verifier's check: "kode diagnosis sesuai kaidah
// koding ICD-10" (Permenkes 26/2021, Juknis INA-CBG; coding by ICD-10 volume 2 rules).
import { literal } from '../../../data-samples/sql/index.js';
import { severityStepShare } from './provider-excess-hits.js';
import { certain } from './types.js';

/**
 * Secondary categories ICD-10 volume 1 (WHO 2019) excludes when the primary is of the given
 * pattern: J81 (pulmonary oedema) "Excl.: ... with mention of heart disease NOS or heart failure
 * (I50.1)"; hypertensive heart disease with (congestive) heart failure (I11.0) includes that heart
 * failure. Only exclusions whose excluded code is a severity-raising secondary are listed.
 */
export const EXCLUDED_SECONDARIES: readonly { readonly secondary: string; readonly primaryPattern: string; readonly source: string }[] =
  Object.freeze([
    {
      secondary: 'J81',
      primaryPattern: '^(I50|I11\\.0)',
      source: 'ICD-10 (WHO 2019) J81 Excludes: with mention of heart disease NOS or heart failure (I50.1)',
    },
  ]);

export const EXCLUDED_SECONDARY_SIGNALS = {
  severity_on_secondary_excluded_by_primary: certain(
    'Severity above I resting on a secondary diagnosis ICD-10 excludes with the primary',
    'Severitas di atas I bertumpu pada diagnosis sekunder yang dikecualikan ICD-10 bersama diagnosis utamanya',
  ),
};

/**
 * UPCODING `severity_on_secondary_excluded_by_primary`: an inpatient stay above severity I whose
 * only secondary diagnosis is one its primary excludes (EXCLUDED_SECONDARIES). With another
 * secondary beside it the level may rest on that one, so nothing is said. The tariff share of one
 * severity step is at risk.
 */
export function excludedSecondaryHitsSql(): string {
  const pairs = EXCLUDED_SECONDARIES.map(
    (e) => `(left(b.dx_list[2], 3) = ${literal(e.secondary)} AND regexp_matches(b.dx_primary, ${literal(e.primaryPattern)}))`,
  ).join(' OR ');
  return `
SELECT b.nomor_sep, 'severity_on_secondary_excluded_by_primary' AS signal,
  round(b.tarif_inacbg * ${severityStepShare('b.severity_rank')}, -2)::BIGINT AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Grouped {} on its only secondary diagnosis {}, which ICD-10 excludes with the primary {} (the condition is classified with it): the level above I rests on a code the coding rules forbid',
    b.kode_inacbg, b.dx_list[2], b.dx_primary) AS evidence_en,
  format('Dikelompokkan {} karena satu-satunya diagnosis sekunder {}, yang dikecualikan ICD-10 bersama diagnosis utama {} (kondisinya sudah tercakup): tingkat di atas I bertumpu pada kode yang dilarang kaidah koding',
    b.kode_inacbg, b.dx_list[2], b.dx_primary) AS evidence_id
FROM fraud_claim_base b
WHERE b.jenis_rawat = 1 AND b.severity_rank >= 2 AND len(b.dx_list) = 2 AND (${pairs})`;
}
