// A stay's level shown by the treatment of its secondary diagnosis. A complication that was there
// was treated; where the treatment is a separate act the condition alone calls for (dialysis for
// kidney failure, a transfusion for anaemia or a bleed, ventilation for respiratory failure), the
// claim that codes the act shows the level whatever its bill: a dialysis unit's overloaded patient
// dialysed, transfused and X-rayed on the ward, billed just under the median of severity III
// elsewhere, is not coded up (red team RT-NM-DIALYSIS-81). The severity signals that name stays
// "whose resources do not show their level" (provider-excess-hits.ts resourcesBelowLevelSql)
// leave such a stay alone. Cheap acts any stay carries (an injection, fluids, an X-ray, a blood
// count) show nothing: a coder adding sepsis to a stay with its antibiotic injection is still named.
import { INACBG } from '../../../data-samples/reference/index.js';
import { literal } from '../../../data-samples/sql/index.js';

/**
 * Procedures (ICD-9-CM) that treat one condition and are billed as their own act: haemodialysis
 * 39.95, transfusion 99.0x, intubation 96.04 and mechanical ventilation 96.7x (diagnosis-evidence.ts
 * channels dialysis, blood, oxygen_or_ventilation without oxygen therapy 93.9x, which any short
 * stay gets). Source: the acts the INA-CBG medical groups of those conditions are defined by
 * (data-samples/reference/inacbg.ts: N-4-10 kidney failure, D-4-13 anaemia, K-4-18 GI bleeding,
 * J-4-20 respiratory failure).
 */
export const TREATING_PROCEDURES = '^(39\\.95|99\\.0|96\\.04|96\\.7)';

/**
 * Pairs `category|procedure`: an ICD-10 category (3 characters) of a medical (case type 4) INA-CBG
 * group's typical diagnoses and a treating procedure among the group's typical procedures.
 */
export const TREATED_CATEGORY_PAIRS: readonly string[] = Object.freeze(
  [
    ...new Set(
      INACBG.filter((g) => g.caseType === 4).flatMap((g) =>
        g.typicalProcedures
          .filter((p) => new RegExp(TREATING_PROCEDURES).test(p))
          .flatMap((p) => g.typicalDiagnoses.map((d) => `${d.slice(0, 3)}|${p}`)),
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
