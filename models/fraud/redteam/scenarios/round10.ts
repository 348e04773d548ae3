// Red team, tenth round (issue 11): written blind from DOMAIN.md, SCHEMA.md (up to the ground
// truth) and the reference lists only, without reading the detectors, features, models or the
// generator. Seven UPCODING schemes as coders really raise severity: thrombocytopenia coded on
// dengue and hemiplegia on stroke (signs of the disease itself, which the coding agreement keeps
// off), manual cataract surgery coded as phaco for its top-up, a bedside abscess drainage coded as
// excisional debridement, hypokalaemia with its infusion code on a third of COPD stays spread over
// four coders, heart failure sequenced before the pneumonia treated, severe pre-eclampsia on
// normotensive caesareans. Every other type once (phantom twice): a visiting internist's cloned
// bills priced by class, cataracts billed on eyes already operated, a stay on paper while P-Care
// sees the patient at home, reused dialysers billed new, dialysis billed beside the stay that pays
// it, internal referrals that open a SEP a clinic, an evening dialysis copied to the next day,
// tuberculosis held for a culture, class 1 billed from the class-3 ward, a hernia "repaired" and
// sent home within the hour, day-case endoscopies admitted, ventilator hours carried over a
// transfer, elderly diarrhoea sent home early and readmitted through the emergency room, a work
// wound billed to JKN as cellulitis, a daughter's delivery on her 51-55-year-old mother's card.
// The near misses are their honest twins: true pre-eclampsia, a clinic visit then an admission the
// same night, the second eye at another hospital, complicated tuberculosis, ventilation split by a
// transfer, day-case hernias, single-use dialysers for hepatitis B and HIV, bleeding ulcers scoped.
import type { Scenario } from '../types.js';
import abuseOlderMotherCardForDaughter from './r10-abuse-older-mother-card-for-daughter.js';
import cancelHerniaHomeAfterSlot from './r10-cancel-hernia-home-after-slot.js';
import cloneVisitingInternistRoomByClass from './r10-clone-visiting-internist-room-by-class.js';
import cobWorkWoundCodedAsCellulitis from './r10-cob-work-wound-coded-as-cellulitis.js';
import inflatedDialyserReuseBilledNew from './r10-inflated-dialyser-reuse-billed-new.js';
import losTuberculosisWaitingResults from './r10-los-tuberculosis-waiting-results.js';
import nearMissBleedingEndoscopyAdmissions from './r10-near-miss-bleeding-endoscopy-admissions.js';
import nearMissCaesareanTruePreeclampsia from './r10-near-miss-caesarean-true-preeclampsia.js';
import nearMissClinicThenEmergencySameDay from './r10-near-miss-clinic-then-emergency-same-day.js';
import nearMissComplicatedTuberculosisLong from './r10-near-miss-complicated-tuberculosis-long.js';
import nearMissDayCaseHernia from './r10-near-miss-day-case-hernia.js';
import nearMissSecondEyeOtherHospital from './r10-near-miss-second-eye-other-hospital.js';
import nearMissSingleUseDialysers from './r10-near-miss-single-use-dialysers.js';
import nearMissVentilationSplitByTransfer from './r10-near-miss-ventilation-split-by-transfer.js';
import phantomCataractAfterBothEyes from './r10-phantom-cataract-after-both-eyes.js';
import phantomPaperStayPatientAtPuskesmas from './r10-phantom-paper-stay-patient-at-puskesmas.js';
import readmitElderlyDiarrhoeaNightReturn from './r10-readmit-elderly-diarrhoea-night-return.js';
import repeatDialysisNextDayCopy from './r10-repeat-dialysis-next-day-copy.js';
import roomClassOneBilledWardThree from './r10-room-class-one-billed-ward-three.js';
import selfrefInternalReferralClinicHopping from './r10-selfref-internal-referral-clinic-hopping.js';
import unbundDialysisBilledBesideStay from './r10-unbund-dialysis-billed-beside-stay.js';
import unnecEndoscopyAdmissions from './r10-unnec-endoscopy-admissions.js';
import upcodeBedsideDrainageAsDebridement from './r10-upcode-bedside-drainage-as-debridement.js';
import upcodeCaesareanSeverePreeclampsia from './r10-upcode-caesarean-severe-preeclampsia.js';
import upcodeCopdHypokalaemiaThin from './r10-upcode-copd-hypokalaemia-thin.js';
import upcodeDengueThrombocytopeniaCoded from './r10-upcode-dengue-thrombocytopenia-coded.js';
import upcodePneumoniaHeartFailureFirst from './r10-upcode-pneumonia-heart-failure-first.js';
import upcodeSicsCodedAsPhaco from './r10-upcode-sics-coded-as-phaco.js';
import upcodeStrokeHemiplegiaCoded from './r10-upcode-stroke-hemiplegia-coded.js';
import ventTransferHoursCarriedOver from './r10-vent-transfer-hours-carried-over.js';

export const ROUND10_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseOlderMotherCardForDaughter,
  cancelHerniaHomeAfterSlot,
  cloneVisitingInternistRoomByClass,
  cobWorkWoundCodedAsCellulitis,
  inflatedDialyserReuseBilledNew,
  losTuberculosisWaitingResults,
  phantomCataractAfterBothEyes,
  phantomPaperStayPatientAtPuskesmas,
  readmitElderlyDiarrhoeaNightReturn,
  repeatDialysisNextDayCopy,
  roomClassOneBilledWardThree,
  selfrefInternalReferralClinicHopping,
  unbundDialysisBilledBesideStay,
  unnecEndoscopyAdmissions,
  upcodeBedsideDrainageAsDebridement,
  upcodeCaesareanSeverePreeclampsia,
  upcodeCopdHypokalaemiaThin,
  upcodeDengueThrombocytopeniaCoded,
  upcodePneumoniaHeartFailureFirst,
  upcodeSicsCodedAsPhaco,
  upcodeStrokeHemiplegiaCoded,
  ventTransferHoursCarriedOver,
  // near misses
  nearMissBleedingEndoscopyAdmissions,
  nearMissCaesareanTruePreeclampsia,
  nearMissClinicThenEmergencySameDay,
  nearMissComplicatedTuberculosisLong,
  nearMissDayCaseHernia,
  nearMissSecondEyeOtherHospital,
  nearMissSingleUseDialysers,
  nearMissVentilationSplitByTransfer,
]);
