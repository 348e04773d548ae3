// ROOM_CLASS: a stay billed in a care class above the member's entitlement, or upgraded with nobody
// paying the difference (DOMAIN.md section 3). Split from claim-content.ts.
import { CARE_CLASS_TARIFF_FACTOR } from '../../../data-samples/reference/index.js';
import { certain, defineDetector, suspicious } from './types.js';

const CLS = CARE_CLASS_TARIFF_FACTOR;
/** Tariff factor of a care class (1-3) in SQL. */
const classFactor = (col: string): string => `[${CLS[1]}, ${CLS[2]}, ${CLS[3]}][${col}]`;

/** SQL: the upgrade class (upgrade_class_class) one step above care class `col`: class 3 to 2, 2 to 1, 1 to VIP. */
const oneClassUpSql = (col: string): string => `CASE ${col} WHEN 3 THEN 'kelas_2' WHEN 2 THEN 'kelas_1' WHEN 1 THEN 'vip' END`;

export const ROOM_CLASS_DETECTOR = defineDetector({
  code: 'ROOM_CLASS',
  nameId: 'Manipulasi kelas perawatan',
  nameEn: 'Room class manipulated',
  thresholds: {
    minClassesAboveEntitlement: {
      value: 1,
      source:
        'Perpres 82/2018 art. 51: a member is entitled to one care class; billing a higher one without an upgrade paid by the member is the DOMAIN.md signal.',
    },
    fullWardMaxDays: {
      value: 3,
      source:
        "Permenkes 28/2014 (Pedoman Pelaksanaan JKN, inpatient care): when the ward of the member's entitled class is full, the member may be placed one class higher for at most 3 days, then moved back, at no cost to the member; the hospital bills the entitled class. Cited by the red team (RT-NM-WARDFULL-31); not checked here against the regulation's text.",
    },
  },
  // suspicious, not certain: entitlement data lags a member's change of class; but a PBI member's
  // class is fixed by law (class 3, no upgrade: Perpres 82/2018 art. 23 and 51), so for PBI the
  // record proves it
  signals: {
    pbi_billed_above_class_3: certain('PBI member billed above class 3', 'Peserta PBI ditagih di atas kelas 3'),
    class_above_entitlement: suspicious('Care class above entitlement', 'Kelas rawat di atas hak'),
    upgrade_without_payer: suspicious('Upgrade with no payer for the difference', 'Naik kelas tanpa penjamin selisih'),
  },
  sql: (t) => `
SELECT nomor_sep, 'class_above_entitlement' AS signal,
  round(tarif_inacbg * (1 - ${classFactor('care_class')} / ${classFactor('kelas_rawat')}), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Billed in care class {} while the member is entitled to class {}', kelas_rawat, care_class) AS evidence_en,
  format('Ditagih kelas {} padahal hak kelas peserta {}', kelas_rawat, care_class) AS evidence_id
FROM fraud_claim_base WHERE care_class - kelas_rawat >= ${t.minClassesAboveEntitlement} AND jkn_segment <> 'PBI'
UNION ALL
SELECT nomor_sep, 'pbi_billed_above_class_3', round(tarif_inacbg * (1 - ${classFactor('3')} / ${classFactor('kelas_rawat')}), -2)::BIGINT, []::VARCHAR[],
  format('PBI member (entitled to class 3, may not upgrade) billed to JKN in care class {}', kelas_rawat),
  format('Peserta PBI (hak kelas 3, tidak boleh naik kelas) ditagihkan ke JKN di kelas {}', kelas_rawat)
FROM fraud_claim_base WHERE jkn_segment = 'PBI' AND kelas_rawat < 3
UNION ALL
SELECT nomor_sep, 'upgrade_without_payer',
  round(tarif_inacbg * (${CLS[1]} / ${CLS[2]} - 1), -2)::BIGINT,
  []::VARCHAR[],
  format('Room upgrade to {} with {}', coalesce(upgrade_class_class, '?'), CASE WHEN jkn_segment = 'PBI' THEN 'a PBI member, who may not upgrade' ELSE 'no payer for the difference' END),
  format('Naik kelas ke {} {}', coalesce(upgrade_class_class, '?'), CASE WHEN jkn_segment = 'PBI' THEN 'oleh peserta PBI yang tidak boleh naik kelas' ELSE 'tanpa penjamin selisih biaya' END)
FROM fraud_claim_base
WHERE upgrade_class_ind = 1 AND (upgrade_class_payor IS NULL OR jkn_segment = 'PBI') AND care_class - kelas_rawat < ${t.minClassesAboveEntitlement}
  -- a full ward: one class up, for no more than the days allowed, billed at the entitled class with nobody charged
  -- (a field left empty is no full ward)
  AND NOT coalesce(upgrade_class_payor IS NULL AND kelas_rawat = care_class AND upgrade_class_class = ${oneClassUpSql('care_class')}
    AND upgrade_class_los BETWEEN 1 AND ${t.fullWardMaxDays}, false)`,
});
