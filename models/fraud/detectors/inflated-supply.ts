// The drug supply of a visit and the line it is billed on (INFLATED_BILL, drug_device_outlier).
// A chronic patient not yet stable (obat kronis belum stabil) or referred back (PRB) leaves the
// hospital clinic with a month's supply: a few days' worth inside the INA-CBG package on the
// ordinary drug line, the rest on the chronic-drug line (tarif_obat_kronis), paid outside the
// package (DOMAIN.md section 2 lists both lines). The split is the visit's, not the hospital's
// pricing: a patient not enrolled for the chronic claim, or a hospital that dispenses the whole
// supply in the package, carries the month on the ordinary line. In a chronic outpatient group
// most visits take the split, so their ordinary line is a third of the supply, and a visit that
// bills its supply on the ordinary line looked three to four times its peers (red team
// RT-NM-PAEDIATRICIAN-71: a paediatrician's epilepsy, thalassaemia and malnutrition clinic).
//
// So the ordinary line (drugs, devices, consumables), as a share of the services of the visit
// (the bill less the ordinary and chronic drug lines), is judged against the peers' median
// ordinary share plus an allowance for the supply the visit did not bill on its chronic line:
// the peers' median chronic share less twice the visit's own (CHRONIC_SPLIT_SHARE), so the whole
// chronic supply for a visit with none, nothing for a visit whose chronic line is at least half
// its peers'. Such a visit split its supply as they do and is judged on the ordinary line alone,
// as before: a supply billed twice (the ordinary line inflated beside a chronic line) still
// stands out. Adding both lines into one share instead held the paediatrician but hid generated
// drug inflation (150,000 members: recall of inflated drugs 0.453 -> 0.117): beside a month's
// chronic line, the ordinary line tripled moves the sum too little.
import { singleUseAllowanceSql } from './inflated-single-use.js';
import { chronicDrugShareSql } from './peers.js';

/**
 * A chronic line at least this share of the peers' median is a split supply and earns no
 * allowance. Assumption: honest months differ (generated 150,000 members, chronic outpatient
 * group: 10th percentile of the chronic share 0.32 against a median of 0.40), a visit with half
 * its peers' chronic line has split its supply, and an allowance for any shortfall (tried first)
 * let through visits billing four times the ordinary drugs beside three quarters of the chronic line.
 */
const CHRONIC_SPLIT_SHARE = 0.5;
/**
 * Evidence names the chronic allowance only when it raises the norm by at least this share: a
 * small allowance leaves the verdict on the ordinary line.
 */
const ALLOWANCE_SHOWN_FROM = 0.1;

/** SQL: the allowance of claim `b` from its peers' median chronic share (`peerChronicShare`), see CHRONIC_SPLIT_SHARE. */
const allowanceSql = (b: string, peerChronicShare: string): string =>
  `greatest(0, ${peerChronicShare} - ${chronicDrugShareSql(b)} / ${CHRONIC_SPLIT_SHARE})`;

/**
 * SQL: the log norm of claim `b`'s ordinary drug line: the peers' median ordinary share
 * (`peerOrdinaryLog`, a log), times the single-use allowance where a coded condition forbids reusing
 * the procedure's devices (inflated-single-use.ts), plus the allowance for the chronic supply the
 * claim did not bill on its chronic line (from the peers' median chronic share `peerChronicShare`).
 * NULL without peers.
 */
export const ordinaryDrugNormSql = (b: string, peerOrdinaryLog: string, peerChronicShare: string): string =>
  `ln(exp(${peerOrdinaryLog}) * ${singleUseAllowanceSql(b)} + ${allowanceSql(b, peerChronicShare)})`;

/** SQL: true when the chronic allowance of ordinaryDrugNormSql raises the norm by ALLOWANCE_SHOWN_FROM or more (the evidence says so). */
export const chronicAllowanceShownSql = (b: string, peerOrdinaryLog: string, peerChronicShare: string): string =>
  `coalesce(${allowanceSql(b, peerChronicShare)} >= ${ALLOWANCE_SHOWN_FROM} * exp(${peerOrdinaryLog}), false)`;
