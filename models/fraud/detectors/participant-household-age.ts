// PARTICIPANT_ABUSE by an older relative's operation on a younger member's card (DOMAIN.md section
// 3, "card used by someone else"; round 13, RT-ABUSE-131: mothers whose own cards lapsed for
// arrears given knee replacements on the active card of a daughter in her early forties on the
// same family card). Primary osteoarthritis is found from 40 (data-samples/reference ICD10_AGE_RULES),
// so the range signal passes a 42-year-old, and joint replacement for it at that age does happen.
// What the record adds is who else the family card holds: a member of the holder's sex, of the
// age such operations are done at and a generation older, in the household whose card is used.
// Suspicious, never certain: an early-worn knee in a household with a grandmother is honest care;
// a hospital billing it card after card is the scheme, which the case rule weighs by the
// provider's excess of the signal (claim-scores.ts SIGNAL_EXCESS). The older member's own card
// status (SCHEMA.md membership_events: a lapse for arrears) would say why her card was not used,
// but it is no fraud source yet, in the batch or on arrival; the household is (members.family_key).
import { literal } from '../../../data-samples/sql/index.js';
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';
import { ARTHROSIS_ICD10, explainedArthrosisSql } from './participant-secondary-arthrosis.js';

/** ICD-9-CM 81.51-81.54: total and partial hip and knee replacement. */
const JOINT_REPLACEMENT_ICD9CM = '^81[.]5[1-4]';

export const HOUSEHOLD_AGE_THRESHOLDS = {
  replacementYoungBelowAge: {
    value: 50,
    source:
      'Joint registries report primary hip and knee replacement for osteoarthritis at a mean age near 68-70 (National Joint Registry for England and Wales, annual reports; American Joint Replacement Registry, annual reports), under 50 a small minority of a few percent; assumption: a card holder under 50 is young for it.',
  },
  relativeMinAge: {
    value: 60,
    source: 'Assumption, from the same registries: 60 and over is the age the great majority of these replacements are done at.',
  },
  relativeMinGenerationGap: {
    value: 18,
    source:
      "Assumption: a relative at least 18 years older is of a parent's generation (SCHEMA.md households: a child's mother is 18-40 years older), not a spouse or sibling, whom a lent card would not explain.",
  },
} satisfies Record<string, DetectorThreshold>;

export const HOUSEHOLD_AGE_SIGNALS = {
  later_life_operation_on_younger_household_card: suspicious(
    "An operation of later life on a young card holder whose family card holds a relative of the operation's age",
    'Operasi usia lanjut pada pemilik kartu muda yang Kartu Keluarganya memuat kerabat seusia operasi itu',
  ),
};

type HouseholdAgeThresholds = { readonly [K in keyof typeof HOUSEHOLD_AGE_THRESHOLDS]: number };

const anyCode = (list: string, pattern: string): string =>
  `coalesce(list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)}))), false)`;

/**
 * SQL of the hits (HIT_COLUMNS): a hip or knee replacement for arthrosis coded first (M15-M17), primary: not
 * coded secondary and no cause of secondary arthrosis beside it (participant-secondary-arthrosis.ts), on
 * the card of a holder under `replacementYoungBelowAge`
 * whose family card holds another member of the holder's sex aged `relativeMinAge` or more at the
 * admission and at least `relativeMinGenerationGap` years older. Reads fraud_claim_base and the
 * members source (arrival loads the claim's household into it).
 */
export function laterLifeOperationOnHouseholdCardSql(t: HouseholdAgeThresholds, members: string): string {
  const relativeAge = `(date_diff('day', m.birth_date, b.tgl_masuk) / 365.25)`;
  return `
SELECT b.nomor_sep, 'later_life_operation_on_younger_household_card' AS signal, any_value(b.paid_amount) AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('{} for {} on the card of a {} of {:.0f}{}, young for it (registries: a mean age near 68-70), whose family card holds {} of the same sex aged {}',
    array_to_string(list_filter(any_value(b.px_list), x -> regexp_matches(x, ${literal(JOINT_REPLACEMENT_ICD9CM)})), ', '), any_value(b.dx_primary),
    CASE any_value(b.sex) WHEN 'P' THEN 'woman' ELSE 'man' END, floor(any_value(b.age)),
    CASE any_value(b.hubungan_keluarga) WHEN 'ANAK' THEN ', a child of the head of the household' ELSE '' END,
    CASE WHEN count(*) = 1 THEN 'a relative' ELSE format('{} relatives', count(*)) END,
    array_to_string(list(format('{:.0f}', floor(${relativeAge})) ORDER BY ${relativeAge} DESC), ', ')) AS evidence_en,
  format('{} untuk {} pada kartu {} berusia {:.0f} tahun{}, muda untuk operasi itu (registri: rata-rata usia sekitar 68-70), yang Kartu Keluarganya memuat {} berjenis kelamin sama berusia {}',
    array_to_string(list_filter(any_value(b.px_list), x -> regexp_matches(x, ${literal(JOINT_REPLACEMENT_ICD9CM)})), ', '), any_value(b.dx_primary),
    CASE any_value(b.sex) WHEN 'P' THEN 'perempuan' ELSE 'laki-laki' END, floor(any_value(b.age)),
    CASE any_value(b.hubungan_keluarga) WHEN 'ANAK' THEN ', anak kepala keluarga' ELSE '' END,
    CASE WHEN count(*) = 1 THEN 'seorang kerabat' ELSE format('{} kerabat', count(*)) END,
    array_to_string(list(format('{:.0f}', floor(${relativeAge})) ORDER BY ${relativeAge} DESC), ', ')) AS evidence_id
FROM fraud_claim_base b JOIN ${members} m ON m.family_key = b.family_key AND m.member_key <> b.member_key AND m.sex = b.sex
WHERE b.family_key IS NOT NULL AND b.age < ${t.replacementYoungBelowAge}
  AND regexp_matches(b.dx_primary, ${literal(ARTHROSIS_ICD10)}) AND ${anyCode('b.px_list', JOINT_REPLACEMENT_ICD9CM)}
  -- an arthrosis coded secondary, or beside its cause, is no wear of later life (participant-secondary-arthrosis.ts)
  AND NOT ${explainedArthrosisSql('b.dx_primary', 'b.dx_list')}
  AND ${relativeAge} >= ${t.relativeMinAge} AND ${relativeAge} - b.age >= ${t.relativeMinGenerationGap}
GROUP BY b.nomor_sep`;
}
