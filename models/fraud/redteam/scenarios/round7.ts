// Red team, seventh round (issue 11): written from DOMAIN.md, SCHEMA.md (up to the ground truth)
// and the reference lists only, without reading the detectors or the generator. The schemes
// are what a billing office does once copies, severity III, week-long stays, token fees and
// injury codes are known to be watched: a primary moved within its organ system (colic as renal
// failure, hypertension as heart failure, asthma as COPD against the chronic programme's
// record), stays stretched for newborns, after a finished operation or only for class-1
// patients, copies spread a month apart over other surgeons, nudged by a few per cent or
// varied only in the drug line, operations billed in full that later history undoes (an
// appendix removed again, a pregnancy after hysterectomy), radiology and chronic drugs no code
// explains, physiotherapy billed while the patient lay elsewhere, both eyes on two SEPs,
// emergency labels instead of referrals, one stay billed under two groups, newborns billed up a
// class, tonsils removed without recurrences, neonatal ventilation bunched past 96 hours, a
// readmission recoded as sepsis, a work accident's follow-up without its injury code, and
// refills every three weeks. The near misses are honest care a naive rule flags: a subdural
// haemorrhage with its care, hips waiting for an implant flown in, a depot-injection clinic's
// price list, adhesions after an appendix, trauma CT, one paediatrician for a regency,
// recrudescent malaria.
import type { Scenario } from '../types.js';
import abuseRefillsEveryThreeWeeks from './r7-abuse-refills-every-three-weeks.js';
import cancelAppendixRemovedAgain from './r7-cancel-appendix-removed-again.js';
import cancelHysterectomyThenPregnant from './r7-cancel-hysterectomy-then-pregnant.js';
import cloneAllLinesButDrugs from './r7-clone-all-lines-but-drugs.js';
import cloneFourPercentJitter from './r7-clone-four-percent-jitter.js';
import cloneMonthlyCopiesOtherSurgeons from './r7-clone-monthly-copies-other-surgeons.js';
import cobFallCodedAsBackPain from './r7-cob-fall-coded-as-back-pain.js';
import inflatedChronicDrugsOnAcuteStays from './r7-inflated-chronic-drugs-on-acute-stays.js';
import inflatedRadiologyWithoutImaging from './r7-inflated-radiology-without-imaging.js';
import losClassOneHeartFailure from './r7-los-class-one-heart-failure.js';
import losFemurAfterFixation from './r7-los-femur-after-fixation.js';
import losNewbornJaundiceWeek from './r7-los-newborn-jaundice-week.js';
import nearMissAdhesionsAfterAppendix from './r7-near-miss-adhesions-after-appendix.js';
import nearMissDepotInjectionClinic from './r7-near-miss-depot-injection-clinic.js';
import nearMissHipWaitingForImplant from './r7-near-miss-hip-waiting-for-implant.js';
import nearMissLonePaediatrician from './r7-near-miss-lone-paediatrician.js';
import nearMissMalariaRecrudescence from './r7-near-miss-malaria-recrudescence.js';
import nearMissSubduralWithItsCare from './r7-near-miss-subdural-with-its-care.js';
import nearMissTraumaCtRadiology from './r7-near-miss-trauma-ct-radiology.js';
import phantomPhysioDuringStayElsewhere from './r7-phantom-physio-during-stay-elsewhere.js';
import readmitPneumoniaBackAsSepsis from './r7-readmit-pneumonia-back-as-sepsis.js';
import repeatSameStayPrimarySwapped from './r7-repeat-same-stay-primary-swapped.js';
import roomPbiNewbornsBilledClassOne from './r7-room-pbi-newborns-billed-class-one.js';
import selfrefEmergencyLabelForClinicCare from './r7-selfref-emergency-label-for-clinic-care.js';
import unbundBothEyesTwoSeps from './r7-unbund-both-eyes-two-seps.js';
import unnecTonsillectomyWithoutRecurrences from './r7-unnec-tonsillectomy-without-recurrences.js';
import upcodeAsthmaAsCopd from './r7-upcode-asthma-as-copd.js';
import upcodeColicAsKidneyFailure from './r7-upcode-colic-as-kidney-failure.js';
import upcodeHypertensionAsHeartFailure from './r7-upcode-hypertension-as-heart-failure.js';
import ventNeonatesJustPast96 from './r7-vent-neonates-just-past-96.js';

export const ROUND7_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseRefillsEveryThreeWeeks,
  cancelAppendixRemovedAgain,
  cancelHysterectomyThenPregnant,
  cloneAllLinesButDrugs,
  cloneFourPercentJitter,
  cloneMonthlyCopiesOtherSurgeons,
  cobFallCodedAsBackPain,
  inflatedChronicDrugsOnAcuteStays,
  inflatedRadiologyWithoutImaging,
  losClassOneHeartFailure,
  losFemurAfterFixation,
  losNewbornJaundiceWeek,
  phantomPhysioDuringStayElsewhere,
  readmitPneumoniaBackAsSepsis,
  repeatSameStayPrimarySwapped,
  roomPbiNewbornsBilledClassOne,
  selfrefEmergencyLabelForClinicCare,
  unbundBothEyesTwoSeps,
  unnecTonsillectomyWithoutRecurrences,
  upcodeAsthmaAsCopd,
  upcodeColicAsKidneyFailure,
  upcodeHypertensionAsHeartFailure,
  ventNeonatesJustPast96,
  // near misses
  nearMissAdhesionsAfterAppendix,
  nearMissDepotInjectionClinic,
  nearMissHipWaitingForImplant,
  nearMissLonePaediatrician,
  nearMissMalariaRecrudescence,
  nearMissSubduralWithItsCare,
  nearMissTraumaCtRadiology,
]);
