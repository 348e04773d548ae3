// A stay's level shown by the treatment of its secondary diagnosis. A complication that was there
// was treated; where the treatment is a separate act the condition alone calls for (dialysis for
// kidney failure, a transfusion for anaemia or a bleed, ventilation for respiratory failure), the
// claim that codes the act shows the level whatever its bill: a dialysis unit's overloaded patient
// dialysed, transfused and X-rayed on the ward, billed just under the median of severity III
// elsewhere, is not coded up (red team RT-NM-DIALYSIS-81). The severity signals that name stays
// "whose resources do not show their level" (provider-excess-hits.ts resourcesBelowLevelSql)
// leave such a stay alone. Cheap acts any stay carries (an injection, fluids, an X-ray, a blood
// count) show nothing: a coder adding sepsis to a stay with its antibiotic injection is still named.
//
// What treats a complication is said in two places on purpose, for two questions.
// COMPLICATION_REQUIREMENTS (data-samples/reference/diagnosis-evidence.ts) is what a coded
// complication needs at the least to be believed: any of its evidence channels, cheap ones
// included (a laboratory test, fluids, an antibiotic injection), and only the severity-raising
// complications are listed. The pairs here are what proves a secondary diagnosis's level whatever
// the bill: only a costly act the condition alone calls for, for any diagnosis of the grouper's
// medical groups (anaemia, a bleed, a head injury, pulmonary oedema too). The acts are read from
// the evidence channels, not restated; where both name a diagnosis (J96 respiratory failure,
// N17 kidney injury) the pair's act is one of the requirement's channels (the test checks it), so
// no stay is exempted as treated and named as a complication with no evidence at once.
import { EVIDENCE_CHANNELS } from '../../../data-samples/reference/diagnosis-evidence.js';
import type { EvidenceKind } from '../../../data-samples/reference/diagnosis-evidence.js';
import { INACBG } from '../../../data-samples/reference/index.js';
import { literal } from '../../../data-samples/sql/index.js';

/**
 * The evidence channels whose procedures treat one condition and are billed as their own act:
 * haemodialysis 39.95, transfusion 99.0x, endotracheal intubation 96.04 and mechanical ventilation 96.7x.
 * Source: the acts the INA-CBG medical groups of those conditions are defined by
 * (data-samples/reference/inacbg.ts: N-4-10 kidney failure, D-4-13 anaemia, K-4-18 GI bleeding,
 * J-4-20 respiratory failure).
 */
const TREATING_CHANNELS: readonly EvidenceKind[] = ['dialysis', 'blood', 'oxygen_or_ventilation'];

/**
 * ICD-9-CM codes of those channels that any ward gives, so they show no level: respiratory therapy
 * 93.9x (93.96 oxygen) and the tubes and airways of 96.0x other than endotracheal intubation 96.04
 * (a nasopharyngeal or oral airway, a nasogastric or rectal tube).
 */
const ROUTINE_CHANNEL_ACTS_ICD9CM = /^(93\.9|96\.0[0-35-9])/;

/** Is ICD-9-CM procedure `p` a treating act: recorded by a treating channel, and not a routine act. */
const isTreatingProcedure = (p: string): boolean =>
  !ROUTINE_CHANNEL_ACTS_ICD9CM.test(p) && TREATING_CHANNELS.some((k) => new RegExp(EVIDENCE_CHANNELS[k].procedures).test(p));

/**
 * Pairs `category|procedure`: an ICD-10 category (3 characters) of a medical (case type 4) INA-CBG
 * group's typical diagnoses and a treating procedure among the group's typical procedures.
 */
export const TREATED_CATEGORY_PAIRS: readonly string[] = Object.freeze(
  [
    ...new Set(
      INACBG.filter((g) => g.caseType === 4).flatMap((g) =>
        g.typicalProcedures.filter(isTreatingProcedure).flatMap((p) => g.typicalDiagnoses.map((d) => `${d.slice(0, 3)}|${p}`)),
      ),
    ),
  ].sort(),
);

/**
 * SQL predicate on fraud_claim_base `b`: a secondary diagnosis of the stay carries its treatment,
 * a treating procedure of that diagnosis's medical group (TREATED_CATEGORY_PAIRS) coded on the claim.
 */
export const treatedComplicationSql = (b: string): string =>
  `coalesce(list_has_any([${TREATED_CATEGORY_PAIRS.map(literal).join(', ')}],
    flatten(list_transform(${b}.dx_list[2:], d -> list_transform(coalesce(${b}.px_list, []), p -> left(d, 3) || '|' || p)))), false)`;
