// Red team, fourteenth round (issue 11): written blind from DOMAIN.md, SCHEMA.md (up to the ground
// truth) and the reference lists only, without reading the detectors, features, models or the
// generator. Every type at least once, INFLATED_BILL and UPCODING four times each, PROLONGED_LOS
// twice, each scheme at a new hospital in a regency no earlier round used, weighted to Nusa
// Tenggara, Maluku, Papua, Sulawesi and Kalimantan this time (Labuan Bajo, Alor, Bajawa, Larantuka,
// Kefamenanu, Tambolaka, Lombok Utara, Sumbawa Barat, Seram, Halmahera Selatan, Biak, Yapen, Teluk
// Bintuni, Pinrang, Sinjai, Muna, Bone Bolango, Majene, Poso, Parigi, Sangihe, Sanggau, Sintang,
// Kapuas, Hulu Sungai Tengah, Kutai Barat, Nunukan) with four on Java (Banjarnegara, Trenggalek,
// Kabupaten Mojokerto, Jakarta Barat); most schemes small (three to five fraudulent claims among
// twelve to twenty honest ones at the same hospital) and moved off the obvious signal. Inflated
// support and supply lines: fracture X-rays billed at a CT's price, branded carbetocin and a second
// kit on deliveries, locking plates billed for conventional ones, daily laboratory panels on
// typhoid at a hospital with a clean history. Upcoding one step with a fitting secondary code and
// the severity-I bill: hyponatraemia on elderly pneumonia, anaemia on typhoid under the newer
// internist, dehydration on children's diarrhoea under a relief coder's login, kidney injury on
// heart failure with the bill nudged a little above the level below. Asthma kept till the Monday
// round, concussions observed a week; a malaria bill copied onto four patients with the drug line
// nudged; paper stays whose SEP came after the discharge while the card was at its puskesmas; a
// prostatectomy closed on the third evening and reopened next morning as a urinary infection; an
// RSUD clinic's referral letters to the surgeon's own theatre; a cataract billed again the next
// clinic day as the other eye; self-payers billed class 2 with an employer-paid upgrade; a
// postponed tonsillectomy billed whole with no operation time; Saturday bronchitis admissions;
// ventilator hours 99 to 106 rather than 97; tuberculosis called back monthly as pneumonia; smelter
// injuries paid by JKK and billed to JKN from the next morning; sons' cards, just past forty, for
// their fathers' prostates while the son is at his Jakarta clinic. The near misses are honest
// twins: a toll-road trauma centre that scans every head injury, an island dialysis unit's dear
// sessions, typhoid with hypokalaemia truly treated on a cheap bill, pneumonia in known diabetics,
// heart failure found on a pneumonia stay and followed, malaria children transfused at the island's
// blood bank, osteomyelitis and tuberculous effusions on weeks-long documented courses.
// 20 of 30 held when written (2026-12-07, the whole suite with round 14 in one run): all eight near
// misses and twelve of the 22 schemes; missed were RT-ABUSE-141, RT-CANCEL-141, RT-INFLATED-141, -143
// and -144 (one claim of five), RT-PHANTOM-141, RT-READMIT-141, RT-REPEAT-141 (read as UNBUNDLING),
// RT-SELFREF-141 and RT-UPCODE-144.
import type { Scenario } from '../types.js';
import abuseSonCardFatherProstate from './r14-abuse-son-card-father-prostate.js';
import cancelTonsillectomyPostponedBilledWhole from './r14-cancel-tonsillectomy-postponed-billed-whole.js';
import cloneMalariaBillNudged from './r14-clone-malaria-bill-nudged.js';
import cobSmelterInjuriesBilledAgainNextDay from './r14-cob-smelter-injuries-billed-again-next-day.js';
import inflatedDeliveryBrandedUterotonic from './r14-inflated-delivery-branded-uterotonic.js';
import inflatedFractureXrayBilledAsCt from './r14-inflated-fracture-xray-billed-as-ct.js';
import inflatedLockingPlateBilled from './r14-inflated-locking-plate-billed.js';
import inflatedTyphoidDailyPanels from './r14-inflated-typhoid-daily-panels.js';
import losAsthmaKeptTillMonday from './r14-los-asthma-kept-till-monday.js';
import losConcussionObservedAWeek from './r14-los-concussion-observed-a-week.js';
import nearMissHeadInjuryCtEveryTime from './r14-near-miss-head-injury-ct-every-time.js';
import nearMissHeartFailureFoundAndFollowed from './r14-near-miss-heart-failure-found-and-followed.js';
import nearMissIslandDialysisPrice from './r14-near-miss-island-dialysis-price.js';
import nearMissMalariaChildrenTransfused from './r14-near-miss-malaria-children-transfused.js';
import nearMissOsteomyelitisWeeksOfAntibiotics from './r14-near-miss-osteomyelitis-weeks-of-antibiotics.js';
import nearMissPneumoniaKnownDiabetics from './r14-near-miss-pneumonia-known-diabetics.js';
import nearMissTuberculousEffusionDrained from './r14-near-miss-tuberculous-effusion-drained.js';
import nearMissTyphoidHypokalaemiaCheapBill from './r14-near-miss-typhoid-hypokalaemia-cheap-bill.js';
import phantomPaperStaysSepAfterDischarge from './r14-phantom-paper-stays-sep-after-discharge.js';
import readmitTuberculosisMonthlyAsPneumonia from './r14-readmit-tuberculosis-monthly-as-pneumonia.js';
import repeatCataractAgainNextDayOtherEye from './r14-repeat-cataract-again-next-day-other-eye.js';
import roomSelfPayersBilledClassTwoEmployerUpgrade from './r14-room-self-payers-billed-class-two-employer-upgrade.js';
import selfrefRsudClinicToOwnTheatre from './r14-selfref-rsud-clinic-to-own-theatre.js';
import unbundTurpCatheterStayNextMorning from './r14-unbund-turp-catheter-stay-next-morning.js';
import unnecBronchitisSaturdayAdmissions from './r14-unnec-bronchitis-saturday-admissions.js';
import upcodeChildDiarrhoeaDehydrationWeekend from './r14-upcode-child-diarrhoea-dehydration-weekend.js';
import upcodeHeartFailureKidneyInjuryCoded from './r14-upcode-heart-failure-kidney-injury-coded.js';
import upcodePneumoniaSodiumNeverMeasured from './r14-upcode-pneumonia-sodium-never-measured.js';
import upcodeTyphoidAnaemiaSecondInternist from './r14-upcode-typhoid-anaemia-second-internist.js';
import ventHoursPastAHundred from './r14-vent-hours-past-a-hundred.js';

export const ROUND14_SCENARIOS: readonly Scenario[] = Object.freeze([
  // fraud
  abuseSonCardFatherProstate,
  cancelTonsillectomyPostponedBilledWhole,
  cloneMalariaBillNudged,
  cobSmelterInjuriesBilledAgainNextDay,
  inflatedDeliveryBrandedUterotonic,
  inflatedFractureXrayBilledAsCt,
  inflatedLockingPlateBilled,
  inflatedTyphoidDailyPanels,
  losAsthmaKeptTillMonday,
  losConcussionObservedAWeek,
  phantomPaperStaysSepAfterDischarge,
  readmitTuberculosisMonthlyAsPneumonia,
  repeatCataractAgainNextDayOtherEye,
  roomSelfPayersBilledClassTwoEmployerUpgrade,
  selfrefRsudClinicToOwnTheatre,
  unbundTurpCatheterStayNextMorning,
  unnecBronchitisSaturdayAdmissions,
  upcodeChildDiarrhoeaDehydrationWeekend,
  upcodeHeartFailureKidneyInjuryCoded,
  upcodePneumoniaSodiumNeverMeasured,
  upcodeTyphoidAnaemiaSecondInternist,
  ventHoursPastAHundred,
  // near misses
  nearMissHeadInjuryCtEveryTime,
  nearMissHeartFailureFoundAndFollowed,
  nearMissIslandDialysisPrice,
  nearMissMalariaChildrenTransfused,
  nearMissOsteomyelitisWeeksOfAntibiotics,
  nearMissPneumoniaKnownDiabetics,
  nearMissTuberculousEffusionDrained,
  nearMissTyphoidHypokalaemiaCheapBill,
]);
