// The thresholds of CLONING (cloning.ts), each with its source: the windows, distances and line
// tolerances a copy is judged by, the flat-fee package and burst limits, and those of the template,
// cross-group and copied-record branches (clone-templates.ts, clone-groups.ts, clone-records.ts).
import {
  PACKAGE_MIN_OUTPATIENT_SHARE,
  PACKAGE_MIN_STAY_SHARE,
  STANDARDISED_PACKAGE_MIN_PATIENTS,
  STANDING_PRICE_MIN_PATIENTS,
  STANDING_PRICE_MIN_SPAN_DAYS,
} from './clone-packages.js';
import { CROSS_GROUP_LINE_RUPIAH } from './clone-groups.js';
import { RECORD_COPY_THRESHOLDS } from './clone-records.js';
import {
  TEMPLATE_MIN_FAMILY,
  TEMPLATE_MIN_OTHER_BILLS,
  TEMPLATE_NUDGE_RUPIAH,
  TEMPLATE_NUDGE_SHARE,
  TEMPLATE_TOLERANCE,
  TEMPLATE_WINDOW_DAYS,
} from './clone-templates.js';

export const CLONING_THRESHOLDS = {
  windowDays: {
    value: 28,
    source:
      'Assumption: a clone is copied from a recent claim of the same facility while the template lies at hand; four weeks covers copies spread over weeks of submissions, across days and doctors (DOMAIN.md: "same doctor or day" widened to a window; two weeks missed copies made weekly). On a 17,841-claim generated extract no pair of one facility, CBG and procedures within 42 days has more than half its patient lines within 3% unless copied; but honest stays of one severe condition can be billed alike by a fee schedule (red team RT-NM-SEVERE-01: three ICU pneumonias billed to the rupiah alike 32 and 34 days apart), so the window stays under a month. Arrival loads the claims of the CBG within it at the facility and the hospitals it is compared with (clone-sisters.ts clonedFacilitiesSql).',
  },
  burstWindowDays: {
    value: 14,
    source:
      'Assumption: the window a flat-fee package vector is counted in to tell a burst of copies from its standing rate (two weeks: copies of a template entered day after day; the burst thresholds below were measured with it).',
  },
  maxComponentDistance: {
    value: 0.02,
    source:
      'Assumption: two honest claims of the same CBG differ in their 18 tariff components by far more than 2% of the bill; a copy differs by rounding or one edited component.',
  },
  maxShareDistance: {
    value: 0.02,
    source:
      "Assumption, as maxComponentDistance on the components' shares of their bills: a copy rescaled (by the care-class tariff ratio, PMK 3/2023, and a factor per patient) keeps each share to the Rp100 rounding of its lines. Stays of one facility only: outpatient prices are set per class in the tariff's steps, so a facility's outpatient bills of one service are in proportion by design, and hospitals of one regency may price by one regional tariff regulation scaled by hospital class, so their bills of one stay may be in proportion where amounts differ. Measured on the red-team base extract (10,880 claims, generated): of 19 pairs of stays of one regency, CBG, diagnoses and procedures within 28 days not alike as amounts, 1 is within 2% in shares; of 2,598 such outpatient pairs, 715 (the class prices of packages).",
  },
  sisterFacilityKm: {
    value: 30,
    source:
      "Assumption: an owner's hospitals in one metropolitan area (Surabaya-Sidoarjo 25 km, Jakarta-Bekasi 20 km, Bandung-Cimahi 10 km) lie within 30 km of each other and may bill from one template; with a doctor licensed at both (Permenkes 2052/2011: up to three practice places) two hospitals are linked wherever they are. Across regencies only bills alike as amounts are compared (an owner's copy is the template itself; two cities' hospitals may share a fee schedule, not a patient's drugs and tests).",
  },
  packageMinPatients: {
    value: 8,
    source:
      "Assumption: a service (CBG, procedures, bill at class 3) that 8 or more patients of a facility are billed alike for, whatever their diagnoses and care class, is a flat-fee package (physiotherapy, haemodialysis, chemotherapy cycles, a phaco and lens, a delivery), billed identically by design (fraud_flat_packages), unless it reached that many patients in one burst (below). Counted per class and diagnosis list, the red-team base extract's dialysis, chemotherapy and physiotherapy prices of small hospitals (5-6 patients a class) were taken for copies.",
  },
  maxSecondaryDiagnosisDifference: {
    value: 2,
    source:
      "Assumption (DOMAIN.md: near-identical vectors): a copier varies what is cheap to vary, a harmless secondary diagnosis that changes neither group nor severity; two stays with the same primary diagnosis category, procedures and bill are one bill whatever one diagnosis says (one swapped, a secondary or the primary for a sibling code of its ICD-10 category, A09 for A08.4: 2 codes in either list only; the CBG is the same). Stays only: a stay's bill records its own days, room and drugs, while outpatient bills are small and standard (a package's patients differ in their secondaries).",
  },
  lineTolerance: {
    value: 0.03,
    source:
      "Assumption: a copier nudges copied amounts by a few percent to pass a duplicate check (red team RT-CLONE-02: 1-2%); a patient line within 3% of the other claim's is copied. Honest lines of two patients fall within 3% of each other about one time in twenty each (measured: 2-3 of 7 lines by chance, never 6).",
  },
  minCopiedLines: {
    value: 3,
    source:
      'Assumption: three or more patient lines (drugs, consumables, laboratory...) copied is a bill, not a coincidence; fewer billed lines leave too little to compare (a visit billed for one drug).',
  },
  maxEditedLines: {
    value: 1,
    source:
      'Assumption (brief: "small amount changes"): a copier edits one line of a bill (the drugs) and keeps the rest; a near-identical bill must keep all patient lines but this one too. A stay may be matched on its patient lines alone (room and nursing for another length of stay), with its intensive care and ventilation the template\'s; outpatient bills are small and standard, compared as whole bills only. Patient lines that packageMinPatients patients of the facility share within the window are a clinical pathway billed as a package (the same kit, panel and drugs for everyone), not a copy.',
  },
  packageMinStayShare: PACKAGE_MIN_STAY_SHARE,
  packageMinOutpatientShare: PACKAGE_MIN_OUTPATIENT_SHARE,
  standingPriceMinPatients: STANDING_PRICE_MIN_PATIENTS,
  standingPriceMinSpanDays: STANDING_PRICE_MIN_SPAN_DAYS,
  standardisedPackageMinPatients: STANDARDISED_PACKAGE_MIN_PATIENTS,
  burstRatio: {
    value: 4,
    source:
      "Assumption: a package is a facility's standing bill, billed from then on at its own rate, in clusters at times (a course of sessions, a group); a vector first billed at the facility at most two windows before (the burst began it) that reached packageMinPatients patients there at 4 times or more its own rate over the rest of its span was not set up as a package but copied in a burst. A vector with a history before the window is a package whatever its clusters (measured: honest flat-fee packages of a 140,632-claim generated extract reach 5x their own rate in a month).",
  },
  burstZ: {
    value: 3,
    source: 'Poisson excess of the window claims over the expected, z >= 3 (the provider-pattern test of detectors/patterns.ts excessSql).',
  },
  minSameTotalPatients: {
    value: 2,
    source:
      "Measured on the red-team base extract (the warehouse's 9,613 generated claims no scenario injected, 2,336 of them stays): of 220,604 pairs of stays of one facility over the year, 24 share a bill to the rupiah, 21 of them component by component (a fee schedule's stays) and 3 split differently (different CBGs, one within 28 days): about 1 in 70,000 pairs by chance; of the 101 pairs of one facility, CBG and procedures within 28 days, none. So one earlier stay of another patient with the same total split differently (the claim and it: 2 patients) is far past chance; three would miss the last copy of a family copied every two to three weeks (red team RT-CLONE-62). Stays only: outpatient bills are priced item by item from a schedule, and 15 of 18,654 such pairs of one service share a total split differently (one priced item swapped for another of the same price).",
  },
  templateWindowDays: TEMPLATE_WINDOW_DAYS,
  templateTolerance: TEMPLATE_TOLERANCE,
  templateNudgeShare: TEMPLATE_NUDGE_SHARE,
  templateNudgeRupiah: TEMPLATE_NUDGE_RUPIAH,
  templateMinFamily: TEMPLATE_MIN_FAMILY,
  templateMinOtherBills: TEMPLATE_MIN_OTHER_BILLS,
  crossGroupLineRupiah: CROSS_GROUP_LINE_RUPIAH,
  ...RECORD_COPY_THRESHOLDS,
  burstMinDays: {
    value: 3,
    source:
      'Assumption: identical bills for many patients on one or two days are a scheduled session the package is made for (a screening day, group therapy); copies are entered day after day to pass as ordinary visits, so a burst spans at least 3 distinct days.',
  },
};
