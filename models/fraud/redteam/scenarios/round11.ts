// Red team, eleventh round (issue 11): written blind from DOMAIN.md, SCHEMA.md (up to the ground
// truth) and the reference lists only, without reading the detectors, features, models or the
// generator. Eight UPCODING schemes as coders really raise severity, three of them at hospitals
// with one to three such stays among many honest ones: a pleural effusion read off one X-ray, a
// pulmonary oedema coded beside the heart failure it belongs to, febrile convulsions coded as
// meningitis without a lumbar puncture, malnutrition on the elderly by a new coder, a catheter's
// urine coded as infection on strokes, cardiogenic shock on ward infarctions, haematemesis on
// cirrhosis never scoped, and one coder's raised typhoid stays split over two logins. Every other
// type once: an infarction split at the ICU door into two SEPs a day apart, an internist under two
// doctor ids referring between his two hospitals, one person's stay billed on his two cards,
// plantation workers' copies of one bill a weekday later each time, family-card members billed
// beside the child really seen, four specialists' daily visits on every elderly stay, a prostate
// resection billed on men still catheterised, mild hyperemesis admitted, ventilations recorded at
// 97 hours exactly among an honest spread, pyelonephritis sent home early and returned through the
// puskesmas, health workers' tuberculosis paid by JKK and billed to JKN, fathers' cataracts on their
// sons' cards, grandmothers billed at the family's class 1, malaria held past its course. PROLONGED_LOS
// has one fraud scenario and two long honest stays (30 scenarios cannot hold 8 UPCODING, 3 LOS
// frauds, the other 13 types and 8 near misses). The near misses are honest twins and long or
// severe stays: leukaemia induction, tuberculous meningitis, infarction in true shock, bacterial
// meningitis, clot retention after a prostate resection, a physiotherapy session price, a household
// with hepatitis A, twins admitted together.
import type { Scenario } from '../types.js';
import abuseFatherCataractOnSonCard from './r11-abuse-father-cataract-on-son-card.js';
import cancelTurpStillCatheterised from './r11-cancel-turp-still-catheterised.js';
import clonePlantationWorkersOneBill from './r11-clone-plantation-workers-one-bill.js';
import cobHealthWorkersTbPak from './r11-cob-health-workers-tb-pak.js';
import inflatedDailyVisitsByFourSpecialists from './r11-inflated-daily-visits-by-four-specialists.js';
import losMalariaHeldAfterCourse from './r11-los-malaria-held-after-course.js';
import nearMissBacterialMeningitisChildren from './r11-near-miss-bacterial-meningitis-children.js';
import nearMissClotRetentionAfterTurp from './r11-near-miss-clot-retention-after-turp.js';
import nearMissHouseholdHepatitisA from './r11-near-miss-household-hepatitis-a.js';
import nearMissInfarctionTrueShock from './r11-near-miss-infarction-true-shock.js';
import nearMissLeukaemiaInductionMonth from './r11-near-miss-leukaemia-induction-month.js';
import nearMissPhysiotherapySessionPrice from './r11-near-miss-physiotherapy-session-price.js';
import nearMissTuberculousMeningitisWeeks from './r11-near-miss-tuberculous-meningitis-weeks.js';
import nearMissTwinsDengueTogether from './r11-near-miss-twins-dengue-together.js';
import phantomFamilyCardVisits from './r11-phantom-family-card-visits.js';
import readmitPyelonephritisViaPuskesmas from './r11-readmit-pyelonephritis-via-puskesmas.js';
import repeatSameStaySecondCard from './r11-repeat-same-stay-second-card.js';
import roomGrandmotherBilledFamilyClass from './r11-room-grandmother-billed-family-class.js';
import selfrefInternistUnderTwoIds from './r11-selfref-internist-under-two-ids.js';
import unbundIcuThenWardNextDay from './r11-unbund-icu-then-ward-next-day.js';
import unnecMildHyperemesisAdmitted from './r11-unnec-mild-hyperemesis-admitted.js';
import upcodeCatheterUrineCodedUti from './r11-upcode-catheter-urine-coded-uti.js';
import upcodeCirrhosisBleedNeverScoped from './r11-upcode-cirrhosis-bleed-never-scoped.js';
import upcodeElderlyMalnutritionCoded from './r11-upcode-elderly-malnutrition-coded.js';
import upcodeFebrileConvulsionAsMeningitis from './r11-upcode-febrile-convulsion-as-meningitis.js';
import upcodeOnePleuralEffusionStay from './r11-upcode-one-pleural-effusion-stay.js';
import upcodePulmonaryOedemaOnHeartFailure from './r11-upcode-pulmonary-oedema-on-heart-failure.js';
import upcodeTwoLoginsOneCoder from './r11-upcode-two-logins-one-coder.js';
import upcodeWardInfarctionCardiogenicShock from './r11-upcode-ward-infarction-cardiogenic-shock.js';
import ventExactlyNinetySevenHours from './r11-vent-exactly-ninety-seven-hours.js';

export const ROUND11_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseFatherCataractOnSonCard,
  cancelTurpStillCatheterised,
  clonePlantationWorkersOneBill,
  cobHealthWorkersTbPak,
  inflatedDailyVisitsByFourSpecialists,
  losMalariaHeldAfterCourse,
  phantomFamilyCardVisits,
  readmitPyelonephritisViaPuskesmas,
  repeatSameStaySecondCard,
  roomGrandmotherBilledFamilyClass,
  selfrefInternistUnderTwoIds,
  unbundIcuThenWardNextDay,
  unnecMildHyperemesisAdmitted,
  upcodeCatheterUrineCodedUti,
  upcodeCirrhosisBleedNeverScoped,
  upcodeElderlyMalnutritionCoded,
  upcodeFebrileConvulsionAsMeningitis,
  upcodeOnePleuralEffusionStay,
  upcodePulmonaryOedemaOnHeartFailure,
  upcodeTwoLoginsOneCoder,
  upcodeWardInfarctionCardiogenicShock,
  ventExactlyNinetySevenHours,
  // near misses
  nearMissBacterialMeningitisChildren,
  nearMissClotRetentionAfterTurp,
  nearMissHouseholdHepatitisA,
  nearMissInfarctionTrueShock,
  nearMissLeukaemiaInductionMonth,
  nearMissPhysiotherapySessionPrice,
  nearMissTuberculousMeningitisWeeks,
  nearMissTwinsDengueTogether,
]);
