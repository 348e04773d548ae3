// Scenarios the product does not yet hold, each with what is missing. This is the team's
// ledger, not the red team's: the scenarios keep their expected outcomes unchanged. A
// scenario listed here is still run and judged, and its test asserts that it still fails,
// so a detector that starts catching it turns the suite red until the line is removed.
// Issue 11 stays open while this list is not empty. Measured 2026-12-06 (session 6): 99 of the
// first 101 hold; fifteen entries removed (detectors by mechanism, and the generator's honest care made
// realistic: models/fraud/README.md). The first is decided, not forgotten:
export const KNOWN_MISSES: Readonly<Record<string, string>> = Object.freeze({
  'RT-READMIT-01':
    'one patient readmitted twice within 30 days for heart failure at a clean hospital: flagged READMISSION (suspicious), model 0.06-0.24: no case. By the case rule one patient is one observation of a provider (SIGNAL_EXCESS: attributable fraction 0.25, evidence 0.44 < 0.5); a readmission is no proof on its own (heart-failure readmission within 30 days is common care), so only the model or a second patient can open the case. Left as the price of not opening a case on every honest readmission',
  // red team, third round (round3.ts). Open work:
  'RT-ABUSE-31':
    "BPH and transurethral prostatectomy on a 19-year-old's card: no case. The new suspicious signal diagnosis_outside_its_age_range fires on this pattern (detectors/participant-age.test.ts); a suspicious hit alone opens no case. The age table (data-samples/reference/icd10-age.ts) puts N40 from 40; the signal stays suspicious because coders do pick an age-related code for a younger patient's like condition, so one patient's two claims alone do not pay for a case audit. Open: a certain tier far outside the range (Berry 1984: no BPH before 30) measured on real coding, or the card's history (a 19-year-old's other claims) as evidence",
  // red team, fourth round (round4.ts, written without reading the detectors; outcomes from the
  // combined suite run of 2026-12-06 15:33, 115 of 131 hold). Open work:
  // red team, fifth round (round5.ts, written without reading the detectors; outcomes from the
  // round's own run of 2026-12-06 17:23, 14 of 30 hold). Open work:
  'RT-CLONE-51':
    "one appendectomy bill copied across two hospitals of one owner: 5 of 6 flagged CLONING and in a case; the first copy at the second hospital is not (p 0.13). The contract has no owner: only shared doctors, distance and identical bills link an owner's hospitals, and clones are compared within one facility",
  'RT-CLONE-53':
    'copies rescaled by the care-class tariff ratio (the same bill in proportion): the 3 class-1/2 copies not flagged, p 0.08-0.12. Bills are compared as amounts, not as shares of the bill',
  'RT-UPCODE-52':
    'gastroenteritis coded as gastrointestinal bleeding with no endoscopy, blood or transfusion: not flagged, p 0.06-0.15. A diagnosis raised to a better-paid group is not checked against what it needs',
  'RT-UPCODE-53':
    'bronchitis coded as pneumonia with no chest X-ray or radiology billed: not flagged, p 0.06-0.16. Same gap as RT-UPCODE-52',
  'RT-PHANTOM-51':
    'one surgeon running clinics at three owned hospitals in the same morning hours (SEP times overlap): 60 claims not flagged, p 0.000. The doctor-at-several-places signal does not read SEP times',
  'RT-INFLATED-51':
    'ICU fee billed with no ICU indicator and 0 ICU days: flagged only PROLONGED_LOS (stays_past_norm_at_provider) and in that case, p 0.33-0.60. The intensive-care component is not read against icu_indikator / icu_los',
  'RT-UNBUND-51':
    'emergency visit closed 23:50 and the admission at 00:20 under a new SEP: not flagged, p 0.06-0.14. An outpatient visit and an admission are linked by date, not by the SEP times across midnight',
  'RT-REPEAT-51':
    'the same visit rebilled under another group (same card, day, doctor and bill): flagged INFLATED_BILL (drug_device_outlier) only, p 0.36-0.52. A second group on the same visit is not a duplicate yet',
  'RT-READMIT-51':
    'COPD sent home on day 2, back as pneumonia with J44.1 as a secondary diagnosis: not flagged, p 0.07-0.21. The index diagnosis returning as a secondary is not linked to the first stay',
  'RT-COB-51':
    'occupational disease (carpal tunnel G56.0, PAK) paid by JKK while its visits and physiotherapy are billed to JKN: 11 of 12 not flagged, p 0.015-0.15, 1 flagged CLONING. A PAK case is not matched by member, time and diagnosis when its code is not an injury',
  'RT-SELFREF-51':
    'a referral chain through three owned hospitals sharing a pulmonologist: the D and C steps flagged SELF_REFERRAL, the last step (to the class B hospital) READMISSION (readmitted_at_sister_hospital) only, p 0.03-0.09',
  'RT-NM-FLEW-51':
    'a card at two distant hospitals on one day, 12 hours apart by the SEP times (a flight): 1 of 5 in a PHANTOM_BILLING case (distant_facility_overlap), p 0.98. The distance rule reads dates, not the SEP times',
  'RT-NM-PSYCH-51':
    'acute psychosis stays of 21-32 days at a mental hospital, care billed every day: all 6 in a PROLONGED_LOS case (los_above_norm, stays above the p90), p 0.27-0.64. Specialty hospitals are compared with general ones',
  'RT-NM-ANTIVENOM-51':
    'antivenom for snakebite: all 5 in an INFLATED_BILL case (drug_device_outlier), p 0.13-0.32. Drug outliers are judged within the CBG (other poisonings), not against the drug the diagnosis needs',
  'RT-NM-THAL-51':
    'thalassaemia transfusions every 3-4 weeks: all 10 in an UNNECESSARY_TREATMENT case (one_night_stays_above_casemix_peers, and READMISSION same_clinical_group on 8), p 0.07-0.49. Planned transfusion cycles are not recognised as planned care',
  'RT-NM-SPORTS-51':
    "wage earners' Sunday and holiday sports injuries without a work-accident report: all 6 in a COB_KKPAK case (wage_earner_trauma_without_eplkk), p 0.41-0.60. A rest day is counter-evidence only for a mass-casualty event",
});
