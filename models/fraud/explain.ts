// Reasons for a fraud score: detector hits with their evidence, and the classifier's top
// contributions (integrated gradients, completeness checked) as sentences in Indonesian and
// English that set the claim's, member's or provider's value against the peer value.
import { fraudFeature } from '../../features/fraud/index.js';
import type { DataTable } from '../data/index.js';
import { explainClassifier } from '../families/classifier/index.js';
import type { Completeness, FeatureContribution, FeatureValue } from '../explain/index.js';
import { detector } from './detectors/index.js';
import { ANOMALY_COLUMN } from './model.js';
import type { FraudModels } from './model.js';

/** Model contributions shown per claim: enough to see why, few enough to read (assumption). */
export const TOP_CONTRIBUTIONS = 3;

export interface DetectorReason {
  readonly kind: 'detector';
  readonly fraudType: string;
  readonly signal: string;
  readonly amountAtRisk: number;
  readonly relatedSep: readonly string[];
  readonly en: string;
  readonly id: string;
}

export interface ModelReason {
  readonly kind: 'model';
  readonly feature: string;
  /** Signed contribution to the calibrated log-odds. */
  readonly contribution: number;
  readonly value: FeatureValue;
  readonly peerValue: FeatureValue;
  readonly en: string;
  readonly id: string;
}

export type FraudReason = DetectorReason | ModelReason;

export interface ClaimExplanation {
  readonly nomorSep: string;
  readonly probability: number;
  readonly modelReasons: readonly ModelReason[];
  readonly completeness: Completeness;
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
export function contributionSentence(c: FeatureContribution, table: DataTable, row: number): ModelReason {
  const direction = c.contribution >= 0 ? { en: 'raises', id: 'menaikkan' } : { en: 'lowers', id: 'menurunkan' };
  const feature = fraudFeature(c.feature);
  const peerValue: FeatureValue = feature?.peerColumn ? (numericAt(table, feature.peerColumn, row) ?? c.baselineValue) : c.baselineValue;
  let en: string;
  let id: string;
  if (feature) {
    en = `${feature.descriptionEn}: ${fmt(c.value)} ${feature.unit} against a peer value of ${fmt(peerValue)}; ${direction.en} the fraud score`;
    id = `${feature.descriptionId}: ${fmt(c.value)} ${feature.unit} dibanding nilai pembanding ${fmt(peerValue)}; ${direction.id} skor fraud`;
  } else if (c.feature.startsWith('hit_')) {
    const d = detector(c.feature.slice(4).toUpperCase());
    const fired = c.value === 1;
    en = `Detector ${d?.nameEn ?? c.feature} ${fired ? 'fired' : 'did not fire'} (typical claim: ${fmt(peerValue)}); ${direction.en} the fraud score`;
    id = `Detektor ${d?.nameId ?? c.feature} ${fired ? 'terpicu' : 'tidak terpicu'} (klaim tipikal: ${fmt(peerValue)}); ${direction.id} skor fraud`;
  } else if (c.feature === ANOMALY_COLUMN) {
    en = `Anomaly score ${fmt(c.value)} against ${fmt(peerValue)} for a typical claim; ${direction.en} the fraud score`;
    id = `Skor anomali ${fmt(c.value)} dibanding ${fmt(peerValue)} untuk klaim tipikal; ${direction.id} skor fraud`;
  } else if (c.feature === 'detector_precision') {
    en = `Audits confirmed ${fmt(c.value)} of earlier hits of the detector that fired (typical claim: ${fmt(peerValue)}); ${direction.en} the fraud score`;
    id = `Audit membuktikan ${fmt(c.value)} dari temuan sebelumnya detektor yang terpicu (klaim tipikal: ${fmt(peerValue)}); ${direction.id} skor fraud`;
  } else {
    en = `Detectors fired: ${fmt(c.value)} against ${fmt(peerValue)} for a typical claim; ${direction.en} the fraud score`;
    id = `Jumlah detektor terpicu: ${fmt(c.value)} dibanding ${fmt(peerValue)} untuk klaim tipikal; ${direction.id} skor fraud`;
  }
  return { kind: 'model', feature: c.feature, contribution: c.contribution, value: c.value, peerValue, en, id };
}

/** The classifier's explanation of one scored row (table: the scored table, with anomaly scores). */
export function explainClaim(models: FraudModels, table: DataTable, row: number, nomorSep: string, probability: number): ClaimExplanation {
  const e = explainClassifier(models.classifier, table, row);
  const top = [...e.contributions]
    .sort((a, b) => b.contribution - a.contribution || a.feature.localeCompare(b.feature))
    .slice(0, TOP_CONTRIBUTIONS);
  return { nomorSep, probability, modelReasons: top.map((c) => contributionSentence(c, table, row)), completeness: e.completeness };
}

export interface DetectorHitRow {
  readonly fraud_type: string;
  readonly signal: string;
  readonly amount_at_risk: number | bigint;
  readonly related_sep: readonly string[] | null;
  readonly evidence_en: string;
  readonly evidence_id: string;
}

export function detectorReason(h: DetectorHitRow): DetectorReason {
  return {
    kind: 'detector', fraudType: h.fraud_type, signal: h.signal, amountAtRisk: Number(h.amount_at_risk),
    relatedSep: [...(h.related_sep ?? [])], en: h.evidence_en, id: h.evidence_id,
  };
}
