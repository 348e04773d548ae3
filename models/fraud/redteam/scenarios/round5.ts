// Red team, fifth round (issue 11): 30 scenarios written from DOMAIN.md, SCHEMA.md (up to the
// ground truth) and the reference lists only, without reading the detectors or the generator.
// The schemes are what a hospital does next once the obvious patterns are caught: copies
// spread over an owner's hospitals or nudged within a tolerance, stays stretched just past the
// norm, severity raised one step on half the claims, volume split across clinics, a cancelled
// operation that says so in its own codes. The near misses are honest care a naive rule flags:
// outbreaks, package prices, long psychiatric stays, seasonal severity, lifelong transfusions,
// back-referral, travel by air, antivenom. Not yet in SCENARIOS: the lead merges it.
import type { Scenario } from '../types.js';
import abuseDaughterCardForFather from './r5-abuse-daughter-card-for-father.js';
import cancelProcedureNotCarriedOut from './r5-cancel-procedure-not-carried-out.js';
import cloneJitteredAmongHonest from './r5-clone-jittered-among-honest.js';
import cloneScaledByClass from './r5-clone-scaled-by-class.js';
import cloneSisterHospitals from './r5-clone-sister-hospitals.js';
import cobPakCarpalTunnel from './r5-cob-pak-carpal-tunnel.js';
import inflatedIcuFeeOnWard from './r5-inflated-icu-fee-on-ward.js';
import losPreoperativeDays from './r5-los-preoperative-days.js';
import losStrokeSubacuteTopup from './r5-los-stroke-subacute-topup.js';
import losTwoExtraDaysEveryWard from './r5-los-two-extra-days-every-ward.js';
import nearMissBackReferralAfterStroke from './r5-near-miss-back-referral-after-stroke.js';
import nearMissDengueShockSeason from './r5-near-miss-dengue-shock-season.js';
import nearMissFlewSameDay from './r5-near-miss-flew-same-day.js';
import nearMissFloodLeptospirosis from './r5-near-miss-flood-leptospirosis.js';
import nearMissPsychosisLongStays from './r5-near-miss-psychosis-long-stays.js';
import nearMissSaturdayCataractList from './r5-near-miss-saturday-cataract-list.js';
import nearMissSnakebiteAntivenom from './r5-near-miss-snakebite-antivenom.js';
import nearMissThalassaemiaTransfusions from './r5-near-miss-thalassaemia-transfusions.js';
import nearMissWeekendSportsInjuries from './r5-near-miss-weekend-sports-injuries.js';
import phantomSurgeonThreeClinicsAtOnce from './r5-phantom-surgeon-three-clinics-at-once.js';
import readmitCopdReturnsAsPneumonia from './r5-readmit-copd-returns-as-pneumonia.js';
import repeatVisitUnderSecondGroup from './r5-repeat-visit-under-second-group.js';
import roomWardFullBilledUp from './r5-room-ward-full-billed-up.js';
import selfrefChainThreeOwnedHospitals from './r5-selfref-chain-three-owned-hospitals.js';
import unbundIgdVisitBeforeMidnight from './r5-unbund-igd-visit-before-midnight.js';
import unnecHeadacheThreeNights from './r5-unnec-headache-three-nights.js';
import upcodeBronchitisAsPneumonia from './r5-upcode-bronchitis-as-pneumonia.js';
import upcodeGastroenteritisAsBleeding from './r5-upcode-gastroenteritis-as-bleeding.js';
import upcodeSisterHospitalsHalf from './r5-upcode-sister-hospitals-half.js';
import ventHoursBeyondIcuDays from './r5-vent-hours-beyond-icu-days.js';

export const ROUND5_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseDaughterCardForFather,
  cancelProcedureNotCarriedOut,
  cloneJitteredAmongHonest,
  cloneScaledByClass,
  cloneSisterHospitals,
  cobPakCarpalTunnel,
  inflatedIcuFeeOnWard,
  losPreoperativeDays,
  losStrokeSubacuteTopup,
  losTwoExtraDaysEveryWard,
  phantomSurgeonThreeClinicsAtOnce,
  readmitCopdReturnsAsPneumonia,
  repeatVisitUnderSecondGroup,
  roomWardFullBilledUp,
  selfrefChainThreeOwnedHospitals,
  unbundIgdVisitBeforeMidnight,
  unnecHeadacheThreeNights,
  upcodeBronchitisAsPneumonia,
  upcodeGastroenteritisAsBleeding,
  upcodeSisterHospitalsHalf,
  ventHoursBeyondIcuDays,
  // near misses
  nearMissBackReferralAfterStroke,
  nearMissDengueShockSeason,
  nearMissFlewSameDay,
  nearMissFloodLeptospirosis,
  nearMissPsychosisLongStays,
  nearMissSaturdayCataractList,
  nearMissSnakebiteAntivenom,
  nearMissThalassaemiaTransfusions,
  nearMissWeekendSportsInjuries,
]);
