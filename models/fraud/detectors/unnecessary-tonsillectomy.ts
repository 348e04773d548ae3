// UNNECESSARY_TREATMENT (DOMAIN.md section 3: "treatment without medical need"): a tonsillectomy
// for recurrent throat infection the member's own record does not show. The indication is counted
// episodes (Paradise criteria: seven in the past year, five a year in each of two, three a year in
// each of three; AAO-HNS tonsillectomy guideline 2019, SIGN 117); every episode is a sick visit, at
// the FKTP (SCHEMA.md fktp_visits) or at a hospital. A verifier counts them over the year before the
// operation. Named: primary care saw the throat only for acute episodes, fewer than the lowest yearly
// count, and never recorded the chronic tonsillitis the claim codes, with no other indication on the
// claim. An FKTP that itself codes chronic tonsillitis (J35) has recorded the history its referral
// carries (episodes may be older than the extract, or treated elsewhere); a member with no throat
// infection in primary care at all was seen for it outside the record, which cannot judge it.
import type { FraudSources } from '../../../features/fraud/index.js';
import { literal } from '../../../data-samples/sql/index.js';
import { suspicious } from './types.js';
import type { DetectorThreshold } from './types.js';

/** ICD-9-CM 28.2 tonsillectomy without adenoidectomy, 28.3 tonsillectomy with adenoidectomy. */
export const TONSILLECTOMY_ICD9 = '^28\\.[23]';

/** ICD-10 throat infections an episode is recorded as: acute pharyngitis J02, acute tonsillitis J03. */
export const THROAT_INFECTION_ICD10 = '^(J02|J03)';

/** ICD-10 J35: chronic diseases of tonsils and adenoids, primary care's record of a chronic or recurrent history. */
export const CHRONIC_TONSIL_ICD10 = '^J35';

/**
 * ICD-10 indications for tonsillectomy other than recurrence (AAO-HNS 2019): obstructive sleep
 * apnoea G47.3 and the hypertrophy that causes it J35.1, J35.3; peritonsillar abscess J36; a
 * tonsil neoplasm C09, D10.4, D37.0 (excision for histology).
 */
export const TONSILLECTOMY_OTHER_INDICATION_ICD10 = '^(G47\\.3|J35\\.[13]|J36|C09|D10\\.4|D37\\.0)';

export const TONSILLECTOMY_THRESHOLDS = Object.freeze({
  minThroatEpisodes: Object.freeze<DetectorThreshold>({
    value: 3,
    source:
      'Paradise criteria (AAO-HNS tonsillectomy guideline 2019, SIGN 117): the lowest yearly count that indicates tonsillectomy is three episodes a year (for three years); fewer in the year before the operation meets none of the criteria.',
  }),
  throatLookbackDays: Object.freeze<DetectorThreshold>({
    value: 365,
    source: 'Paradise criteria: episodes counted in the year before the decision to operate.',
  }),
});

type Thresholds = Readonly<Record<keyof typeof TONSILLECTOMY_THRESHOLDS, number>>;

export const TONSILLECTOMY_SIGNALS = Object.freeze({
  // suspicious: an episode treated privately or at another FKTP leaves no record here
  tonsillectomy_without_recurrences: suspicious(
    'Tonsillectomy for recurrent throat infection with fewer recorded episodes than any criterion asks',
    'Tonsilektomi untuk infeksi tenggorok berulang dengan episode tercatat lebih sedikit dari kriteria mana pun',
  ),
});

const anyMatch = (list: string, pattern: string): string =>
  `coalesce(list_bool_or(list_transform(${list}, x -> regexp_matches(x, ${literal(pattern)}))), false)`;

/** SELECT of UNNECESSARY_TREATMENT hits (HIT_COLUMNS): tonsillectomies the year's record does not indicate. */
export function tonsillectomySql(t: Thresholds, s: Pick<FraudSources, 'fktpVisits'>): string {
  return `
WITH op AS (
  SELECT b.nomor_sep, b.card_key, b.tgl_masuk, b.paid_amount, b.facility_id FROM fraud_claim_base b
  WHERE ${anyMatch('b.px_list', TONSILLECTOMY_ICD9)} AND NOT ${anyMatch('b.dx_list', TONSILLECTOMY_OTHER_INDICATION_ICD10)}
), episode AS (
  -- a sick day for a throat infection, at an FKTP or a hospital, one per day
  SELECT v.card_key, v.tgl_kunjungan AS day FROM ${s.fktpVisits} v
  WHERE v.jenis_kunjungan = 'SAKIT' AND ${anyMatch(`string_split(coalesce(v.diagnosa, ''), '#')`, THROAT_INFECTION_ICD10)}
  UNION
  SELECT c.card_key, c.tgl_masuk FROM fraud_claim_base c WHERE c.jenis_rawat = 2 AND ${anyMatch('c.dx_list', THROAT_INFECTION_ICD10)}
), record AS (
  SELECT o.nomor_sep, any_value(o.paid_amount) AS paid_amount,
    (SELECT count(DISTINCT e.day) FROM episode e WHERE e.card_key = o.card_key AND e.day >= o.tgl_masuk - ${t.throatLookbackDays} AND e.day <= o.tgl_masuk) AS episodes,
    (SELECT count(*) FROM ${s.fktpVisits} v WHERE v.card_key = o.card_key AND v.tgl_kunjungan >= o.tgl_masuk - ${t.throatLookbackDays} AND v.tgl_kunjungan <= o.tgl_masuk) AS fktp_visits,
    (SELECT count(*) FROM ${s.fktpVisits} v WHERE v.card_key = o.card_key AND v.tgl_kunjungan <= o.tgl_masuk
       AND ${anyMatch(`string_split(coalesce(v.diagnosa, ''), '#')`, CHRONIC_TONSIL_ICD10)}) AS chronic_recorded
  FROM op o GROUP BY o.nomor_sep, o.card_key, o.tgl_masuk
)
SELECT nomor_sep, 'tonsillectomy_without_recurrences' AS signal, paid_amount AS amount_at_risk, []::VARCHAR[] AS related_sep,
  format('Tonsillectomy with {} throat infection episode(s) recorded in the {} days before, among {} primary-care visit(s), none for chronic tonsillitis; the least that indicates it is {} a year (Paradise criteria), and no other indication (sleep apnoea, abscess, neoplasm) is coded',
    episodes, ${t.throatLookbackDays}, fktp_visits, ${t.minThroatEpisodes}) AS evidence_en,
  format('Tonsilektomi dengan {} episode infeksi tenggorok tercatat dalam {} hari sebelumnya, dari {} kunjungan FKTP, tidak satu pun untuk tonsilitis kronis; indikasi paling sedikit {} episode setahun (kriteria Paradise), dan tidak ada indikasi lain (apnea tidur, abses, neoplasma) yang dikode',
    episodes, ${t.throatLookbackDays}, fktp_visits, ${t.minThroatEpisodes}) AS evidence_id
FROM record WHERE episodes BETWEEN 1 AND ${t.minThroatEpisodes} - 1 AND chronic_recorded = 0`;
}
