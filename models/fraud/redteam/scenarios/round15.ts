// Red team, fifteenth round (issue 11): written blind from DOMAIN.md, SCHEMA.md (up to the ground
// truth), the reference lists and the red-team harness only, without reading the detectors,
// features, models or the generator. Every type at least once, INFLATED_BILL and UPCODING three
// times each, PROLONGED_LOS, CLONING and PHANTOM_BILLING twice, eight near misses; each scheme at a
// new hospital in a regency no earlier round used, this time in Aceh (Meulaboh, Kutacane, Idi
// Rayeuk, Takengon, Tapaktuan, Blangpidie, Karang Baru), North Sumatra's interior (Tarutung,
// Sidikalang, Dolok Sanggul, Panyabungan), Jambi (Kerinci, Bangko, Muara Bulian, Muara Tebo),
// Bengkulu (Manna, Arga Makmur, Kepahiang), Lampung (Kotabumi, Liwa, Kota Agung, Pringsewu, Krui),
// Bangka Belitung (Tanjung Pandan, Muntok, Toboali), the Riau Islands (Ranai, Tarempa, Bintan),
// Pangandaran and Bangli (every regency of Banten and Nusa Tenggara Barat was already used). Schemes
// are small (three to six fraudulent claims among fourteen to twenty honest ones at the same
// hospital) and moved off the obvious signal: a complication coded that the bill does not show
// (pancreatitis on planned cholecystectomies, obstruction on a planned hernia list, uterine inertia
// on ordinary deliveries); a typhoid bill copied with only the room line prorated, a fracture bill
// copied with flat rupiah offsets; diabetic stays invented while the card collected its PRB tablets
// at its puskesmas, evening emergency visits on the cards of island schoolchildren immunised that day
// 400 km away; a coblation wand never stocked, a second cement-and-lavage kit on knee replacements,
// census bed-days on pneumonia bills; both sides of a hernia billed as two stays; dengue kept one
// night and sent to the owner's other hospital under the same internist; appendectomies resubmitted
// after a returned claim; diabetics and small infarcts held long on the room line alone; class 1
// billed with an upgrade no one paid; a curettage coded after a complete miscarriage; hives admitted;
// high-flow oxygen counted as invasive ventilation past 96 hours; children's pneumonia sent home early
// and readmitted as bronchitis; noise deafness accepted by JKK and billed to JKN; COPD on the cards of
// sons just under forty. The near misses are honest look-alikes: spinal tuberculosis held for weeks
// with its imaging and physiotherapy, hip fractures with treated heart failure, staged burn
// debridements, ferry passengers seen on both sides of the Bangka strait the same day, surfactant
// for preterm babies, snakebite observed twenty-four hours, femur fractures shipped from Anambas to
// Bintan, holiday wrist fractures of wage earners.
// 17 of 30 held when written (2026-12-07, SCENARIOS and round 15 in one run, two runs agreeing):
// six of the eight near misses and eleven of the 22 schemes; missed were RT-CANCEL-151, RT-CLONE-151
// (one claim of four), RT-CLONE-152, RT-INFLATED-152, RT-INFLATED-153, RT-LOS-151 (one claim of four),
// RT-PHANTOM-151, RT-PHANTOM-152, RT-READMIT-151, RT-UNNEC-151 and RT-UPCODE-153 (one claim of four);
// RT-NM-READMIT-151 and RT-NM-UNNEC-151 were put in a case. With round 15 added, RT-NM-TBLONG-105
// and RT-NM-EFFUSION-141 were put in a case too (held without it).
import type { Scenario } from '../types.js';
import abuseCopdOnSonsCards from './r15-abuse-copd-on-sons-cards.js';
import cancelCurettageAfterCompleteAbortion from './r15-cancel-curettage-after-complete-abortion.js';
import cloneFractureBillFlatRupiahOffsets from './r15-clone-fracture-bill-flat-rupiah-offsets.js';
import cloneTyphoidBillRoomLineOnly from './r15-clone-typhoid-bill-room-line-only.js';
import cobMillWorkersNoiseDeafnessPak from './r15-cob-mill-workers-noise-deafness-pak.js';
import inflatedKneeReplacementDoubleConsumables from './r15-inflated-knee-replacement-double-consumables.js';
import inflatedPneumoniaRoomDaysBeyondStay from './r15-inflated-pneumonia-room-days-beyond-stay.js';
import inflatedTonsillectomyCoblationWand from './r15-inflated-tonsillectomy-coblation-wand.js';
import losDiabetesHeldForGlucose from './r15-los-diabetes-held-for-glucose.js';
import losInfarctionHeldAtClassC from './r15-los-infarction-held-at-class-c.js';
import nearMissBurnStagedDebridement from './r15-near-miss-burn-staged-debridement.js';
import nearMissFerryPassengersTwoPlaces from './r15-near-miss-ferry-passengers-two-places.js';
import nearMissHipFractureHeartFailureTreated from './r15-near-miss-hip-fracture-heart-failure-treated.js';
import nearMissHolidayFallsCivilServants from './r15-near-miss-holiday-falls-civil-servants.js';
import nearMissIslandFracturesSentByBoat from './r15-near-miss-island-fractures-sent-by-boat.js';
import nearMissPretermSurfactant from './r15-near-miss-preterm-surfactant.js';
import nearMissSnakebiteObservedADay from './r15-near-miss-snakebite-observed-a-day.js';
import nearMissSpinalTuberculosisLong from './r15-near-miss-spinal-tuberculosis-long.js';
import phantomDiabetesStaysPrbCollected from './r15-phantom-diabetes-stays-prb-collected.js';
import phantomNightIgdIslandChildren from './r15-phantom-night-igd-island-children.js';
import readmitChildPneumoniaBackAsBronchitis from './r15-readmit-child-pneumonia-back-as-bronchitis.js';
import repeatAppendectomyResubmittedAfterReturn from './r15-repeat-appendectomy-resubmitted-after-return.js';
import roomClassOneNoPayer from './r15-room-class-one-no-payer.js';
import selfrefDengueNightThenSisterHospital from './r15-selfref-dengue-night-then-sister-hospital.js';
import unbundBilateralHerniaTwoSeps from './r15-unbund-bilateral-hernia-two-seps.js';
import unnecUrticariaOneOrTwoNights from './r15-unnec-urticaria-one-or-two-nights.js';
import upcodeCholecystectomyPancreatitisCoded from './r15-upcode-cholecystectomy-pancreatitis-coded.js';
import upcodeDeliveryUterineInertiaCoded from './r15-upcode-delivery-uterine-inertia-coded.js';
import upcodeElectiveHerniaCodedObstructed from './r15-upcode-elective-hernia-coded-obstructed.js';
import ventNoninvasiveHoursCounted from './r15-vent-noninvasive-hours-counted.js';

export const ROUND15_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseCopdOnSonsCards,
  cancelCurettageAfterCompleteAbortion,
  cloneFractureBillFlatRupiahOffsets,
  cloneTyphoidBillRoomLineOnly,
  cobMillWorkersNoiseDeafnessPak,
  inflatedKneeReplacementDoubleConsumables,
  inflatedPneumoniaRoomDaysBeyondStay,
  inflatedTonsillectomyCoblationWand,
  losDiabetesHeldForGlucose,
  losInfarctionHeldAtClassC,
  phantomDiabetesStaysPrbCollected,
  phantomNightIgdIslandChildren,
  readmitChildPneumoniaBackAsBronchitis,
  repeatAppendectomyResubmittedAfterReturn,
  roomClassOneNoPayer,
  selfrefDengueNightThenSisterHospital,
  unbundBilateralHerniaTwoSeps,
  unnecUrticariaOneOrTwoNights,
  upcodeCholecystectomyPancreatitisCoded,
  upcodeDeliveryUterineInertiaCoded,
  upcodeElectiveHerniaCodedObstructed,
  ventNoninvasiveHoursCounted,
  // near misses
  nearMissBurnStagedDebridement,
  nearMissFerryPassengersTwoPlaces,
  nearMissHipFractureHeartFailureTreated,
  nearMissHolidayFallsCivilServants,
  nearMissIslandFracturesSentByBoat,
  nearMissPretermSurfactant,
  nearMissSnakebiteObservedADay,
  nearMissSpinalTuberculosisLong,
]);
