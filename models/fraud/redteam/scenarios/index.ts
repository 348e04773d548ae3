// Every red-team scenario, one file each. To add one: write a file next to these (copy the
// closest one), import it here and add it to SCENARIOS. Nothing else changes.
import type { Scenario } from '../types.js';
import abuseEarlyChronicRefills from './abuse-early-chronic-refills.js';
import abuseNeonatalCodeAdult from './abuse-neonatal-code-adult.js';
import abuseObstetricChild from './abuse-obstetric-child.js';
import abuseObstetricElderlyMan from './abuse-obstetric-elderly-man.js';
import cancelledSurgeryTokenFee from './cancelled-surgery-token-fee.js';
import cloningOtherDoctorOtherDay from './cloning-other-doctor-other-day.js';
import cobJkkPaidNoSep from './cob-jkk-paid-no-sep.js';
import cobJkkPaidOtherSep from './cob-jkk-paid-other-sep.js';
import inflatedDrugsConsumables from './inflated-drugs-consumables.js';
import inflatedHipImplantTopup from './inflated-hip-implant-topup.js';
import phantomAfterDeath from './phantom-after-death.js';
import phantomDistantOverlap from './phantom-distant-overlap.js';
import phantomDoctorVolume from './phantom-doctor-volume.js';
import phantomRetroactiveSep from './phantom-retroactive-sep.js';
import prolongedLosDengue from './prolonged-los-dengue.js';
import readmissionRegroupedSeverity from './readmission-regrouped-severity.js';
import readmissionSwappedDigit from './readmission-swapped-digit.js';
import repeatBillingSecondSep from './repeat-billing-second-sep.js';
import repeatBillingShiftedDates from './repeat-billing-shifted-dates.js';
import roomClassPbiUpgrade from './room-class-pbi-upgrade.js';
import selfReferralSharedDoctor from './self-referral-shared-doctor.js';
import unbundlingOutpatientDuringStay from './unbundling-outpatient-during-stay.js';
import unbundlingSplitStay from './unbundling-split-stay.js';
import unnecessaryTwoDayAdmissions from './unnecessary-two-day-admissions.js';
import upcodingSepsisPrimary from './upcoding-sepsis-primary.js';
import upcodingSingleComplication from './upcoding-single-complication.js';
import ventilatorHuggedThreshold from './ventilator-hugged-threshold.js';
import nearMissAllergyPpu from './near-miss-allergy-ppu.js';
import nearMissChildFracturePpu from './near-miss-child-fracture-ppu.js';
import nearMissDeathInHospital from './near-miss-death-in-hospital.js';
import nearMissDialysisSchedule from './near-miss-dialysis-schedule.js';
import nearMissFlatFollowupPackage from './near-miss-flat-followup-package.js';
import nearMissLongVentilation from './near-miss-long-ventilation.js';
import nearMissReadmissionOtherCondition from './near-miss-readmission-other-condition.js';
import nearMissSevereAtReferralHospital from './near-miss-severe-at-referral-hospital.js';
import nearMissTransferForPci from './near-miss-transfer-for-pci.js';
import nearMissTwins from './near-miss-twins.js';
import nearMissUpgradePaidByMember from './near-miss-upgrade-paid-by-member.js';
import nearMissWorkerLaterIllness from './near-miss-worker-later-illness.js';
import nearMissWeekendEmergencySep from './near-miss-weekend-emergency-sep.js';
import nearMissYoungAndLateMothers from './near-miss-young-and-late-mothers.js';

export const SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud, by taxonomy code
  abuseEarlyChronicRefills,
  abuseNeonatalCodeAdult,
  abuseObstetricChild,
  abuseObstetricElderlyMan,
  cancelledSurgeryTokenFee,
  cloningOtherDoctorOtherDay,
  cobJkkPaidNoSep,
  cobJkkPaidOtherSep,
  inflatedDrugsConsumables,
  inflatedHipImplantTopup,
  phantomAfterDeath,
  phantomDistantOverlap,
  phantomDoctorVolume,
  phantomRetroactiveSep,
  prolongedLosDengue,
  readmissionRegroupedSeverity,
  readmissionSwappedDigit,
  repeatBillingSecondSep,
  repeatBillingShiftedDates,
  roomClassPbiUpgrade,
  selfReferralSharedDoctor,
  unbundlingOutpatientDuringStay,
  unbundlingSplitStay,
  unnecessaryTwoDayAdmissions,
  upcodingSepsisPrimary,
  upcodingSingleComplication,
  ventilatorHuggedThreshold,
  // near misses: legitimate look-alikes
  nearMissAllergyPpu,
  nearMissChildFracturePpu,
  nearMissDeathInHospital,
  nearMissDialysisSchedule,
  nearMissFlatFollowupPackage,
  nearMissLongVentilation,
  nearMissReadmissionOtherCondition,
  nearMissSevereAtReferralHospital,
  nearMissTransferForPci,
  nearMissTwins,
  nearMissUpgradePaidByMember,
  nearMissWorkerLaterIllness,
  nearMissWeekendEmergencySep,
  nearMissYoungAndLateMothers,
]);
