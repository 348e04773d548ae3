// Red team, ninth round (issue 11): written from DOMAIN.md, SCHEMA.md (up to the ground truth)
// and the reference lists only, without reading the detectors or the generator. Weighted to
// upcoding as hospitals really do it: acute kidney injury never treated on urinary infections,
// shock on classical dengue (a code that excludes it), a plate fixation claimed as a hip
// replacement with its implant top-up, a hospital moving its stays to severity II (not III),
// I11.9 turned into I11.0, a post-stroke seizure coded as a new stroke, three surgeons of eight
// coding thinly, appendectomies claimed as laparotomies. Besides: ventilator hours past 96 beside
// a procedure code under 96 or a rental line of two days, hernia, tonsil and diarrhoea stays
// stretched, a sub-acute top-up on short strokes, MRI top-ups on fevers, physiotherapy on every
// operation, a caesarean bill copied with flat amounts added, a pasted discharge summary,
// own-request discharges that come back, strokes paid twice, night-time clinic visits and five
// operations in one minute. The near misses are honest care a naive rule flags: urinary sepsis in
// the elderly, long ventilation, a referral centre's mix, coders completing chronic comorbidities,
// diabetic feet, postpartum pre-eclampsia, a school's food poisoning and a new ICU.
import type { Scenario } from '../types.js';
import cloneCaesareanPlusFlatAmounts from './r9-clone-caesarean-plus-flat-amounts.js';
import cloneCopiedResumeComorbidities from './r9-clone-copied-resume-comorbidities.js';
import inflatedMriTopupOnFevers from './r9-inflated-mri-topup-on-fevers.js';
import inflatedPhysioOnEveryOperation from './r9-inflated-physio-on-every-operation.js';
import inflatedSubacuteTopupShortStroke from './r9-inflated-subacute-topup-short-stroke.js';
import losHerniaWeekClassOne from './r9-los-hernia-week-class-one.js';
import losOneInternistHoldsDiarrhoea from './r9-los-one-internist-holds-diarrhoea.js';
import losTonsilsHeldFiveDays from './r9-los-tonsils-held-five-days.js';
import nearMissCoderDocumentsChronicCare from './r9-near-miss-coder-documents-chronic-care.js';
import nearMissDiabeticFootLongStays from './r9-near-miss-diabetic-foot-long-stays.js';
import nearMissNewIcuOpens from './r9-near-miss-new-icu-opens.js';
import nearMissPostpartumPreeclampsiaReturn from './r9-near-miss-postpartum-preeclampsia-return.js';
import nearMissReferralCentreSevereMix from './r9-near-miss-referral-centre-severe-mix.js';
import nearMissSchoolFoodPoisoning from './r9-near-miss-school-food-poisoning.js';
import nearMissUrosepsisElderly from './r9-near-miss-urosepsis-elderly.js';
import nearMissVentilatedRespiratoryFailure from './r9-near-miss-ventilated-respiratory-failure.js';
import phantomClinicVisitsAtNight from './r9-phantom-clinic-visits-at-night.js';
import phantomFiveOperationsOneMinute from './r9-phantom-five-operations-one-minute.js';
import readmitOwnRequestThenBack from './r9-readmit-own-request-then-back.js';
import readmitStrokeBilledTwice from './r9-readmit-stroke-billed-twice.js';
import upcodeAppendixAsLaparotomy from './r9-upcode-appendix-as-laparotomy.js';
import upcodeDengueFeverWithShock from './r9-upcode-dengue-fever-with-shock.js';
import upcodeHypertensiveHeartFourthDigit from './r9-upcode-hypertensive-heart-fourth-digit.js';
import upcodePlateCodedAsHipReplacement from './r9-upcode-plate-coded-as-hip-replacement.js';
import upcodeSeizureAsNewStroke from './r9-upcode-seizure-as-new-stroke.js';
import upcodeSeverityTwoFromMarch from './r9-upcode-severity-two-from-march.js';
import upcodeThreeSurgeonsOfEight from './r9-upcode-three-surgeons-of-eight.js';
import upcodeUtiKidneyInjuryUntreated from './r9-upcode-uti-kidney-injury-untreated.js';
import ventHoursPast96CodeUnder96 from './r9-vent-hours-past-96-code-under-96.js';
import ventRentalLineTwoDays from './r9-vent-rental-line-two-days.js';

export const ROUND9_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  cloneCaesareanPlusFlatAmounts,
  cloneCopiedResumeComorbidities,
  inflatedMriTopupOnFevers,
  inflatedPhysioOnEveryOperation,
  inflatedSubacuteTopupShortStroke,
  losHerniaWeekClassOne,
  losOneInternistHoldsDiarrhoea,
  losTonsilsHeldFiveDays,
  phantomClinicVisitsAtNight,
  phantomFiveOperationsOneMinute,
  readmitOwnRequestThenBack,
  readmitStrokeBilledTwice,
  upcodeAppendixAsLaparotomy,
  upcodeDengueFeverWithShock,
  upcodeHypertensiveHeartFourthDigit,
  upcodePlateCodedAsHipReplacement,
  upcodeSeizureAsNewStroke,
  upcodeSeverityTwoFromMarch,
  upcodeThreeSurgeonsOfEight,
  upcodeUtiKidneyInjuryUntreated,
  ventHoursPast96CodeUnder96,
  ventRentalLineTwoDays,
  // near misses
  nearMissCoderDocumentsChronicCare,
  nearMissDiabeticFootLongStays,
  nearMissNewIcuOpens,
  nearMissPostpartumPreeclampsiaReturn,
  nearMissReferralCentreSevereMix,
  nearMissSchoolFoodPoisoning,
  nearMissUrosepsisElderly,
  nearMissVentilatedRespiratoryFailure,
]);
