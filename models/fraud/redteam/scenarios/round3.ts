// Red team, third round (issue 11): scenarios written from DOMAIN.md, SCHEMA.md and the
// reference lists only, for variants the first two rounds do not cover and, but for two, the
// generator's planted variants neither. Part of SCENARIOS (scenarios/index.ts).
import type { Scenario } from '../types.js';
import abuseProstateOnSonCard from './r3-abuse-prostate-on-son-card.js';
import cancelPlateNeverFitted from './r3-cancel-plate-never-fitted.js';
import cloneCardiacOutpatient from './r3-clone-cardiac-outpatient.js';
import cobElectrocutionNextDay from './r3-cob-electrocution-next-day.js';
import cobJkkInjuryPhysioBilledToJkn from './r3-cob-jkk-injury-physio-billed-to-jkn.js';
import inflatedChemoDrugTopup from './r3-inflated-chemo-drug-topup.js';
import losAppendectomyWeek from './r3-los-appendectomy-week.js';
import nearMissAgeSexEdges from './r3-near-miss-age-sex-edges.js';
import nearMissCareOnDayOfDeath from './r3-near-miss-care-on-day-of-death.js';
import nearMissDengueSiblings from './r3-near-miss-dengue-siblings.js';
import nearMissHolidayBusCrash from './r3-near-miss-holiday-bus-crash.js';
import nearMissKkSickLeavePneumonia from './r3-near-miss-kk-sick-leave-pneumonia.js';
import nearMissLeukaemiaProtocol from './r3-near-miss-leukaemia-protocol.js';
import nearMissMedevacSameDay from './r3-near-miss-medevac-same-day.js';
import nearMissWardFullOneClassUp from './r3-near-miss-ward-full-one-class-up.js';
import phantomOverlapSameCity from './r3-phantom-overlap-same-city.js';
import phantomStaySpansDeath from './r3-phantom-stay-spans-death.js';
import readmissionAsthmaPastSevenDays from './r3-readmission-asthma-past-seven-days.js';
import repeatDuplicateCard from './r3-repeat-duplicate-card.js';
import repeatSameEyeTwice from './r3-repeat-same-eye-twice.js';
import roomUpgradePaidAndBilled from './r3-room-upgrade-paid-and-billed.js';
import selfrefDoctorRefersToHimself from './r3-selfref-doctor-refers-to-himself.js';
import unbundlingRuptureThenCaesarean from './r3-unbundling-rupture-then-caesarean.js';
import unnecessaryCaesareanWithoutIndication from './r3-unnecessary-caesarean-without-indication.js';
import unnecessaryChildFeverOneDay from './r3-unnecessary-child-fever-one-day.js';
import upcodeDeliveryHaemorrhage from './r3-upcode-delivery-haemorrhage.js';
import ventilatorHoursExceedStay from './r3-ventilator-hours-exceed-stay.js';
import ventilatorWithoutIcuOrAirway from './r3-ventilator-without-icu-or-airway.js';

export const ROUND3_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseProstateOnSonCard,
  cancelPlateNeverFitted,
  cloneCardiacOutpatient,
  cobElectrocutionNextDay,
  cobJkkInjuryPhysioBilledToJkn,
  inflatedChemoDrugTopup,
  losAppendectomyWeek,
  phantomOverlapSameCity,
  phantomStaySpansDeath,
  readmissionAsthmaPastSevenDays,
  repeatDuplicateCard,
  repeatSameEyeTwice,
  roomUpgradePaidAndBilled,
  selfrefDoctorRefersToHimself,
  unbundlingRuptureThenCaesarean,
  unnecessaryCaesareanWithoutIndication,
  unnecessaryChildFeverOneDay,
  upcodeDeliveryHaemorrhage,
  ventilatorWithoutIcuOrAirway,
  // near misses
  nearMissAgeSexEdges,
  nearMissCareOnDayOfDeath,
  nearMissDengueSiblings,
  nearMissHolidayBusCrash,
  nearMissKkSickLeavePneumonia,
  nearMissLeukaemiaProtocol,
  nearMissMedevacSameDay,
  nearMissWardFullOneClassUp,
]);

/**
 * Impossible ventilator hours (more than the stay's dates allow): ingestion quarantines these
 * claims (reason hours_exceed_stay), so they never reach scoring and the suite's "every row
 * ingested" check fails. Parked until the team decides whether such a claim loads with a
 * certain VENTILATOR hit instead (issue 11 closing note).
 */
export const ROUND3_PARKED: readonly Scenario[] = Object.freeze([ventilatorHoursExceedStay]);
