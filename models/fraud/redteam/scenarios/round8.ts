// Red team, eighth round (issue 11): written from DOMAIN.md, SCHEMA.md (up to the ground truth)
// and the reference lists only, without reading the detectors or the generator. Weighted to
// upcoding as hospitals really do it: one added complication lifting severity I to III, a
// chronic comorbidity the card's record never shows, a hospital whose mix jumps with a new coder
// and stays high, an infarction coded as a haemorrhage, a fourth-digit swap to a complicated
// diabetes, respiratory failure on two-day asthma stays, and a thin spread over twelve doctors.
// Besides: idle fortnights after a stroke, delivery and cellulitis stays stretched, bills copied
// across groups, across unrelated newborns and for heart attacks, laboratory, device and drug
// lines inflated, heart failure's revolving door, typhoid sent home too early, a paid operation
// resubmitted under a new SEP, controls billed after a death only JKM recorded, a colic stay
// split from its cholecystectomy, and PBI members billed class 2. The near misses are honest care
// a naive rule flags: a flood's sepsis wave, a dialysis unit's overload admissions, a teaching
// hospital's case mix, a coder who stops under-coding, a chemotherapy package, twins, a dengue
// epidemic's shocked cases and a referral hospital's rehabilitation stays.
import type { Scenario } from '../types.js';
import cloneFeverPackageAnyDiagnosis from './r8-clone-fever-package-any-diagnosis.js';
import cloneHeartAttackTemplate from './r8-clone-heart-attack-template.js';
import cloneJaundiceNewborns from './r8-clone-jaundice-newborns.js';
import inflatedCopdBrandInhalers from './r8-inflated-copd-brand-inhalers.js';
import inflatedDengueLaboratory from './r8-inflated-dengue-laboratory.js';
import inflatedProstateDevices from './r8-inflated-prostate-devices.js';
import losCellulitisTwoWeeks from './r8-los-cellulitis-two-weeks.js';
import losDeliveryHeldFiveDays from './r8-los-delivery-held-five-days.js';
import losStrokeIdleFortnight from './r8-los-stroke-idle-fortnight.js';
import nearMissChemoDayPackage from './r8-near-miss-chemo-day-package.js';
import nearMissCoderCorrectsUndercoding from './r8-near-miss-coder-corrects-undercoding.js';
import nearMissDialysisUnitOverload from './r8-near-miss-dialysis-unit-overload.js';
import nearMissFloodSepsisIcu from './r8-near-miss-flood-sepsis-icu.js';
import nearMissReferralRehabilitationStays from './r8-near-miss-referral-rehabilitation-stays.js';
import nearMissSevereDengueWave from './r8-near-miss-severe-dengue-wave.js';
import nearMissTeachingHospitalCaseMix from './r8-near-miss-teaching-hospital-case-mix.js';
import nearMissTwinsSameBill from './r8-near-miss-twins-same-bill.js';
import phantomControlsAfterJkmDeath from './r8-phantom-controls-after-jkm-death.js';
import readmitHeartFailureRevolvingDoor from './r8-readmit-heart-failure-revolving-door.js';
import readmitTyphoidShortCourse from './r8-readmit-typhoid-short-course.js';
import repeatResubmittedUnderNewSep from './r8-repeat-resubmitted-under-new-sep.js';
import roomPbiBilledClassTwo from './r8-room-pbi-billed-class-two.js';
import unbundColicStayBeforeCholecystectomy from './r8-unbund-colic-stay-before-cholecystectomy.js';
import upcodeDiabetesFourthDigit from './r8-upcode-diabetes-fourth-digit.js';
import upcodeHeartFailureOnlyOnTheStay from './r8-upcode-heart-failure-only-on-the-stay.js';
import upcodeInfarctAsHaemorrhage from './r8-upcode-infarct-as-haemorrhage.js';
import upcodeNewCoderMixJump from './r8-upcode-new-coder-mix-jump.js';
import upcodeOneElectrolyteCode from './r8-upcode-one-electrolyte-code.js';
import upcodeRespiratoryFailureTwoDays from './r8-upcode-respiratory-failure-two-days.js';
import upcodeThinAcrossDoctors from './r8-upcode-thin-across-doctors.js';

export const ROUND8_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  cloneFeverPackageAnyDiagnosis,
  cloneHeartAttackTemplate,
  cloneJaundiceNewborns,
  inflatedCopdBrandInhalers,
  inflatedDengueLaboratory,
  inflatedProstateDevices,
  losCellulitisTwoWeeks,
  losDeliveryHeldFiveDays,
  losStrokeIdleFortnight,
  phantomControlsAfterJkmDeath,
  readmitHeartFailureRevolvingDoor,
  readmitTyphoidShortCourse,
  repeatResubmittedUnderNewSep,
  roomPbiBilledClassTwo,
  unbundColicStayBeforeCholecystectomy,
  upcodeDiabetesFourthDigit,
  upcodeHeartFailureOnlyOnTheStay,
  upcodeInfarctAsHaemorrhage,
  upcodeNewCoderMixJump,
  upcodeOneElectrolyteCode,
  upcodeRespiratoryFailureTwoDays,
  upcodeThinAcrossDoctors,
  // near misses
  nearMissChemoDayPackage,
  nearMissCoderCorrectsUndercoding,
  nearMissDialysisUnitOverload,
  nearMissFloodSepsisIcu,
  nearMissReferralRehabilitationStays,
  nearMissSevereDengueWave,
  nearMissTeachingHospitalCaseMix,
  nearMissTwinsSameBill,
]);
