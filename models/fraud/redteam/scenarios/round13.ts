// Red team, thirteenth round (issue 11): written blind from DOMAIN.md, SCHEMA.md (up to the ground
// truth) and the reference lists only, without reading the detectors, features, models or the
// generator. Every type at least once, UPCODING four times and PROLONGED_LOS twice, each scheme at a
// new hospital in a regency no earlier round used, weighted to Java and Sumatra this time (Central
// and East Java, Madura, West Java, Aceh, North Sumatra, Riau, Jambi, South Sumatra, Lampung) with a
// few in Bali, Kalimantan and Sulawesi; most schemes small (three to five fraudulent claims among
// twelve to twenty honest ones at the same hospital) and moved off the obvious signal: urinary
// infections coded as septicaemia (another CMG), unstable angina as NSTEMI (the same clinical
// group), a wrist fracture as a head injury, cellulitis raised to severity II only with an
// untreated diabetes; laparoscopic cholecystectomies and women's urinary infections held a week
// with nothing but room and nursing; one gastroenteritis bill copied onto four other cards; cardiac
// clinic controls billed after deaths known only from another hospital's claim; branded antibiotics
// on three caesareans; a pneumonia stay cut in two before midnight; an orthopaedist's night at the
// government hospital then his own private theatre; chemotherapy cycles billed again as inpatient
// stays (another CBG, same dates); a member-paid VIP upgrade billed to JKN at class 1; caesareans
// billed for mothers who delivered before theatre, with a small surgical fee left on; vertigo kept
// two nights; ventilator hours filled to the ICU days times 24; diabetics sent home early and back
// after 15-24 days under the second internist; pesticide poisoning paid by JKK and billed to JKN as
// gastroenteritis; mothers with lapsed cards operated on under their daughters' (42, 43) cards. The
// near misses are honest twins: true NSTEMI and urosepsis with their care, gallstone pancreatitis
// before the cholecystectomy, renal colic overnight, chemotherapy and dialysis on one day, a fall
// the day after discharge, leaving against advice and coming back, organophosphate poisoning
// ventilated past 96 h, off-duty injuries JKK refused, a caesarean package price, rheumatoid knees.
import type { Scenario } from '../types.js';
import abuseDaughterCardKneeReplacement from './r13-abuse-daughter-card-knee-replacement.js';
import cancelCaesareanDeliveredBeforeTheatre from './r13-cancel-caesarean-delivered-before-theatre.js';
import cloneGastroenteritisOneTemplate from './r13-clone-gastroenteritis-one-template.js';
import cobPesticideCodedGastroenteritis from './r13-cob-pesticide-coded-gastroenteritis.js';
import inflatedCaesareanBrandedAntibiotics from './r13-inflated-caesarean-branded-antibiotics.js';
import losLaparoscopicCholecystectomyHeld from './r13-los-laparoscopic-cholecystectomy-held.js';
import losUtiWomenHeldWeek from './r13-los-uti-women-held-week.js';
import nearMissCaesareanPackagePrice from './r13-near-miss-caesarean-package-price.js';
import nearMissChemoAndDialysisSameDay from './r13-near-miss-chemo-and-dialysis-same-day.js';
import nearMissFallAfterDischarge from './r13-near-miss-fall-after-discharge.js';
import nearMissGallstonePancreatitisLong from './r13-near-miss-gallstone-pancreatitis-long.js';
import nearMissJkkClaimRefusedJknPays from './r13-near-miss-jkk-claim-refused-jkn-pays.js';
import nearMissNstemiWithItsCare from './r13-near-miss-nstemi-with-its-care.js';
import nearMissOrganophosphateVentilated from './r13-near-miss-organophosphate-ventilated.js';
import nearMissOwnRequestBackNextDay from './r13-near-miss-own-request-back-next-day.js';
import nearMissRenalColicOvernight from './r13-near-miss-renal-colic-overnight.js';
import nearMissRheumatoidKneesYoung from './r13-near-miss-rheumatoid-knees-young.js';
import nearMissUrosepsisInIcu from './r13-near-miss-urosepsis-in-icu.js';
import phantomControlsAfterDeathElsewhere from './r13-phantom-controls-after-death-elsewhere.js';
import readmitDiabetesUnderSecondInternist from './r13-readmit-diabetes-under-second-internist.js';
import repeatChemoCycleAsInpatient from './r13-repeat-chemo-cycle-as-inpatient.js';
import roomClassTwoBilledAtClassOne from './r13-room-class-two-billed-at-class-one.js';
import selfrefFractureNightThenOwnHospital from './r13-selfref-fracture-night-then-own-hospital.js';
import unbundPneumoniaSplitAtNight from './r13-unbund-pneumonia-split-at-night.js';
import unnecVertigoTwoNights from './r13-unnec-vertigo-two-nights.js';
import upcodeAnginaCodedNstemi from './r13-upcode-angina-coded-nstemi.js';
import upcodeCellulitisDiabetesUntreated from './r13-upcode-cellulitis-diabetes-untreated.js';
import upcodeUtiCodedSepticaemia from './r13-upcode-uti-coded-septicaemia.js';
import upcodeWristFractureCodedHeadInjury from './r13-upcode-wrist-fracture-coded-head-injury.js';
import ventHoursWholeIcuStay from './r13-vent-hours-whole-icu-stay.js';

export const ROUND13_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseDaughterCardKneeReplacement,
  cancelCaesareanDeliveredBeforeTheatre,
  cloneGastroenteritisOneTemplate,
  cobPesticideCodedGastroenteritis,
  inflatedCaesareanBrandedAntibiotics,
  losLaparoscopicCholecystectomyHeld,
  losUtiWomenHeldWeek,
  phantomControlsAfterDeathElsewhere,
  readmitDiabetesUnderSecondInternist,
  repeatChemoCycleAsInpatient,
  roomClassTwoBilledAtClassOne,
  selfrefFractureNightThenOwnHospital,
  unbundPneumoniaSplitAtNight,
  unnecVertigoTwoNights,
  upcodeAnginaCodedNstemi,
  upcodeCellulitisDiabetesUntreated,
  upcodeUtiCodedSepticaemia,
  upcodeWristFractureCodedHeadInjury,
  ventHoursWholeIcuStay,
  // near misses
  nearMissCaesareanPackagePrice,
  nearMissChemoAndDialysisSameDay,
  nearMissFallAfterDischarge,
  nearMissGallstonePancreatitisLong,
  nearMissJkkClaimRefusedJknPays,
  nearMissNstemiWithItsCare,
  nearMissOrganophosphateVentilated,
  nearMissOwnRequestBackNextDay,
  nearMissRenalColicOvernight,
  nearMissRheumatoidKneesYoung,
  nearMissUrosepsisInIcu,
]);
