// The fraud SQL steps declare what they read and write: every declaration matches the SQL,
// each table is written before it is read, and the layers run in order (features, detectors,
// provider features, model input); features never name a table the models build themselves.
import { describe, expect, it } from 'vitest';
import { RAW_SOURCES, claimPhaseSteps, providerPhaseSteps } from '../../features/fraud/index.js';
import type { FraudLayer } from '../../features/fraud/index.js';
import { fraudSqlSteps } from './tables.js';

const LAYERS: readonly FraudLayer[] = ['reference', 'claim features', 'detectors', 'provider features', 'model input'];
const SOURCES = new Set(Object.values(RAW_SOURCES));
/** Tables the SQL names after FROM or JOIN (CTE names are not fraud_ or raw_ tables). */
const named = (sql: string): Set<string> =>
  new Set([...sql.matchAll(/\b(?:FROM|JOIN)\s+((?:fraud|raw)_\w+)/gi)].map((m) => m[1] as string));

describe('fraud SQL steps', () => {
  const steps = fraudSqlSteps();

  it('declare exactly the warehouse tables their SQL reads', () => {
    for (const s of steps) {
      const reads = named(s.sql);
      reads.delete(s.writes);
      expect([...reads].sort(), s.writes).toEqual([...new Set(s.reads)].filter((r) => r !== s.writes).sort());
      expect(s.sql, s.writes).toMatch(new RegExp(`CREATE (OR REPLACE )?TABLE (IF NOT EXISTS )?${s.writes}\\b`));
    }
  });

  it('write every table before any step reads it, and run the layers in order', () => {
    const written = new Set<string>();
    let layer = 0;
    for (const s of steps) {
      for (const r of s.reads) expect(SOURCES.has(r) || written.has(r), `${s.writes} reads ${r} before it is written`).toBe(true);
      const at = LAYERS.indexOf(s.layer);
      expect(at, `${s.writes} (${s.layer}) after layer ${LAYERS[layer]}`).toBeGreaterThanOrEqual(layer);
      layer = at;
      expect(written.has(s.writes), `${s.writes} written twice`).toBe(false);
      written.add(s.writes);
    }
    const order = steps.map((s) => s.writes);
    expect(order.indexOf('fraud_claim_base')).toBeLessThan(order.indexOf('fraud_detector_hits'));
    expect(order.indexOf('fraud_detector_hits')).toBeLessThan(order.indexOf('fraud_provider_month'));
    expect(order.indexOf('fraud_provider_month')).toBeLessThan(order.indexOf('fraud_model_input'));
  });

  it('keep features free of tables the models build: the provider phase reads the detector hits it is given', () => {
    for (const s of claimPhaseSteps(RAW_SOURCES))
      for (const r of s.reads) expect(r).not.toMatch(/fraud_detector_hits|fraud_model|fraud_signal/);
    const [providerMonth] = providerPhaseSteps(RAW_SOURCES, { detectorHits: 'some_hits' });
    expect(providerMonth?.reads).toContain('some_hits');
    expect(providerMonth?.sql).toContain('some_hits');
    expect(providerMonth?.sql).not.toContain('fraud_detector_hits');
  });
});
