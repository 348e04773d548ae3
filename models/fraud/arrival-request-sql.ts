// The statements of one arrival request, the batch's own SQL on the request's tables: what a
// claim is compared with (its card's episodes, its doctor's day, its facility's and its sister
// facilities' claims, its family), then claim base, pairs, features, detectors and model input.
// None has a parameter: DuckDB plans a prepared statement that has parameters again at every
// execution, for the values bound (its profile shows them as constants in the filters), so each
// reads the request's card, SEP, day, doctor, facility and CBG from arr_new, the table holding
// the one claim of the request, and is planned once, when the context opens (measured on the
// 20k-member publication, CPU per claim: claim scores 12.7 -> 7.9 ms, the neighbour claims 14.7 -> 12.5 ms).
import { cardPairsSql, claimBaseSql, claimFeaturesSql, claimFeatureTableSql, MEMBER_LOOKBACK_DAYS } from '../../features/fraud/index.js';
import type { FraudSources } from '../../features/fraud/index.js';
import {
  OTHER_FACILITY_PEER_TABLE,
  PROVIDER_DISTRIBUTION_TABLE,
  detector,
  detectorHitsSql,
  longLookbackClaimsSql,
} from './detectors/index.js';
import { arrivalCarriedStaysSql } from './detectors/los-care-carried.js';
import { cardHomesSql } from './detectors/pair-suspect.js';
import { crossGroupTotalRupiah } from './detectors/clone-groups.js';
import { clonedFacilitiesSql } from './detectors/clone-sisters.js';
import { RUN_VIEWS, modelInputSql } from './tables.js';

export const ARRIVAL_SOURCES: FraudSources = Object.freeze({
  claims: 'arr_claims',
  members: 'arr_members',
  facilities: 'ctx_facilities',
  deaths: 'arr_deaths',
  kkpak: 'arr_kkpak',
  audits: 'ctx_audits',
  fktpVisits: 'arr_fktp_visits',
  prbClaims: 'arr_prb_claims',
  doctors: 'ctx_doctors',
});

/** The new claim's table: one row during a request, the claim as it arrived. */
export const NEW_CLAIM_TABLE = 'arr_new';
/** A field of the request's claim, as an uncorrelated scalar subquery on arr_new (planned once, unlike a parameter). */
const request = (field: 'card_key' | 'nomor_sep' | 'tgl_masuk' | 'kode_dpjp' | 'facility_id' | 'kode_inacbg' | 'billed_cost'): string =>
  `(SELECT ${field} FROM ${NEW_CLAIM_TABLE})`;

/**
 * The statements a request runs, as CREATE OR REPLACE ... AS SELECT (each creates its table at
 * open; its SELECT is then planned once). The claims loaded are every claim a detector compares
 * the new one with: its card's episodes (and its deliveries, fractures and fixations further back:
 * longLookbackClaimsSql), its doctor's day, the claims of the same CBG within the clone window at
 * its facility and the hospitals CLONING links it to (its regency's, a shared doctor's, nearby:
 * clone-sisters.ts), its facility's stays of the CBG within CLONING's template window (a bill reused
 * for months: clone-templates.ts; publication keeps stays that far back) and its stays of any CBG
 * billed the claim's total to the rounding CLONING allows per line (a bill reused across groups:
 * clone-groups.ts), and all its facility's claims within the episode tolerance (another card for
 * the same stay).
 */
export function requestStatements(): readonly string[] {
  const cloneDays = detector('CLONING')?.thresholds['windowDays']?.value ?? 14;
  const templateDays = detector('CLONING')?.thresholds['templateWindowDays']?.value ?? cloneDays;
  const cloneKm = detector('CLONING')?.thresholds['sisterFacilityKm']?.value ?? 30;
  const crossGroupTotal = crossGroupTotalRupiah(detector('CLONING')?.thresholds['crossGroupLineRupiah']?.value ?? 0);
  const episodeDays = detector('REPEAT_BILLING')?.thresholds['dateToleranceDays']?.value ?? 2;
  const letterDays = detector('SELF_REFERRAL')?.thresholds['letterCoverageDays']?.value ?? 30;
  const card = request('card_key');
  const sep = request('nomor_sep');
  const day = request('tgl_masuk');
  const doctor = request('kode_dpjp');
  const facility = request('facility_id');
  const cbg = request('kode_inacbg');
  const billed = request('billed_cost');
  return [
    `CREATE OR REPLACE TABLE arr_claims AS
      SELECT * FROM h_claims WHERE nomor_sep <> ${sep} AND (
        (card_key = ${card} AND tgl_masuk >= ${day} - ${MEMBER_LOOKBACK_DAYS})
        OR (card_key = ${card} AND ${longLookbackClaimsSql(day)})
        OR (kode_dpjp = ${doctor} AND tgl_masuk = ${day})
        OR (facility_id IN (${clonedFacilitiesSql(facility, ARRIVAL_SOURCES, cloneKm)}) AND kode_inacbg = ${cbg}
          AND tgl_masuk BETWEEN ${day} - ${cloneDays} AND ${day} + ${cloneDays})
        -- one condition for both: a second one over the same stays cost 1.9 ms CPU a claim, this 0.6 (measured
        -- on the 150,000-member claims, 200 stays, old and new interleaved)
        OR (facility_id = ${facility} AND jenis_rawat = 1
          AND (kode_inacbg = ${cbg} OR abs(billed_cost - ${billed}) <= ${crossGroupTotal})
          AND tgl_masuk BETWEEN ${day} - ${templateDays} AND ${day} + ${templateDays})
        OR (facility_id = ${facility} AND tgl_masuk BETWEEN ${day} - ${episodeDays} AND ${day} + ${episodeDays})
        OR (card_key IN (SELECT f.card_key FROM ctx_members f JOIN ctx_members m USING (family_key) WHERE m.card_key = ${card})
          AND tgl_masuk >= ${day} - ${MEMBER_LOOKBACK_DAYS}))
      UNION ALL SELECT * FROM ${NEW_CLAIM_TABLE}`,
    // the cards of the claims, and the whole family card of the new claim's card (a newborn's mother may have no claim)
    // UNION, not OR: each branch is a semi-join of its own (the OR ran 3x slower on the 1M-claim context)
    `CREATE OR REPLACE TABLE arr_members AS SELECT * FROM ctx_members WHERE card_key IN (SELECT DISTINCT card_key FROM arr_claims)
      UNION SELECT * FROM ctx_members WHERE family_key IN (SELECT family_key FROM ctx_members WHERE card_key = ${card})`,
    // the visits that wrote the claims' referral letters, the cards' own visits, and one visit of each
    // referring FKTP near its letter's date (whether that FKTP was recording P-Care visits then)
    `CREATE OR REPLACE TABLE arr_fktp_visits AS SELECT * FROM ctx_fktp_visits
      WHERE card_key IN (SELECT card_key FROM arr_members)
      UNION SELECT * FROM ctx_fktp_visits WHERE no_rujukan IN (SELECT no_rujukan FROM arr_claims)
      UNION
      SELECT * FROM ctx_fktp_visits WHERE visit_id IN (
        SELECT min(v.visit_id) FROM arr_claims c JOIN ctx_fktp_visits v ON v.facility_id = c.ppk_rujukan
          AND v.tgl_kunjungan BETWEEN coalesce(c.tgl_rujukan, c.tgl_masuk) - ${letterDays} AND coalesce(c.tgl_rujukan, c.tgl_masuk) + ${letterDays}
        WHERE c.asal_rujukan = 1 GROUP BY c.nomor_sep)`,
    'CREATE OR REPLACE TABLE arr_prb_claims AS SELECT * FROM ctx_prb_claims WHERE card_key IN (SELECT card_key FROM arr_members)',
    'CREATE OR REPLACE TABLE arr_deaths AS SELECT d.* FROM ctx_deaths d JOIN arr_members m USING (member_key)',
    // the e-PLKK case of this SEP is looked up by the SEP (not by the card key)
    `CREATE OR REPLACE TABLE arr_kkpak AS SELECT k.* FROM ctx_kkpak k JOIN arr_members m USING (member_key)
      UNION ALL SELECT * FROM ctx_kkpak WHERE nomor_sep = ${sep} AND member_key NOT IN (SELECT member_key FROM arr_members)`,
    // the homes of the request's cards, from the published facilities (pair-suspect.ts)
    cardHomesSql(ARRIVAL_SOURCES),
    claimBaseSql(ARRIVAL_SOURCES),
    // The other facilities' norms of the request's facilities only: every detector joins them on the
    // facility of a claim of the request, and the national table (a row per facility and code) was
    // scanned and hashed by each of the ten signals that read it, per request.
    `CREATE OR REPLACE TABLE ${OTHER_FACILITY_PEER_TABLE} AS SELECT * FROM ctx_other_facility_peers
      WHERE facility_id IN (SELECT DISTINCT facility_id FROM fraud_claim_base)`,
    // PROLONGED_LOS: the request's stays whose bill carries their days, against the published rows the batch read
    arrivalCarriedStaysSql(PROVIDER_DISTRIBUTION_TABLE),
    cardPairsSql(),
    claimFeaturesSql(),
    detectorHitsSql(ARRIVAL_SOURCES),
    claimFeatureTableSql(),
    modelInputSql(),
  ];
}

export const CREATE_AS = /^\s*CREATE OR REPLACE TABLE (\w+) AS/;

/**
 * Steps only the model input reads (the batch's RUN_VIEWS in tables.ts, for the same reason): views
 * here, computed inside the model-input read for the claim alone, never written (measured on the
 * 20k-member publication, CPU per claim: three filled tables and the read 22.7 ms, the read of the views 12.9 ms).
 */
export const MODEL_INPUT_VIEWS: ReadonlySet<string> = RUN_VIEWS;
