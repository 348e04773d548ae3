// Red team, sixth round (issue 11): written from DOMAIN.md, SCHEMA.md (up to the ground truth)
// and the reference lists only, without reading the detectors or the generator. The schemes
// are what a billing office does once whole-bill copies, severity III, week-long stays, token
// fees and top-ups without their procedure are caught: the primary diagnosis moved instead of
// a secondary, per-day lines recomputed on a copy, a copied total split anew, the days made to
// raise the severity, stretched simple stays at a referral hospital, operations billed in full
// that the patient's later history undoes, a hospital-wide few tens of per cent, the code for
// long ventilation on short hours. The near misses are honest care a naive rule flags: a
// maternity referral hospital, expensive drugs the diagnosis needs, an outbreak, a burn unit,
// monthly tuberculosis controls, two clinics on one trip, a jaundiced newborn's return, a
// severity III the bill supports, an honestly billed cancellation, multivessel stenting. Not
// yet in SCENARIOS: the lead merges it.
import type { Scenario } from '../types.js';
import abuseTwoDeliveriesOneCard from './r6-abuse-two-deliveries-one-card.js';
import cancelGallbladderRemovedTwice from './r6-cancel-gallbladder-removed-twice.js';
import cancelTonsilsStillThere from './r6-cancel-tonsils-still-there.js';
import cloneHerniaPerDiem from './r6-clone-hernia-per-diem.js';
import cloneSameTotalShuffled from './r6-clone-same-total-shuffled.js';
import cobPlateRemovalAfterJkk from './r6-cob-plate-removal-after-jkk.js';
import inflatedConsumablesEveryWard from './r6-inflated-consumables-every-ward.js';
import inflatedEquipmentRentalUnused from './r6-inflated-equipment-rental-unused.js';
import losSimpleStaysAtReferralHospital from './r6-los-simple-stays-at-referral-hospital.js';
import losTyphoidIntoSeverityTwo from './r6-los-typhoid-into-severity-two.js';
import nearMissAplasticAnaemiaAtg from './r6-near-miss-aplastic-anaemia-atg.js';
import nearMissBurnUnitLongStays from './r6-near-miss-burn-unit-long-stays.js';
import nearMissCancelledAndBilledHonestly from './r6-near-miss-cancelled-and-billed-honestly.js';
import nearMissHeartCentreStents from './r6-near-miss-heart-centre-stents.js';
import nearMissHeartFailureWithDialysis from './r6-near-miss-heart-failure-with-dialysis.js';
import nearMissMaternityHospitalCaesareans from './r6-near-miss-maternity-hospital-caesareans.js';
import nearMissMeaslesOutbreak from './r6-near-miss-measles-outbreak.js';
import nearMissNewbornJaundiceBack from './r6-near-miss-newborn-jaundice-back.js';
import nearMissTbMonthlyControls from './r6-near-miss-tb-monthly-controls.js';
import nearMissTwoClinicsOneDay from './r6-near-miss-two-clinics-one-day.js';
import phantomControlsWhileHomeFarAway from './r6-phantom-controls-while-home-far-away.js';
import readmitBackAsPlannedAdmission from './r6-readmit-back-as-planned-admission.js';
import repeatSecondHalfOfStay from './r6-repeat-second-half-of-stay.js';
import roomInsurerPaysJknBilledUp from './r6-room-insurer-pays-jkn-billed-up.js';
import selfrefClinicRefersEverything from './r6-selfref-clinic-refers-everything.js';
import unbundDialysisPlusClinicVisit from './r6-unbund-dialysis-plus-clinic-visit.js';
import unnecChildDiarrhoeaNoDehydration from './r6-unnec-child-diarrhoea-no-dehydration.js';
import upcodeConcussionAsSubdural from './r6-upcode-concussion-as-subdural.js';
import upcodeJaundiceAsDistress from './r6-upcode-jaundice-as-distress.js';
import ventLongCodeShortHours from './r6-vent-long-code-short-hours.js';

export const ROUND6_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseTwoDeliveriesOneCard,
  cancelGallbladderRemovedTwice,
  cancelTonsilsStillThere,
  cloneHerniaPerDiem,
  cloneSameTotalShuffled,
  cobPlateRemovalAfterJkk,
  inflatedConsumablesEveryWard,
  inflatedEquipmentRentalUnused,
  losSimpleStaysAtReferralHospital,
  losTyphoidIntoSeverityTwo,
  phantomControlsWhileHomeFarAway,
  readmitBackAsPlannedAdmission,
  repeatSecondHalfOfStay,
  roomInsurerPaysJknBilledUp,
  selfrefClinicRefersEverything,
  unbundDialysisPlusClinicVisit,
  unnecChildDiarrhoeaNoDehydration,
  upcodeConcussionAsSubdural,
  upcodeJaundiceAsDistress,
  ventLongCodeShortHours,
  // near misses
  nearMissAplasticAnaemiaAtg,
  nearMissBurnUnitLongStays,
  nearMissCancelledAndBilledHonestly,
  nearMissHeartCentreStents,
  nearMissHeartFailureWithDialysis,
  nearMissMaternityHospitalCaesareans,
  nearMissMeaslesOutbreak,
  nearMissNewbornJaundiceBack,
  nearMissTbMonthlyControls,
  nearMissTwoClinicsOneDay,
]);
