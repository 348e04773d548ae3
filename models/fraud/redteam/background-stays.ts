// The red team's honest background stays, discharged as generated hospitals discharge them.
// Why: scenarios write their honest peer stays (claims they list as context, the hospital's
// ordinary patients around a scheme) with `pulang` = admission + the INA-CBG norm, so every round
// added stays that are never past the norm. Pooled into the product's norms they lowered the
// past-norm rate that provider-level length-of-stay signals compare against and made a group's
// 90th percentile the norm itself, and honest near misses elsewhere became PROLONGED_LOS cases
// (RT-NM-CODER-81, RT-NM-KNEES-41, RT-NM-OUTBREAK-51). After every scenario is built, such a stay
// gets the discharge the context gives a stay written with no date (discharge-spread.ts) when
// nothing the scenarios judge can depend on its length; every other row stays as written.
// Honest stays are scenarios' context claims: every claim a scenario builds is returned as fraud,
// near miss or context (6,324 of 6,324 at 431 scenarios), 1,053 of the 1,584 written at the norm
// as context.
import { CBG } from './bill-profile.js';
import { defaultDischarge } from './claim-build.js';
import { addDays } from './dates.js';
import type { RecordedClaim, RedTeamContext } from './context.js';
import type { FraudTypeCode } from '../../../data-samples/reference/index.js';
import type { Scenario, ScenarioClaims, SourceRow } from './types.js';

/**
 * Scheme types whose evidence is a stay's dates or length (the taxonomy's signals,
 * data-samples/reference/fraud-types.ts): a scenario of one of them, or a near miss looking like
 * one, keeps every stay as written, since its honest stays are what the scheme is read against
 * (the record a clone copies with its days, the stay billed again on another card with its dates,
 * the usual course a cancelled operation's stay is cut short of, the peers a long or a one-day
 * stay stands out from, the doctor's daily census). The whole red team measured it: re-dating the
 * honest stays of every type broke RT-CLONE-71, RT-REPEAT-111 and RT-CANCEL-141 and no scenario
 * of the other types. CANCELLED_SERVICE's signal names the zero surgical lines; an operation not
 * done also sends the patient home without its recovery days, the stay the red team writes.
 */
export const DATED_SCHEMES: ReadonlySet<FraudTypeCode> = new Set<FraudTypeCode>([
  'CLONING', // near-identical vectors, same doctor or day
  'PHANTOM_BILLING', // service after death, SEP after discharge, doctor volume per day
  'UNBUNDLING', // SEPs on the same or adjacent days, readmission within 7 days
  'SELF_REFERRAL', // transfer within 3 days, 1-2 day stays then referred
  'REPEAT_BILLING', // same card, dates and CBG
  'PROLONGED_LOS', // LOS above the group's 90th percentile
  'CANCELLED_SERVICE', // the operation's stay cut short
  'UNNECESSARY_TREATMENT', // 1-day admissions
  'VENTILATOR', // ventilated hours within the stay
  'READMISSION', // readmitted within 30 days
]);

/**
 * Days after a discharge within which a new admission of the card counts as a readmission
 * (DOMAIN.md, READMISSION: "readmitted within 30 days"). A later stay of the card keeps the
 * re-dated one only when it starts beyond this window from both the written and the new
 * discharge: the spread then can neither overlap it nor turn it into (or out of) a readmission.
 */
export const READMISSION_WINDOW_DAYS = 30;

/**
 * The last discharge date a scenario row may carry: scenarios keep their dates in 2026-01 to
 * 2026-05 (README, "Adding a scenario"; scenarios/declarations.ts checks it), the base extract
 * running to 2026-06. A stay the spread would send home later keeps its written date.
 */
export const LAST_DISCHARGE = '2026-05-31';

/** Why a stay written at its norm kept its date (the harness logs the counts). */
export type KeptBecause =
  | 'judged' // a fraud or near-miss claim
  | 'judged_card' // its card has a fraud or near-miss claim: the scheme may be its dates
  | 'dated_scheme' // its scenario's type reads dates or stay lengths (DATED_SCHEMES)
  | 'later_stay' // the card is admitted again within the readmission window of either discharge
  | 'card_events' // a death or work accident of the card, or a P-Care visit, PRB fill or membership event after the admission day
  | 'fixed_times' // a submission date or operation time the scenario wrote that the new discharge would contradict
  | 'past_window'; // the new discharge falls after LAST_DISCHARGE

export interface BackgroundStaysReport {
  /** Inpatient claims whose written discharge is exactly admission + the group's whole-day norm. */
  readonly atNorm: number;
  /** Of them, re-dated around the norm. */
  readonly spread: readonly string[];
  readonly kept: Readonly<Record<KeptBecause, number>>;
}

const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Whether a stay's written discharge is exactly its group's norm (a whole number of days). */
export function writtenAtNorm(c: RecordedClaim): boolean {
  const norm = CBG.get(c.spec.cbg)?.losNorm ?? Number.NaN;
  return (
    c.row['jenis_rawat'] === '1' &&
    c.spec.pulang !== undefined &&
    Number.isInteger(norm) &&
    norm > 1 &&
    daysBetween(c.spec.masuk, c.spec.pulang) === norm
  );
}

/** Cards of the claims a scenario judges (fraud and near misses). */
function judgedCards(claims: readonly RecordedClaim[], judged: ReadonlySet<string>): Set<string> {
  return new Set(claims.filter((c) => judged.has(c.nomorSep)).map((c) => c.row['nomor_kartu'] ?? ''));
}

/** What else a card's rows say that a stay's length bears on. */
interface CardEvents {
  /** A death or a work accident (deaths and e-PLKK cases, by NIK): the card's story, whatever its dates. */
  readonly story: boolean;
  /** Dates of its P-Care visits, PRB fills and membership events. */
  readonly dates: readonly string[];
}

function cardEvents(ctx: RedTeamContext): Map<string, CardEvents> {
  const cardOf = new Map(ctx.rows.members.map(({ row }) => [row['nik'] ?? '', row['nomor_kartu'] ?? '']));
  const events = new Map<string, { story: boolean; dates: string[] }>();
  const of = (card: string): { story: boolean; dates: string[] } => {
    const e = events.get(card) ?? { story: false, dates: [] };
    events.set(card, e);
    return e;
  };
  for (const { row } of [...ctx.rows.deaths, ...ctx.rows.kkpak_cases]) of(cardOf.get(row['nik'] ?? '') ?? '').story = true;
  for (const { row } of ctx.rows.fktp_visits) of(row['nomor_kartu'] ?? '').dates.push(row['tgl_kunjungan'] ?? '');
  for (const { row } of ctx.rows.prb_claims) of(row['nomor_kartu'] ?? '').dates.push(row['tgl_resep'] ?? '');
  for (const { row } of ctx.rows.membership_events) of(row['nomor_kartu'] ?? '').dates.push(row['event_date'] ?? '');
  return events;
}

/** Why the stay keeps its written date, or null when it may be spread to `pulang`. */
function keptBecause(c: RecordedClaim, pulang: string, others: readonly SourceRow[], events: CardEvents | undefined): KeptBecause | null {
  const { masuk } = c.spec;
  const written = c.spec.pulang ?? masuk;
  const readmissionEnd = addDays(written > pulang ? written : pulang, READMISSION_WINDOW_DAYS);
  if (others.some((o) => (o['tgl_masuk'] ?? '') >= masuk && (o['tgl_masuk'] ?? '') <= readmissionEnd)) return 'later_stay';
  // a P-Care visit on the admission day is the referral that sent the patient in; later ones may fall within the new stay
  if (events && (events.story || events.dates.some((d) => d > masuk))) return 'card_events';
  const operasi = typeof c.spec.sep?.operasiAt === 'string' ? c.spec.sep.operasiAt.slice(0, 10) : '';
  if ((c.spec.submitted !== undefined && c.spec.submitted < pulang) || operasi > pulang) return 'fixed_times';
  if (pulang > LAST_DISCHARGE) return 'past_window';
  return null;
}

/**
 * Re-dates the background stays written at their norm (see the file comment) in the context's
 * rows, after every scenario is built. A stay is background when the scenarios judge neither it
 * nor any claim of its card, its scenario's scheme is not read from dates (DATED_SCHEMES), and its
 * length touches nothing else of its card: no admission of the
 * card from its own to a readmission window past either discharge, no death or work accident of
 * the card, no P-Care visit, PRB fill or membership event after its admission day, no submission or
 * operation the new date would contradict. The SEP, the bill and every other column stay as built.
 */
export function spreadBackgroundStays(
  ctx: RedTeamContext,
  scenarios: readonly Scenario[],
  built: ReadonlyMap<string, ScenarioClaims>,
): BackgroundStaysReport {
  const dated = new Set(scenarios.filter((s) => DATED_SCHEMES.has(s.code)).map((s) => s.id));
  const judged = new Set([...built.values()].flatMap((c) => [...(c.fraud ?? []), ...(c.nearMiss ?? [])]).map((c) => c.nomorSep));
  const claims = ctx.claimsBuilt;
  const cardsJudged = judgedCards(claims, judged);
  const events = cardEvents(ctx);
  const byCard = new Map<string, RecordedClaim[]>();
  for (const c of claims) byCard.set(c.row['nomor_kartu'] ?? '', [...(byCard.get(c.row['nomor_kartu'] ?? '') ?? []), c]);
  const kept: Record<KeptBecause, number> = {
    judged: 0,
    judged_card: 0,
    dated_scheme: 0,
    later_stay: 0,
    card_events: 0,
    fixed_times: 0,
    past_window: 0,
  };
  const atNorm = claims.filter(writtenAtNorm);
  const spread: string[] = [];
  for (const c of atNorm) {
    const card = c.row['nomor_kartu'] ?? '';
    const pulang = defaultDischarge(c.scenario, c.spec);
    const others = (byCard.get(card) ?? []).filter((o) => o.nomorSep !== c.nomorSep).map((o) => o.row);
    const why = judged.has(c.nomorSep)
      ? 'judged'
      : cardsJudged.has(card)
        ? 'judged_card'
        : dated.has(c.scenario)
          ? 'dated_scheme'
          : keptBecause(c, pulang, others, events.get(card));
    if (why) kept[why]++;
    else spread.push(c.nomorSep);
  }
  // decided on the rows as written, then re-dated: one stay's new date never decides another's
  for (const sep of spread) ctx.spreadClaimDischarge(sep);
  return { atNorm: atNorm.length, spread, kept };
}
