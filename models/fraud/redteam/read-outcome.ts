// THE ONE PLACE that knows the shape of a published fraud run. Everything else in the red-team
// suite asks this module, per claim (nomor_sep): which taxonomy codes it was flagged with,
// whether it is in a case, and the case id. When the published files change (detectors,
// case assembly), adapt this file only.
//
// Today's published directory (models/fraud/publish.ts FRAUD_FILES):
//   detector_hits.parquet  one row per detector hit: nomor_sep, fraud_type, signal, ...
//   worklist.parquet       one row per claim in a case: case_id, nomor_sep, primary_type, ...
//   claim_scores.parquet   one row per scored claim: nomor_sep, probability, ...
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createOfflineDuckDB, literal as lit } from '../../../data-samples/sql/index.js';
import { FRAUD_FILES } from '../files.js';

export interface ClaimOutcome {
  readonly nomorSep: string;
  /** The claim reached the published scores at all (it was ingested and scored). */
  readonly scored: boolean;
  /** Taxonomy codes of the detector hits on this claim, sorted. */
  readonly codes: readonly string[];
  /** Detector signals behind the codes (code:signal), for failure messages only. */
  readonly signals: readonly string[];
  readonly inCase: boolean;
  readonly caseId: string | null;
  /** The case's type, when in a case. */
  readonly caseType: string | null;
  /** Model probability, for failure messages only. */
  readonly probability: number | null;
}

/** Outcomes of the given claims in a published fraud directory; every requested SEP gets an entry. */
export async function readOutcomes(publishedDir: string, seps: readonly string[]): Promise<Map<string, ClaimOutcome>> {
  const file = (name: string): string => {
    const path = join(publishedDir, name);
    if (!existsSync(path)) throw new Error(`published fraud output ${path} is missing: did the fraud stage publish?`);
    return lit(path);
  };
  const instance = await createOfflineDuckDB(':memory:', { threads: 1 });
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE wanted AS SELECT unnest([${seps.map(lit).join(', ') || "''"}]::VARCHAR[]) AS nomor_sep`);
    const reader = await connection.runAndReadAll(`
      WITH hits AS (
        SELECT nomor_sep, list(DISTINCT fraud_type ORDER BY fraud_type) AS codes, list(DISTINCT fraud_type || ':' || signal ORDER BY fraud_type || ':' || signal) AS signals
        FROM read_parquet(${file(FRAUD_FILES.detectorHits)}) GROUP BY nomor_sep
      ), cases AS (
        SELECT nomor_sep, any_value(case_id) AS case_id, any_value(primary_type) AS case_type FROM read_parquet(${file(FRAUD_FILES.worklist)}) GROUP BY nomor_sep
      ), scores AS (
        SELECT nomor_sep, max(probability) AS probability FROM read_parquet(${file(FRAUD_FILES.claimScores)}) GROUP BY nomor_sep
      )
      SELECT w.nomor_sep, s.nomor_sep IS NOT NULL AS scored, coalesce(h.codes, []) AS codes, coalesce(h.signals, []) AS signals,
        c.case_id, c.case_type, s.probability
      FROM wanted w LEFT JOIN hits h USING (nomor_sep) LEFT JOIN cases c USING (nomor_sep) LEFT JOIN scores s USING (nomor_sep)`);
    const out = new Map<string, ClaimOutcome>();
    for (const r of reader.getRowObjectsJS()) {
      const caseId = (r['case_id'] as string | null) ?? null;
      out.set(String(r['nomor_sep']), {
        nomorSep: String(r['nomor_sep']),
        scored: r['scored'] === true,
        codes: (r['codes'] as string[]) ?? [],
        signals: (r['signals'] as string[]) ?? [],
        inCase: caseId !== null,
        caseId,
        caseType: (r['case_type'] as string | null) ?? null,
        probability: r['probability'] === null || r['probability'] === undefined ? null : Number(r['probability']),
      });
    }
    return out;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
