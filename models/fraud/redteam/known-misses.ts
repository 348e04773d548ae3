// Scenarios the product does not yet hold, each with what is missing. This is the team's
// ledger, not the red team's: the scenarios keep their expected outcomes unchanged. A
// scenario listed here is still run and judged, and its test asserts that it still fails,
// so a detector that starts catching it turns the suite red until the line is removed.
// Issue 11 stays open while this list is not empty. Measured 2026-12-06 (session 7, the whole
// suite): 152 of 161 hold; every round-4 miss and nine of round 5's sixteen were removed (the
// record behind the claim: referral letters, SEP times, family cards, operation records, PRB
// supplies; models/fraud/README.md). The first is decided, not forgotten:
export const KNOWN_MISSES: Readonly<Record<string, string>> = Object.freeze({
  'RT-READMIT-01':
    'one patient readmitted twice within 30 days for heart failure at a clean hospital: flagged READMISSION (suspicious), model 0.06-0.24: no case. By the case rule one patient is one observation of a provider (SIGNAL_EXCESS: attributable fraction 0.25, evidence 0.44 < 0.5); a readmission is no proof on its own (heart-failure readmission within 30 days is common care), so only the model or a second patient can open the case. Left as the price of not opening a case on every honest readmission',
  // red team, third round (round3.ts). Open work:
  'RT-ABUSE-31':
    "BPH and transurethral prostatectomy on a 19-year-old's card: no case. The new suspicious signal diagnosis_outside_its_age_range fires on this pattern (detectors/participant-age.test.ts); a suspicious hit alone opens no case. The age table (data-samples/reference/icd10-age.ts) puts N40 from 40; the signal stays suspicious because coders do pick an age-related code for a younger patient's like condition, so one patient's two claims alone do not pay for a case audit. Open: a certain tier far outside the range (Berry 1984: no BPH before 30) measured on real coding, or the card's history (a 19-year-old's other claims) as evidence",
  // red team, fifth round (round5.ts, written without reading the detectors; outcomes from the
  // round's own run of 2026-12-06 17:23, 14 of 30 hold). Open work:
  'RT-CLONE-51':
    "one appendectomy bill copied across two hospitals of one owner: 5 of 6 flagged CLONING and in a case; the first copy at the second hospital is not (p 0.13). The contract has no owner: only shared doctors, distance and identical bills link an owner's hospitals, and clones are compared within one facility and the other hospitals of its regency",
  'RT-CLONE-53':
    'copies rescaled by the care-class tariff ratio (the same bill in proportion): the 3 class-1/2 copies not flagged, p 0.08-0.12. Bills are compared as amounts, not as shares of the bill',
  'RT-UPCODE-52':
    'gastroenteritis coded as gastrointestinal bleeding with no endoscopy, blood or transfusion: not flagged, p 0.06-0.15. A diagnosis raised to a better-paid group is not checked against what it needs',
  'RT-UPCODE-53':
    'bronchitis coded as pneumonia with no chest X-ray or radiology billed: not flagged, p 0.06-0.16. Same gap as RT-UPCODE-52',
  'RT-INFLATED-51':
    'ICU fee billed with no ICU indicator and 0 ICU days: flagged only PROLONGED_LOS (stays_past_norm_at_provider) and in that case, p 0.33-0.60. The intensive-care component is not read against icu_indikator / icu_los',
  'RT-NM-PSYCH-51':
    'acute psychosis stays of 21-32 days at a mental hospital, care billed every day: all 6 in a PROLONGED_LOS case (los_above_norm, stays above the p90), p 0.27-0.64. Specialty hospitals are compared with general ones',
  'RT-NM-ANTIVENOM-51':
    'antivenom for snakebite: all 5 in an INFLATED_BILL case (drug_device_outlier), p 0.13-0.32. Drug outliers are judged within the CBG (other poisonings), not against the drug the diagnosis needs',
});
