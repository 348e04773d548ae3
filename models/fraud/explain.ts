// Reasons for a fraud score: detector hits with their evidence, and the classifier's largest
// contributions, raising and lowering (integrated gradients against the model's stated
// baseline, completeness checked), as sentences in Indonesian and English that set the
// claim's, member's or provider's value against the baseline's (and the peer value, if any).
import { fraudFeature } from '../../features/fraud/index.js';
import type { DataTable } from '../data/index.js';
import { explainClassifier } from '../families/classifier/index.js';
import type { Completeness, FeatureContribution, FeatureValue } from '../explain/index.js';
import { detector, fraudSignal } from './detectors/index.js';
import type { EvidenceStrength } from './detectors/index.js';
import { ANOMALY_WITH_HIT, ANOMALY_WITHOUT_HIT } from './model.js';
import type { FraudModels } from './model.js';

/** Model contributions shown per claim: the largest raising and the largest lowering ones, enough to see why, few enough to read (assumption). */
export const TOP_CONTRIBUTIONS = 3;
export const TOP_LOWERING_CONTRIBUTIONS = 2;

/** The evidence fields of one claim a detector reason is about. */
export interface ClaimEvidence {
  readonly nomorSep: string;
  /** Pseudonymous member key and card key (never a clear NIK or card number). */
  readonly memberKey: string | null;
  readonly cardKey: string | null;
  readonly admitted: string | null;
  readonly discharged: string | null;
  readonly doctor: string | null;
  readonly diagnoses: readonly string[];
  readonly procedures: readonly string[];
  readonly cbg: string | null;
  readonly paidAmount: number;
  readonly amountAtRisk: number;
  /** Other claims (or the e-PLKK case) the hit links this claim to. */
  readonly relatedSep: readonly string[];
  readonly en: string;
  readonly id: string;
}

export interface DetectorReason {
  readonly kind: 'detector';
  readonly fraudType: string;
  readonly signal: string;
  /** Always set by the service (optional for older test doubles). */
  readonly strength?: EvidenceStrength;
  /** Learned precision of the signal (Beta posterior mean from audit outcomes). */
  readonly precision?: number | null;
  readonly amountAtRisk: number;
  /** The claims this reason is about. */
  readonly claims?: readonly string[];
  readonly relatedSep: readonly string[];
  /** Per claim (up to EVIDENCE_PER_REASON), the evidence fields. */
  readonly evidence?: readonly ClaimEvidence[];
  readonly en: string;
  readonly id: string;
}

export interface ModelReason {
  readonly kind: 'model';
  readonly feature: string;
  /** Signed contribution to the calibrated log-odds, against the model's baseline. */
  readonly contribution: number;
  readonly direction?: 'raises' | 'lowers';
  readonly value: FeatureValue;
  /** The feature's value in the model's baseline (what the contribution is measured against). */
  readonly baselineValue?: FeatureValue;
  /** The peer value from the feature registry, when the feature has one; else the baseline value. */
  readonly peerValue: FeatureValue;
  /** The claims this reason is about. */
  readonly claims?: readonly string[];
  readonly en: string;
  readonly id: string;
}

export type FraudReason = DetectorReason | ModelReason;

export interface ClaimExplanation {
  readonly nomorSep: string;
  readonly probability: number;
  readonly modelReasons: readonly ModelReason[];
  readonly completeness: Completeness;
  /** What the model's baseline is, in words, and its output (log-odds). */
  readonly baseline: string;
  readonly baselineOutput: number;
  readonly output: number;
}

const fmt = (v: FeatureValue): string =>
  v === null ? '-' : typeof v === 'number' ? (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2)) : v;

function numericAt(table: DataTable, column: string, row: number): number | null {
  const c = table.columns.get(column);
  if (!c || c.kind !== 'numeric') return null;
  const v = c.values[row] as number;
  return Number.isNaN(v) ? null : v;
}

/** One contribution as a sentence pair; the peer value is the registry's peer column when there is one. */
export function contributionSentence(c: FeatureContribution, table: DataTable, row: number, nomorSep = ''): ModelReason {
  const by = `${c.contribution >= 0 ? '+' : ''}${c.contribution.toFixed(2)}`;
  const direction =
    c.contribution >= 0
      ? {
          en: `raises the fraud score (${by} log-odds against the model baseline)`,
          id: `menaikkan skor fraud (${by} log-odds terhadap baseline model)`,
        }
      : {
          en: `lowers the fraud score (${by} log-odds against the model baseline)`,
          id: `menurunkan skor fraud (${by} log-odds terhadap baseline model)`,
        };
  const feature = fraudFeature(c.feature);
  const peerValue: FeatureValue = feature?.peerColumn ? (numericAt(table, feature.peerColumn, row) ?? c.baselineValue) : c.baselineValue;
  let en: string;
  let id: string;
  if (feature) {
    const peer = feature.peerColumn ? { en: `, peers ${fmt(peerValue)}`, id: `, pembanding ${fmt(peerValue)}` } : { en: '', id: '' };
    en = `${feature.descriptionEn}: ${fmt(c.value)} ${feature.unit} against ${fmt(c.baselineValue)} in the model baseline${peer.en}; ${direction.en}`;
    id = `${feature.descriptionId}: ${fmt(c.value)} ${feature.unit} dibanding ${fmt(c.baselineValue)} pada baseline model${peer.id}; ${direction.id}`;
  } else if (c.feature.startsWith('hit_')) {
    const d = detector(c.feature.slice(4).toUpperCase());
    const fired = c.value === 1;
    en = `Detector ${d?.nameEn ?? c.feature} ${fired ? 'fired' : 'did not fire'} (model baseline: ${fmt(c.baselineValue)}); ${direction.en}`;
    id = `Detektor ${d?.nameId ?? c.feature} ${fired ? 'terpicu' : 'tidak terpicu'} (baseline model: ${fmt(c.baselineValue)}); ${direction.id}`;
  } else if (c.feature === ANOMALY_WITH_HIT || c.feature === ANOMALY_WITHOUT_HIT) {
    const flagged = c.feature === ANOMALY_WITH_HIT;
    en = `Anomaly score ${fmt(c.value)} ${flagged ? 'of a claim a detector flagged' : 'of a claim no detector flagged'} against ${fmt(c.baselineValue)} in the model baseline; ${direction.en}`;
    id = `Skor anomali ${fmt(c.value)} ${flagged ? 'klaim yang ditandai detektor' : 'klaim yang tidak ditandai detektor'} dibanding ${fmt(c.baselineValue)} pada baseline model; ${direction.id}`;
  } else if (c.feature === 'detector_precision') {
    en = `Learned precision of the strongest detector signal ${fmt(c.value)} against ${fmt(c.baselineValue)} in the model baseline; ${direction.en}`;
    id = `Presisi terpelajar sinyal detektor terkuat ${fmt(c.value)} dibanding ${fmt(c.baselineValue)} pada baseline model; ${direction.id}`;
  } else {
    en = `Fraud types detected: ${fmt(c.value)} against ${fmt(c.baselineValue)} in the model baseline; ${direction.en}`;
    id = `Jenis fraud terdeteksi: ${fmt(c.value)} dibanding ${fmt(c.baselineValue)} pada baseline model; ${direction.id}`;
  }
  return {
    kind: 'model',
    feature: c.feature,
    contribution: c.contribution,
    direction: c.contribution >= 0 ? 'raises' : 'lowers',
    value: c.value,
    baselineValue: c.baselineValue,
    peerValue,
    claims: nomorSep ? [nomorSep] : [],
    en,
    id,
  };
}

/** The classifier's explanation of one scored row (table: the scored table, with anomaly scores). */
export function explainClaim(models: FraudModels, table: DataTable, row: number, nomorSep: string, probability: number): ClaimExplanation {
  const e = explainClassifier(models.classifier, table, row);
  const raising = e.contributions
    .filter((c) => c.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || a.feature.localeCompare(b.feature))
    .slice(0, TOP_CONTRIBUTIONS);
  const lowering = e.contributions
    .filter((c) => c.contribution < 0)
    .sort((a, b) => a.contribution - b.contribution || a.feature.localeCompare(b.feature))
    .slice(0, TOP_LOWERING_CONTRIBUTIONS);
  return {
    nomorSep,
    probability,
    modelReasons: [...raising, ...lowering].map((c) => contributionSentence(c, table, row, nomorSep)),
    completeness: e.completeness,
    baseline: e.baseline,
    baselineOutput: e.baselineOutput,
    output: e.output,
  };
}

export interface DetectorHitRow {
  readonly nomor_sep: string;
  readonly fraud_type: string;
  readonly signal: string;
  readonly strength: string;
  readonly amount_at_risk: number | bigint;
  readonly related_sep: readonly string[] | null;
  readonly evidence_en: string;
  readonly evidence_id: string;
  /** Learned precision of the signal, when the reader joined it. */
  readonly precision?: number | null;
}

export const strengthOf = (s: string): EvidenceStrength => (s === 'certain' ? 'certain' : 'suspicious');

/** The sentence opening of a signal: its name in the detector's definition. */
export function signalName(fraudType: string, signal: string): { en: string; id: string } {
  const s = fraudSignal(fraudType, signal);
  return s ? { en: s.nameEn, id: s.nameId } : { en: signal, id: signal };
}

/** A detector reason of one claim (arrival scoring, or a case of one claim). */
export function detectorReason(h: DetectorHitRow, evidence?: ClaimEvidence): DetectorReason {
  const related = [...(h.related_sep ?? [])];
  const name = signalName(h.fraud_type, h.signal);
  return {
    kind: 'detector',
    fraudType: h.fraud_type,
    signal: h.signal,
    strength: strengthOf(h.strength),
    precision: h.precision ?? null,
    amountAtRisk: Number(h.amount_at_risk),
    claims: [h.nomor_sep],
    relatedSep: related,
    evidence: evidence ? [evidence] : [],
    en: `${name.en} (claim ${h.nomor_sep}): ${h.evidence_en}`,
    id: `${name.id} (klaim ${h.nomor_sep}): ${h.evidence_id}`,
  };
}
