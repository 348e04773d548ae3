// Red team, twelfth round (issue 11): written blind from DOMAIN.md, SCHEMA.md (up to the ground
// truth) and the reference lists only, without reading the detectors, features, models or the
// generator. Every type at least once and UPCODING three times, each scheme at a new hospital in a
// regency no earlier round used (mostly WITA and WIT provinces), most of them small (one to four
// fraudulent claims among many honest ones at the same hospital) and moved off the obvious signal:
// dengue coded as shock, a normal delivery coded as haemorrhage and typhoid with hypokalaemia never
// infused; COPD bills copied a day or two later; dialysis billed after deaths known only to the
// civil registry and JKM; a cataract list billed at the surgeon's second hospital in the hours of
// his real one; an open appendix billed with a laparoscopic kit; a clinic visit billed beside the
// admission it led to, and dialysis sessions billed inside a stay; a surgeon's gallstone night at
// his class D hospital before his own theatre at the class B; stays billed again with the dates a
// day later, and chemotherapy billed again under a sister facility code; pneumonia kept over a
// weekend to nine days; PBI members billed class 2 with no upgrade record; a cholecystectomy billed
// for patients sent home unfit; dyspepsia admitted for one night; neonates ventilated just past 96
// hours; heart failure readmitted eight to eleven days later; smelter burns billed to JKN the day
// after e-PLKK took them, and mine fractures never reported; mothers-in-law of 51-53 on caesarean
// claims (family card); insulin from two hospitals. The near misses are honest twins: dengue shock,
// a transfused haemorrhage, dialysis then pneumonia the same day, workers' Sunday injuries, deaths
// before midnight discharged after it, a Lebaran refill, diabetic feet for weeks, asthma overnight.
import type { Scenario } from '../types.js';
import abuseInsulinFromTwoHospitals from './r12-abuse-insulin-from-two-hospitals.js';
import abuseMotherInLawCardCaesarean from './r12-abuse-mother-in-law-card-caesarean.js';
import cancelCholecystectomySentHomeUnfit from './r12-cancel-cholecystectomy-sent-home-unfit.js';
import cloneCopdBillADayLater from './r12-clone-copd-bill-a-day-later.js';
import cobMineFracturesNeverReported from './r12-cob-mine-fractures-never-reported.js';
import cobSmelterBurnsSecondSepNextDay from './r12-cob-smelter-burns-second-sep-next-day.js';
import inflatedOpenAppendixLaparoscopicKit from './r12-inflated-open-appendix-laparoscopic-kit.js';
import losPneumoniaKeptOverWeekend from './r12-los-pneumonia-kept-over-weekend.js';
import nearMissAsthmaAttackOvernight from './r12-near-miss-asthma-attack-overnight.js';
import nearMissDeathAfterMidnight from './r12-near-miss-death-after-midnight.js';
import nearMissDengueShockChildren from './r12-near-miss-dengue-shock-children.js';
import nearMissDiabeticFootWeeks from './r12-near-miss-diabetic-foot-weeks.js';
import nearMissDialysisThenPneumoniaSameDay from './r12-near-miss-dialysis-then-pneumonia-same-day.js';
import nearMissHaemorrhageTransfused from './r12-near-miss-haemorrhage-transfused.js';
import nearMissRefillBeforeLebaran from './r12-near-miss-refill-before-lebaran.js';
import nearMissWorkersSundayInjuries from './r12-near-miss-workers-sunday-injuries.js';
import phantomCataractListAtSisterHospital from './r12-phantom-cataract-list-at-sister-hospital.js';
import phantomDialysisAfterHomeDeath from './r12-phantom-dialysis-after-home-death.js';
import readmitHeartFailureAfterEightDays from './r12-readmit-heart-failure-after-eight-days.js';
import repeatChemoAtSisterCode from './r12-repeat-chemo-at-sister-code.js';
import repeatResubmittedADayLater from './r12-repeat-resubmitted-a-day-later.js';
import roomPbiBilledClassTwoQuietly from './r12-room-pbi-billed-class-two-quietly.js';
import selfrefGallstoneNightThenOwnTheatre from './r12-selfref-gallstone-night-then-own-theatre.js';
import unbundClinicVisitBeforeAdmission from './r12-unbund-clinic-visit-before-admission.js';
import unbundDialysisDuringStay from './r12-unbund-dialysis-during-stay.js';
import unnecDyspepsiaOneNight from './r12-unnec-dyspepsia-one-night.js';
import upcodeDeliveryCodedHaemorrhage from './r12-upcode-delivery-coded-haemorrhage.js';
import upcodeDengueCodedShock from './r12-upcode-dengue-coded-shock.js';
import upcodeTyphoidHypokalaemiaUnfed from './r12-upcode-typhoid-hypokalaemia-unfed.js';
import ventNeonatesJustPastNinetySix from './r12-vent-neonates-just-past-ninety-six.js';

export const ROUND12_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseInsulinFromTwoHospitals,
  abuseMotherInLawCardCaesarean,
  cancelCholecystectomySentHomeUnfit,
  cloneCopdBillADayLater,
  cobMineFracturesNeverReported,
  cobSmelterBurnsSecondSepNextDay,
  inflatedOpenAppendixLaparoscopicKit,
  losPneumoniaKeptOverWeekend,
  phantomCataractListAtSisterHospital,
  phantomDialysisAfterHomeDeath,
  readmitHeartFailureAfterEightDays,
  repeatChemoAtSisterCode,
  repeatResubmittedADayLater,
  roomPbiBilledClassTwoQuietly,
  selfrefGallstoneNightThenOwnTheatre,
  unbundClinicVisitBeforeAdmission,
  unbundDialysisDuringStay,
  unnecDyspepsiaOneNight,
  upcodeDeliveryCodedHaemorrhage,
  upcodeDengueCodedShock,
  upcodeTyphoidHypokalaemiaUnfed,
  ventNeonatesJustPastNinetySix,
  // near misses
  nearMissAsthmaAttackOvernight,
  nearMissDeathAfterMidnight,
  nearMissDengueShockChildren,
  nearMissDiabeticFootWeeks,
  nearMissDialysisThenPneumoniaSameDay,
  nearMissHaemorrhageTransfused,
  nearMissRefillBeforeLebaran,
  nearMissWorkersSundayInjuries,
]);
