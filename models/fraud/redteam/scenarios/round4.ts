// Red team, fourth round (issue 11): scenarios written from DOMAIN.md, SCHEMA.md and the
// reference lists only, using what the first three rounds could not express: referral
// letters and the P-Care visits behind them, the doctor registry, family cards, admission,
// discharge and operation times, PRB refills. Weighted to the weakest types.
import type { Scenario } from '../types.js';
import abuseChronicDrugsWhileInPrb from './r4-abuse-chronic-drugs-while-in-prb.js';
import cancelCholecystectomyNoTheatre from './r4-cancel-cholecystectomy-no-theatre.js';
import cancelHerniaFeePastToken from './r4-cancel-hernia-fee-past-token.js';
import cloneFamilyCard from './r4-clone-family-card.js';
import cloneVariedSecondaryDiagnosis from './r4-clone-varied-secondary-diagnosis.js';
import inflatedBloodWithoutTransfusion from './r4-inflated-blood-without-transfusion.js';
import losTyphoidIdleDays from './r4-los-typhoid-idle-days.js';
import losWeekendHoldPneumonia from './r4-los-weekend-hold-pneumonia.js';
import nearMissDialysisDiabeticSeverityThree from './r4-near-miss-dialysis-diabetic-severity-three.js';
import nearMissDiedOnVentilator from './r4-near-miss-died-on-ventilator.js';
import nearMissHouseholdFoodPoisoning from './r4-near-miss-household-food-poisoning.js';
import nearMissInternalReferralSameSpecialist from './r4-near-miss-internal-referral-same-specialist.js';
import nearMissNightEmergenciesHomeNextDay from './r4-near-miss-night-emergencies-home-next-day.js';
import nearMissPuskesmasDoctorAlsoAtHospital from './r4-near-miss-puskesmas-doctor-also-at-hospital.js';
import nearMissSickNewbornSepOnRegistration from './r4-near-miss-sick-newborn-sep-on-registration.js';
import nearMissStagedKneeReplacements from './r4-near-miss-staged-knee-replacements.js';
import nearMissSurgeonFeeUnderSpecialist from './r4-near-miss-surgeon-fee-under-specialist.js';
import phantomNewbornsWithoutMothers from './r4-phantom-newborns-without-mothers.js';
import readmissionViaSisterHospital from './r4-readmission-via-sister-hospital.js';
import repeatDialysisSatelliteUnit from './r4-repeat-dialysis-satellite-unit.js';
import selfrefClinicDoctorAdmitsOwnReferrals from './r4-selfref-clinic-doctor-admits-own-referrals.js';
import selfrefReferralDatedAfterAdmission from './r4-selfref-referral-dated-after-admission.js';
import selfrefReferralWithoutVisit from './r4-selfref-referral-without-visit.js';
import unbundlingHealthyNewbornBilledApart from './r4-unbundling-healthy-newborn-billed-apart.js';
import unnecessaryChemoDayCareAdmitted from './r4-unnecessary-chemo-day-care-admitted.js';
import unnecessaryEveningIgdAdmissions from './r4-unnecessary-evening-igd-admissions.js';
import unnecessaryPrbControlAdmissions from './r4-unnecessary-prb-control-admissions.js';
import upcodeComorbidityOnlyOnAdmission from './r4-upcode-comorbidity-only-on-admission.js';
import upcodePneumoniaRespiratoryFailure from './r4-upcode-pneumonia-respiratory-failure.js';
import ventilatorWholeStayThenHome from './r4-ventilator-whole-stay-then-home.js';

export const ROUND4_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseChronicDrugsWhileInPrb,
  cancelCholecystectomyNoTheatre,
  cancelHerniaFeePastToken,
  cloneFamilyCard,
  cloneVariedSecondaryDiagnosis,
  inflatedBloodWithoutTransfusion,
  losTyphoidIdleDays,
  losWeekendHoldPneumonia,
  phantomNewbornsWithoutMothers,
  readmissionViaSisterHospital,
  repeatDialysisSatelliteUnit,
  selfrefClinicDoctorAdmitsOwnReferrals,
  selfrefReferralDatedAfterAdmission,
  selfrefReferralWithoutVisit,
  unbundlingHealthyNewbornBilledApart,
  unnecessaryChemoDayCareAdmitted,
  unnecessaryEveningIgdAdmissions,
  unnecessaryPrbControlAdmissions,
  upcodeComorbidityOnlyOnAdmission,
  upcodePneumoniaRespiratoryFailure,
  ventilatorWholeStayThenHome,
  // near misses
  nearMissDialysisDiabeticSeverityThree,
  nearMissDiedOnVentilator,
  nearMissHouseholdFoodPoisoning,
  nearMissInternalReferralSameSpecialist,
  nearMissNightEmergenciesHomeNextDay,
  nearMissPuskesmasDoctorAlsoAtHospital,
  nearMissSickNewbornSepOnRegistration,
  nearMissStagedKneeReplacements,
  nearMissSurgeonFeeUnderSpecialist,
]);
