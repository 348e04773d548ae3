// UPCODING contradicted by the card's own follow-up: a stay coded with the dearer of two forms of
// one condition that cannot turn into each other (a stroke is a haemorrhage or an infarction, and
// stays what it was), while the clinic controls after discharge, written from the clinic's notes,
// name the cheaper form and never the coded one, and the stay used the cheaper form's resources.
// DOMAIN.md section 3, UPCODING: "a primary diagnosis coded higher than the record supports";
// the verifier reads the follow-up ("kontrol poli") as part of the record. The stay is judged by
// encounters after it, so a claim scored on arrival (nothing after it yet) is never judged; the
// batch judges it once the controls are in.
import { literal } from '../../../data-samples/sql/index.js';
import type { FraudSources } from '../../../features/fraud/index.js';
import type { DetectorThreshold } from './types.js';
import { CASEMIX_PEER_TABLE } from './peers.js';
import {
  CHEAPER_GROUP_SHARE_AT_RISK,
  CHEAPER_GROUP_STAY,
  DEAREST_CHEAPER_GROUP,
  MEDICAL_GROUP_CATEGORIES,
  cheaperGroupJoinsSql,
} from './upcoding-groups.js';
import { rupiahSql } from './evidence-rupiah.js';

/** Two mutually exclusive forms of one condition: coded on the stay, and named by its follow-up instead. */
export interface ExclusiveForms {
  readonly key: string;
  /** Primary ICD-10 of the stay (regular expression): the dearer form. */
  readonly coded: string;
  /** ICD-10 of a follow-up encounter that names the other form of the same episode (regular expression). */
  readonly followedAs: string;
  /** ICD-10 of any encounter that confirms the coded form (regular expression): then no contradiction. */
  readonly confirmedBy: string;
  /** ICD-10 of an admission that would be a new episode (regular expression): its own stay, not a follow-up. */
  readonly newEpisode: string;
  /** ICD-10 category whose INA-CBG medical group the followed form belongs to. */
  readonly followedCategory: string;
  readonly descriptionEn: string;
  readonly descriptionId: string;
  readonly source: string;
}

export const EXCLUSIVE_FORMS: readonly ExclusiveForms[] = Object.freeze([
  {
    key: 'stroke_type',
    coded: '^I6[0-2]',
    // infarction, or its sequelae (I69.3); I69.4 (stroke not specified) names no type and proves nothing
    followedAs: '^(I63|I69\\.3)',
    confirmedBy: '^(I6[0-2]|I69\\.[0-2])',
    newEpisode: '^I6[0-4]',
    followedCategory: 'I63',
    descriptionEn: 'intracranial haemorrhage against cerebral infarction',
    descriptionId: 'perdarahan intrakranial lawan infark serebral',
    source:
      'AHA/ASA spontaneous ICH guideline (Greenberg et al., Stroke 2022) and acute ischaemic stroke guideline (Powers et al., Stroke 2019): CT on arrival tells a haemorrhage from an infarction, and the type of one stroke does not change (a bleed into an infarct stays I63, haemorrhagic transformation); ICD-10 codes the late effects by type (I69.1 haemorrhage, I69.3 infarction), so the control of a haemorrhage is never an infarction.',
  },
]);

/** UPCODING thresholds of primary_contradicted_by_follow_up (claim-content.ts spreads them into the detector). */
export const FOLLOW_UP_TYPE_THRESHOLDS = Object.freeze({
  followUpTypeDays: {
    value: 90,
    source:
      'AHA/ASA secondary stroke prevention guideline (Kleindorfer et al., Stroke 2021): the patient is reviewed within weeks of discharge for the cause-specific prevention (antiplatelets after an infarction, none after a haemorrhage), so the clinic controls of the first three months are the follow-up of this stroke, which the clinic must type to treat (assumption: 90 days).',
  },
  followUpTypeTariffRatio: {
    value: 1.2,
    source:
      "Assumption: the followed form's group at most five sixths as dear as the coded one (the haemorrhage group G-4-13 is 1.47x the infarction group G-4-14), so that forms priced about alike are no upcoding worth a case; the record itself names the form, so no wider margin is needed.",
  },
} satisfies Record<string, DetectorThreshold>);

export interface FollowUpTypeThresholds {
  readonly followUpDays: number;
  readonly minTariffRatio: number;
}

/** The exclusive forms as a VALUES relation with the followed form's medical group (cbg_base). */
function formsSql(alias: string): string {
  const group = new Map(MEDICAL_GROUP_CATEGORIES);
  const rows = EXCLUSIVE_FORMS.flatMap((f) => {
    const g = group.get(f.followedCategory);
    return g === undefined
      ? []
      : [`(${[f.key, f.coded, f.followedAs, f.confirmedBy, f.newEpisode, g, f.descriptionEn, f.descriptionId].map(literal).join(', ')})`];
  });
  return `(VALUES ${rows.join(', ')}) ${alias}(form_key, coded, followed_as, confirmed_by, new_episode, followed_group, description_en, description_id)`;
}

/**
 * UPCODING `primary_contradicted_by_follow_up`: a medical stay (case type 4) discharged home without
 * ICU or ventilation whose primary is the coded form of EXCLUSIVE_FORMS, while the card's
 * encounters in the `followUpDays` after discharge (hospital outpatient claims at any facility,
 * P-Care sick visits) name the followed form before any new admission for the condition, and no
 * encounter of that window names the coded one, nor is the card admitted again for the condition
 * in it (a new episode); and the stay used the followed form's resources: no longer than its
 * group's stay (upcoding-groups.ts CHEAPER_GROUP_STAY) and billed nearer its group than the coded
 * one (at most the geometric mean of the followed group's bound, as upcoding-groups.ts
 * withinCheaperGroupSql, and the coded code's median at hospitals of the class or its tariff, when
 * higher: the provider's own stays, among few peers, must not pull it down to theirs): the record names
 * the form, so the bill need only lean to it, not sit under its median as a bill alone must. The
 * tariff share above that group is at risk; the follow-ups are the related SEPs.
 */
export function followUpTypeHitsSql(src: Pick<FraudSources, 'fktpVisits'>, t: FollowUpTypeThresholds): string {
  const encounters = `(
    SELECT card_key, tgl_masuk AS tgl, nomor_sep AS sep, jenis_rawat, unnest(dx_list) AS dx FROM fraud_claim_base
    UNION ALL
    SELECT card_key, tgl_kunjungan, NULL, 2, unnest(string_split(diagnosa, '#')) FROM ${src.fktpVisits}
    WHERE jenis_kunjungan = 'SAKIT' AND diagnosa IS NOT NULL)`;
  const window = `r.card_key = b.card_key AND r.tgl > b.tgl_pulang AND r.tgl <= b.tgl_pulang + ${t.followUpDays}`;
  return `
SELECT b.nomor_sep, 'primary_contradicted_by_follow_up' AS signal, ${CHEAPER_GROUP_SHARE_AT_RISK} AS amount_at_risk,
  c.follow_up_seps AS related_sep,
  format('Primary diagnosis {} groups the stay to {} ({:.2f}x the tariff of {}), but the card''s follow-up in the ${t.followUpDays} days after discharge names {} on {} days (first {}) and never the coded form ({}); billed {} over {} days: the resources of {} (median stay {} days at class {} hospitals); no ICU, no ventilation',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, c.followed_dx, c.follow_ups, c.first_follow_up, c.description_en, ${rupiahSql('b.billed_cost')}, b.los, sr.code, ${CHEAPER_GROUP_STAY}, b.hospital_class) AS evidence_en,
  format('Diagnosis utama {} mengelompokkan rawat ke {} ({:.2f}x tarif {}), tetapi kontrol kartu dalam ${t.followUpDays} hari setelah pulang mencatat {} pada {} hari (pertama {}) dan tidak pernah bentuk yang dikode ({}); tagihan {} selama {} hari: sumber daya {} (median lama rawat {} hari di RS kelas {}); tanpa ICU dan ventilator',
    b.dx_primary, b.kode_inacbg, own.base_tariff / sr.base_tariff, sr.code, c.followed_dx, c.follow_ups, c.first_follow_up, c.description_id, ${rupiahSql('b.billed_cost')}, b.los, sr.code, ${CHEAPER_GROUP_STAY}, b.hospital_class) AS evidence_id
FROM (
  -- per stay and form: the follow-up days that name the followed form, before any new admission for the condition
  SELECT b.nomor_sep, f.followed_group, f.description_en, f.description_id, count(DISTINCT r.tgl) AS follow_ups, min(r.tgl) AS first_follow_up,
    arg_min(r.dx, r.tgl) AS followed_dx, list(DISTINCT r.sep ORDER BY r.sep) FILTER (WHERE r.sep IS NOT NULL) AS follow_up_seps
  FROM fraud_claim_base b
  JOIN ${formsSql('f')} ON regexp_matches(b.dx_primary, f.coded)
  JOIN ${encounters} r ON ${window} AND r.jenis_rawat = 2 AND regexp_matches(r.dx, f.followed_as)
  WHERE b.jenis_rawat = 1 AND split_part(b.kode_inacbg, '-', 2) = '4' AND b.discharge_status = 1 AND b.icu_indikator = 0 AND b.ventilator_hour = 0
    AND NOT EXISTS (SELECT 1 FROM ${encounters} r WHERE ${window} AND r.sep IS DISTINCT FROM b.nomor_sep AND regexp_matches(r.dx, f.confirmed_by))
    AND NOT EXISTS (
      SELECT 1 FROM fraud_claim_base n WHERE n.card_key = b.card_key AND n.nomor_sep <> b.nomor_sep AND n.jenis_rawat = 1
        AND n.tgl_masuk >= b.tgl_pulang AND n.tgl_masuk <= b.tgl_pulang + ${t.followUpDays} AND regexp_matches(n.dx_primary, f.new_episode))
  GROUP BY ALL
) c
JOIN fraud_claim_base b USING (nomor_sep)
${cheaperGroupJoinsSql('c.followed_group')}
LEFT JOIN ${CASEMIX_PEER_TABLE} op ON op.kode_inacbg = b.kode_inacbg AND op.hospital_class = b.hospital_class
WHERE b.jenis_rawat = 1 AND sr.base_tariff * ${t.minTariffRatio} <= own.base_tariff AND b.los <= ${CHEAPER_GROUP_STAY}
  AND b.base_log_cost <= (greatest(coalesce(sp.base_log_cost, ln(sr.base_tariff)), ln(sr.base_tariff)) + greatest(coalesce(op.base_log_cost, ln(own.base_tariff)), ln(own.base_tariff))) / 2
${DEAREST_CHEAPER_GROUP}`;
}
