// The case assembler: from typed rows (a case's claims, their detector hits, the classifier's
// contributions) to the cases an audit team reads. Reasons are grouped per detector signal
// (certain first, then learned precision, then amount), each names the claims it is about and
// carries their evidence fields; model reasons are grouped per feature and direction. No
// sentence repeats within a case.
import type { ClaimEvidence, DetectorHitRow, DetectorReason, FraudReason, ModelReason } from './explain.js';
import { signalName, strengthOf } from './explain.js';
import type { ModelReasonRow, WorklistClaimRow } from './published.js';

/** Detector reasons shown per case: one per signal, the strongest first (assumption: a screen). */
export const DETECTOR_REASONS_PER_CASE = 6;
/** Model reasons shown per case (grouped by feature and direction). */
export const MODEL_REASONS_PER_CASE = 5;
/** Claims named and evidence rows carried per reason (the reason's count says how many there are). */
export const EVIDENCE_PER_REASON = 10;
/** Claims of a case searched for evidence: its best ones by rank in the case (bounds the query). */
export const EVIDENCE_SEARCH_CLAIMS = 200;

export interface WorklistClaim {
  readonly nomorSep: string;
  readonly probability: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
  readonly fraudTypes: readonly string[];
  readonly submitMonth: string;
  /** Always set by the service (optional for older test doubles). */
  readonly rankInCase?: number;
  readonly evidenceStrength?: 'certain' | 'suspicious' | null;
}

export interface WorklistCase {
  readonly caseId: string;
  readonly rank: number;
  readonly facilityId: string;
  readonly province: string;
  /** The case type: the primary fraud type of its claims (from their strongest evidence). */
  readonly fraudType: string;
  readonly claims: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
  readonly reasons: readonly FraudReason[];
  // Always set by the service; optional for older test doubles.
  /** The strongest evidence in the case: certain, suspicious, or the model alone. */
  readonly evidenceStrength?: 'certain' | 'suspicious' | 'model';
  /** Every fraud type detected on the case's claims. */
  readonly fraudTypes?: readonly string[];
  /** Whether the case is within the capacity and provider cap of the list it was asked from. */
  readonly inWorklist?: boolean;
  /** Expected recovery less the case's audit cost (CASE_ECONOMICS): the list ranks by it after certain evidence. */
  readonly netValue?: number;
}

export interface CaseDetail extends WorklistCase {
  readonly claimList: readonly WorklistClaim[];
}

const STRENGTH_RANK = { certain: 0, suspicious: 1 } as const;

function evidenceOf(h: DetectorHitRow, claim: WorklistClaimRow | undefined): ClaimEvidence {
  return {
    nomorSep: h.nomor_sep,
    memberKey: claim?.memberKey ?? null,
    cardKey: claim?.cardKey ?? null,
    admitted: claim?.admitted ?? null,
    discharged: claim?.discharged ?? null,
    doctor: claim?.doctor ?? null,
    diagnoses: claim?.diagnoses ?? [],
    procedures: claim?.procedures ?? [],
    cbg: claim?.cbg ?? null,
    paidAmount: claim?.paidAmount ?? 0,
    amountAtRisk: Number(h.amount_at_risk),
    relatedSep: [...(h.related_sep ?? [])],
    en: h.evidence_en,
    id: h.evidence_id,
  };
}

const listed = (seps: readonly string[]): string => {
  const shown = seps.slice(0, EVIDENCE_PER_REASON).join(', ');
  return seps.length > EVIDENCE_PER_REASON ? `${shown} and ${seps.length - EVIDENCE_PER_REASON} more` : shown;
};
const listedId = (seps: readonly string[]): string => {
  const shown = seps.slice(0, EVIDENCE_PER_REASON).join(', ');
  return seps.length > EVIDENCE_PER_REASON ? `${shown} dan ${seps.length - EVIDENCE_PER_REASON} lainnya` : shown;
};

/** One reason per detector signal of the case, strongest evidence first. */
export function detectorReasons(hits: readonly DetectorHitRow[], claims: readonly WorklistClaimRow[]): DetectorReason[] {
  const claimOf = new Map(claims.map((c) => [c.nomorSep, c]));
  const groups = new Map<string, DetectorHitRow[]>();
  for (const h of hits) {
    const key = `${h.fraud_type}/${h.signal}`;
    const g = groups.get(key) ?? [];
    // one claim counts once per signal (a claim may hit a signal through several related rows)
    if (!g.some((x) => x.nomor_sep === h.nomor_sep)) g.push(h);
    groups.set(key, g);
  }
  const reasons = [...groups.values()].map((g): DetectorReason => {
    const first = g[0] as DetectorHitRow;
    const seps = g.map((h) => h.nomor_sep);
    const name = signalName(first.fraud_type, first.signal);
    const n = seps.length;
    return {
      kind: 'detector',
      fraudType: first.fraud_type,
      signal: first.signal,
      strength: strengthOf(first.strength),
      precision: first.precision ?? null,
      amountAtRisk: g.reduce((s, h) => s + Number(h.amount_at_risk), 0),
      claims: seps,
      relatedSep: [...new Set(g.flatMap((h) => h.related_sep ?? []))],
      evidence: g.slice(0, EVIDENCE_PER_REASON).map((h) => evidenceOf(h, claimOf.get(h.nomor_sep))),
      en: `${name.en}: ${n} claim(s) (${listed(seps)}). ${n > 1 ? 'First: ' : ''}${first.evidence_en}`,
      id: `${name.id}: ${n} klaim (${listedId(seps)}). ${n > 1 ? 'Pertama: ' : ''}${first.evidence_id}`,
    };
  });
  return reasons
    .sort(
      (a, b) =>
        STRENGTH_RANK[a.strength ?? 'suspicious'] - STRENGTH_RANK[b.strength ?? 'suspicious'] ||
        (b.precision ?? 0) - (a.precision ?? 0) ||
        b.amountAtRisk - a.amountAtRisk ||
        a.signal.localeCompare(b.signal),
    )
    .slice(0, DETECTOR_REASONS_PER_CASE);
}

/** Classifier contributions grouped per feature and direction, largest mean contribution first. */
export function modelReasons(rows: readonly ModelReasonRow[]): ModelReason[] {
  const groups = new Map<string, ModelReasonRow[]>();
  for (const r of rows) {
    const key = `${r.feature}/${r.contribution >= 0 ? '+' : '-'}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const value = (v: string): string | number | null => (v === '' ? null : Number.isFinite(Number(v)) ? Number(v) : v);
  return [...groups.values()]
    .map((g): ModelReason => {
      const first = g[0] as ModelReasonRow;
      const seps = [...new Set(g.map((r) => r.nomorSep))];
      const mean = g.reduce((s, r) => s + r.contribution, 0) / g.length;
      return {
        kind: 'model',
        feature: first.feature,
        contribution: mean,
        direction: mean >= 0 ? 'raises' : 'lowers',
        value: value(first.value),
        baselineValue: value(first.baselineValue),
        peerValue: value(first.peerValue),
        claims: seps,
        en: `${first.en} [claim(s) ${listed(seps)}${seps.length > 1 ? ', values of the first' : ''}]`,
        id: `${first.id} [klaim ${listedId(seps)}${seps.length > 1 ? ', nilai klaim pertama' : ''}]`,
      };
    })
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.feature.localeCompare(b.feature))
    .slice(0, MODEL_REASONS_PER_CASE);
}

/** A case of model suspicion only that the batch did not explain: the score itself is the reason. */
function scoreOnlyReason(claims: readonly WorklistClaimRow[]): ModelReason {
  const p = claims.reduce((s, c) => s + c.probability, 0) / Math.max(1, claims.length);
  const seps = claims.map((c) => c.nomorSep);
  return {
    kind: 'model',
    feature: 'probability',
    contribution: 0,
    direction: 'raises',
    value: p,
    baselineValue: null,
    peerValue: null,
    claims: seps,
    en: `Model fraud probability ${p.toFixed(2)} with no detector hit on claim(s) ${listed(seps)}; score a claim with POST /fraud/claims/score?explain=true for its contributions`,
    id: `Probabilitas fraud model ${p.toFixed(2)} tanpa temuan detektor pada klaim ${listedId(seps)}; skor klaim dengan explain=true untuk kontribusinya`,
  };
}

/**
 * Groups worklist claim rows (already in case rank and rank within the case) into cases, with
 * the reasons from `hits` and `model` (rows of any of the cases' claims).
 */
export function assembleCases(
  rows: readonly WorklistClaimRow[],
  hits: readonly DetectorHitRow[],
  model: readonly ModelReasonRow[],
): WorklistCase[] {
  const byCase = new Map<string, WorklistClaimRow[]>();
  for (const r of rows) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r]);
  const hitsOf = new Map<string, DetectorHitRow[]>();
  for (const h of hits) hitsOf.set(h.nomor_sep, [...(hitsOf.get(h.nomor_sep) ?? []), h]);
  const modelOf = new Map<string, ModelReasonRow[]>();
  for (const m of model) modelOf.set(m.nomorSep, [...(modelOf.get(m.nomorSep) ?? []), m]);
  return [...byCase.values()].map((claims): WorklistCase => {
    const head = claims[0] as WorklistClaimRow;
    const caseHits = claims.flatMap((c) => hitsOf.get(c.nomorSep) ?? []);
    const reasons: FraudReason[] = [
      ...detectorReasons(caseHits, claims),
      ...modelReasons(claims.flatMap((c) => modelOf.get(c.nomorSep) ?? [])),
    ];
    if (reasons.length === 0) reasons.push(scoreOnlyReason(claims));
    return {
      caseId: head.caseId,
      rank: head.caseRank,
      facilityId: head.facilityId,
      province: head.province,
      fraudType: head.primaryType,
      evidenceStrength: head.caseEvidence,
      fraudTypes: [...new Set(claims.flatMap((c) => c.fraudTypes))].sort(),
      claims: claims.length,
      amountAtRisk: claims.reduce((s, c) => s + c.amountAtRisk, 0),
      // whole rupiah, each rounded from its exact figure: the sum of rounded claims can differ by a few rupiah
      expectedRecovery: Math.round(head.caseExpectedRecovery),
      inWorklist: head.inWorklist,
      ...(head.caseNetValue === undefined ? {} : { netValue: Math.round(head.caseNetValue) }),
      reasons,
    };
  });
}

export function worklistClaim(r: WorklistClaimRow): WorklistClaim {
  return {
    nomorSep: r.nomorSep,
    rankInCase: r.rankInCase,
    probability: r.probability,
    amountAtRisk: r.amountAtRisk,
    expectedRecovery: Math.round(r.expectedRecovery),
    fraudTypes: r.fraudTypes,
    evidenceStrength: r.evidenceStrength,
    submitMonth: r.submitMonth,
  };
}
