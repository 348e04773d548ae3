// The fraud batch end to end on a small generated extract (built once per vitest run, shared with
// the partitioned fraud stage test; this file writes to its own copy of the warehouse):
// features, detectors, both networks, scores, the worklist with reasons, publication, the
// read service (worklist, case, exports, arrival scoring) and feedback into the next labels.
// One hand-built claim is added: a service after the member's death at a hospital with no
// history, which must become a case whatever the model says.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAUD_FEATURES, RAW_SOURCES } from '../../features/fraud/index.js';
import type { FraudSqlStep } from '../../features/fraud/index.js';
import { openWarehouse } from '../../features/warehouse/index.js';
import type { Warehouse } from '../../features/warehouse/index.js';
import { takeRows } from '../data/index.js';
import { predictClassifier } from '../families/classifier/index.js';
import { useBackend } from '../tf/index.js';
import { runFraudBatch } from './batch.js';
import type { FraudBatchResult } from './batch.js';
import { ANOMALY_COLUMN, ANOMALY_WITH_HIT, ANOMALY_WITHOUT_HIT, AUTOENCODER_SPEC, CLASSIFIER_SPEC, scoreFraud } from './model.js';
import { publishFraudBatch } from './publish.js';
import { FraudWorklistService } from './service.js';
import { claimLabelsSql, fraudSqlSteps, runFraudStep } from './tables.js';
import { evaluateFraud } from './evaluate.js';
import { literal } from '../../data-samples/sql/index.js';
import { ArrivalClaimError } from './arrival.js';
import { ArrivalContext } from './arrival-context.js';
import { fieldGatesAdmit } from './arrival-detectors.js';
import type { ArrivalClaim } from './arrival.js';
import { WorklistFilterError } from './worklist.js';
import { CASE_ECONOMICS } from './claim-scores.js';
import { FACILITIES, claim as handBuiltClaim, insertRows } from './test-support/hand-built.js';
import { copyWarehouse, ingestedFraudExtract } from './test-support/ingested-extract.js';
import type { IngestedExtract } from './test-support/ingested-extract.js';

let extract: IngestedExtract;
let dir: string;
let w: Warehouse;
let batch: FraudBatchResult;
let service: FraudWorklistService;
const CAPACITY = 20;
const PER_PROVIDER = 3;
/** A hospital that never billed before the claim below. */
const CLEAN_FACILITY = '3171R999';

/** A raw_claims row as e-Klaim submits it: numbers, dates as YYYY-MM-DD, times as ISO text. */
function arrivalClaimOf(row: Record<string, unknown> | undefined): ArrivalClaim {
  return Object.fromEntries(
    Object.entries(row ?? {}).map(([k, v]) => [
      k,
      typeof v === 'bigint'
        ? Number(v)
        : v instanceof Date
          ? k.startsWith('waktu_')
            ? v.toISOString()
            : v.toISOString().slice(0, 10)
          : (v as string | number | null),
    ]),
  );
}

/** The latest inpatient claim of the extract, as it would arrive. */
async function latestInpatientClaim(): Promise<ArrivalClaim> {
  const [c] = await w.query<Record<string, unknown>>(
    'SELECT * EXCLUDE (_file_id, _line) FROM raw_claims WHERE jenis_rawat = 1 ORDER BY tgl_masuk DESC LIMIT 1',
  );
  return arrivalClaimOf(c);
}
const GHOST_SEP = '3171R9990324V000001';

/**
 * One itemised stay bill reused on three other patients' stays of three INA-CBG groups at the
 * hospital of the latest stay, submitted in the last month (CLONING bill_reused_across_groups):
 * arrival must load the copies of other groups by the bill, as the batch compares them.
 */
async function insertCrossGroupCopies(): Promise<void> {
  const [at] = await w.query<{ facility_id: string; last: Date; submitted: Date }>(
    `SELECT (SELECT facility_id FROM raw_claims WHERE jenis_rawat = 1 ORDER BY tgl_masuk DESC, nomor_sep LIMIT 1) AS facility_id,
      (SELECT max(tgl_masuk) FROM raw_claims) AS last, (SELECT max(tgl_pengajuan) FROM raw_claims) AS submitted`,
  );
  // three adults born on different days (patients born the same day may be twins, admitted alike)
  const cards = await w.query<{ card_key: string }>(
    `SELECT min(card_key) AS card_key FROM raw_members WHERE birth_date < DATE '2000-01-01' GROUP BY birth_date ORDER BY birth_date DESC LIMIT 3`,
  );
  const day = (d: Date | undefined, back: number): string => new Date((d?.getTime() ?? 0) - back * 86_400_000).toISOString().slice(0, 10);
  const bill = { tarif_obat: 733_180, tarif_laboratorium: 418_750, tarif_bmhp: 187_260, tarif_penunjang: 95_400, tarif_kamar: 540_000 };
  const groups = [
    { kode_inacbg: 'A-4-11-I', diagnosa: 'A01.0', procedure: '99.21' },
    { kode_inacbg: 'K-4-17-I', diagnosa: 'A09', procedure: '99.18' },
    { kode_inacbg: 'A-4-13-I', diagnosa: 'A90', procedure: '90.59' },
  ];
  await insertRows(
    w,
    'raw_claims',
    groups.map((g, i) => {
      const masuk = day(at?.last, 24 - 8 * i);
      return handBuiltClaim(cards[i]?.card_key ?? '', {
        ...g,
        ...bill,
        nomor_sep: `${at?.facility_id ?? ''}0000V9${String(i).padStart(5, '0')}`,
        facility_id: at?.facility_id ?? '',
        tgl_sep: masuk,
        tgl_masuk: masuk,
        tgl_pulang: day(at?.last, 21 - 8 * i),
        tgl_pengajuan: day(at?.submitted, 0),
      });
    }),
  );
}

beforeAll(async () => {
  await useBackend('wasm');
  extract = await ingestedFraudExtract();
  dir = await mkdtemp(join(tmpdir(), 'telisik-fraud-'));
  await copyWarehouse(extract, join(dir, 'w.duckdb'));
  w = await openWarehouse(join(dir, 'w.duckdb'), { threads: 2 });
  // a claim after the member's death, at a new hospital with a clean history
  const [dead] = await w.query<{
    card_key: string;
    death_date: Date;
    last: Date;
  }>(`SELECT m.card_key, d.death_date, (SELECT max(tgl_masuk) FROM raw_claims) AS last
    FROM raw_deaths d JOIN raw_members m USING (member_key) WHERE d.death_date < (SELECT max(tgl_masuk) FROM raw_claims) - 60 ORDER BY d.death_date DESC LIMIT 1`);
  const admitted = new Date((dead?.death_date.getTime() ?? 0) + 30 * 86_400_000).toISOString().slice(0, 10);
  await insertRows(w, 'raw_facilities', [{ ...FACILITIES['jakarta1'], facility_id: CLEAN_FACILITY }]);
  await insertRows(w, 'raw_claims', [
    handBuiltClaim(dead?.card_key ?? '', { nomor_sep: GHOST_SEP, facility_id: CLEAN_FACILITY, tgl_masuk: admitted, tgl_sep: admitted }),
  ]);
  await insertCrossGroupCopies();
  batch = await runFraudBatch(w.connection, { seed: 1, capacityCases: CAPACITY, maxCasesPerProvider: PER_PROVIDER });
  await publishFraudBatch(w.connection, batch, join(dir, 'fraud'));
  service = await FraudWorklistService.open(join(dir, 'fraud'));
}, 240_000);

afterAll(async () => {
  service?.close();
  await w?.close();
  await rm(dir, { recursive: true, force: true });
  await extract?.dispose();
});

describe('fraud batch on a generated extract', () => {
  it('describes every model feature in Indonesian and English', () => {
    const described = new Set(FRAUD_FEATURES.map((f) => f.name));
    for (const f of AUTOENCODER_SPEC.features) expect(described.has(f.column), f.column).toBe(true);
    for (const f of FRAUD_FEATURES) expect(f.descriptionId).not.toEqual(f.descriptionEn);
    expect(CLASSIFIER_SPEC.features.map((f) => f.column)).toEqual(expect.arrayContaining([ANOMALY_WITH_HIT, ANOMALY_WITHOUT_HIT]));
  });

  it('caps the anomaly score at the range of the audited claims of its kind (flagged or not), so an extreme claim scores as the most anomalous audited one', () => {
    const c = batch.training.models.classifier;
    const capOf = (column: string): number | undefined => {
      const feature = c.spec.features.find((f) => f.column === column);
      return feature?.kind === 'numeric' ? feature.transform?.cap?.upper : undefined;
    };
    expect(c.spec.features.map((f) => f.column)).not.toContain(ANOMALY_COLUMN);
    const flaggedRows = batch.table.columns.get('detector_types_hit');
    if (flaggedRows?.kind !== 'numeric') throw new Error('no detector_types_hit column');
    for (const [column, flagged] of [
      [ANOMALY_WITH_HIT, true],
      [ANOMALY_WITHOUT_HIT, false],
    ] as const) {
      const cap = capOf(column);
      expect(cap, column).toBeGreaterThan(0);
      // the most anomalous claim of its kind, scored with its anomaly at the cap and far beyond
      const values = batch.table.columns.get(column);
      if (values?.kind !== 'numeric') throw new Error(`no ${column} column`);
      const top = values.values.reduce(
        (best, v, i) => ((flaggedRows.values[i] as number) > 0 === flagged && v >= (values.values[best] ?? -Infinity) ? i : best),
        -1,
      );
      expect(top, column).toBeGreaterThanOrEqual(0);
      const one = takeRows(batch.table, [top, top]);
      const col = one.columns.get(column);
      if (col?.kind !== 'numeric') throw new Error(`no ${column} column`);
      col.values[0] = cap as number;
      col.values[1] = (cap as number) * 100;
      const p = predictClassifier(c, one).probability;
      expect(p[1], column).toBe(p[0]);
    }
  });

  it('gives the anomaly score to one input only: the one of its kind', () => {
    const [a, withHit, withoutHit, types] = [ANOMALY_COLUMN, ANOMALY_WITH_HIT, ANOMALY_WITHOUT_HIT, 'detector_types_hit'].map((n) => {
      const col = batch.table.columns.get(n);
      if (col?.kind !== 'numeric') throw new Error(`no ${n} column`);
      return col.values;
    }) as [Float64Array, Float64Array, Float64Array, Float64Array];
    let flagged = 0;
    const misplaced: number[] = [];
    for (let i = 0; i < a.length; i++) {
      const hit = (types[i] as number) > 0;
      if (hit) flagged++;
      const [expectWith, expectWithout] = hit ? [a[i], 0] : [0, a[i]];
      if (withHit[i] !== expectWith || withoutHit[i] !== expectWithout) misplaced.push(i);
    }
    expect(misplaced).toEqual([]);
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(a.length);
  });

  it('scores in chunks exactly as in one piece', () => {
    const whole = scoreFraud(batch.training.models, batch.table, Number.MAX_SAFE_INTEGER);
    const chunked = scoreFraud(batch.training.models, batch.table, 97);
    expect(batch.table.nRows).toBeGreaterThan(97 * 3);
    expect(chunked.anomaly).toEqual(whole.anomaly);
    expect(chunked.probability).toEqual(whole.probability);
    expect(chunked.logit).toEqual(whole.logit);
  });

  it('scores every claim with a probability and sizes the worklist to capacity in cases', async () => {
    const [row] = await w.query<{
      claims: bigint;
      scored: bigint;
      bad: bigint;
    }>(`SELECT (SELECT count(*) FROM raw_claims) AS claims, count(*) AS scored,
      count(*) FILTER (WHERE NOT (probability BETWEEN 0 AND 1) OR amount_at_risk < 0) AS bad FROM fraud_claim_scores`);
    expect(Number(row?.scored)).toBe(Number(row?.claims));
    expect(Number(row?.bad)).toBe(0);
    expect(batch.worklistCases).toBeGreaterThan(0);
    expect(batch.worklistCases).toBeLessThanOrEqual(CAPACITY);
  });

  it('makes a case of a certain hit at a provider with no history, whatever the model says', async () => {
    const [score] = await w.query<{ probability: number; in_case: boolean; evidence_strength: string; primary_type: string }>(
      'SELECT probability, in_case, evidence_strength, primary_type FROM fraud_claim_scores WHERE nomor_sep = $1',
      [GHOST_SEP],
    );
    expect(score?.evidence_strength).toBe('certain');
    expect(score?.primary_type).toBe('PHANTOM_BILLING');
    expect(score?.in_case).toBe(true);
    const detail = await service.caseDetail(`${CLEAN_FACILITY}-PHANTOM_BILLING`);
    expect(detail?.claimList.map((c) => c.nomorSep)).toContain(GHOST_SEP);
    expect(detail?.evidenceStrength).toBe('certain');
    // certain evidence ranks first, so it is in the published worklist
    const cases = await service.worklist({});
    expect(cases.map((c) => c.caseId)).toContain(`${CLEAN_FACILITY}-PHANTOM_BILLING`);
    const firstSuspicious = cases.findIndex((c) => c.evidenceStrength !== 'certain');
    if (firstSuspicious >= 0) expect(cases.slice(firstSuspicious).every((c) => c.evidenceStrength !== 'certain')).toBe(true);
  });

  it('respects capacity in cases and the per-provider cap', async () => {
    for (const [capacityCases, maxCasesPerProvider] of [
      [5, 1],
      [8, 2],
      [CAPACITY, PER_PROVIDER],
    ] as const) {
      const cases = await service.worklist({ capacityCases, maxCasesPerProvider });
      expect(cases.length).toBeGreaterThan(0);
      expect(cases.length).toBeLessThanOrEqual(capacityCases);
      const perProvider = new Map<string, number>();
      for (const c of cases) perProvider.set(c.facilityId, (perProvider.get(c.facilityId) ?? 0) + 1);
      expect(Math.max(...perProvider.values())).toBeLessThanOrEqual(maxCasesPerProvider);
      expect(cases.map((c) => c.rank)).toEqual(cases.map((_, i) => i + 1));
    }
  });

  it('gives each case reasons with no repeated sentence, each naming claims of the case, with their evidence fields', async () => {
    const cases = await service.worklist({});
    for (const c of cases) {
      const detail = await service.caseDetail(c.caseId);
      const claims = new Set(detail?.claimList.map((x) => x.nomorSep));
      expect(new Set(c.reasons.map((r) => r.en)).size, c.caseId).toBe(c.reasons.length);
      expect(new Set(c.reasons.map((r) => r.id)).size, c.caseId).toBe(c.reasons.length);
      for (const r of c.reasons) {
        expect(r.claims?.length, `${c.caseId} ${r.en}`).toBeGreaterThan(0);
        for (const sep of r.claims ?? []) expect(claims.has(sep), `${c.caseId}: ${sep}`).toBe(true);
        if (r.kind === 'detector') {
          expect(r.en).toContain(r.claims?.[0] ?? '-');
          expect(r.strength).toMatch(/certain|suspicious/);
          expect(r.precision).toBeGreaterThan(0);
          for (const e of r.evidence ?? []) {
            expect(r.claims).toContain(e.nomorSep);
            expect(e.memberKey).toBeTruthy();
            expect(e.admitted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(e.cbg).toBeTruthy();
            expect(e.diagnoses.length).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('ranks a case in its detail as the worklist ranks it', async () => {
    const cases = await service.worklist({});
    expect(cases.length).toBeGreaterThan(3);
    for (const c of cases) expect((await service.caseDetail(c.caseId))?.rank, c.caseId).toBe(c.rank);
  });

  it('explains with contributions against the model baseline, raising and lowering', async () => {
    const model = batch.explanations.flatMap((e) => e.modelReasons);
    expect(model.some((r) => r.contribution > 0 && r.direction === 'raises')).toBe(true);
    expect(model.some((r) => r.contribution < 0 && r.direction === 'lowers')).toBe(true);
    for (const r of model) expect(r.en).toMatch(/model baseline/);
    for (const e of batch.explanations) expect(e.baseline.length).toBeGreaterThan(5);
  });

  it('explains claims completely: contributions add up to the calibrated log-odds minus the baseline', () => {
    expect(batch.explanations.length).toBeGreaterThan(0);
    for (const e of batch.explanations) {
      expect(e.completeness.ok, `${e.nomorSep} gap ${e.completeness.gap}`).toBe(true);
      expect(e.modelReasons.length).toBeGreaterThan(0);
      for (const r of e.modelReasons) expect(r.en).toMatch(/against|typical/);
    }
  });

  it('ranks cases with certain evidence first, then by net expected recovery, one per provider and case type, each with a reason', async () => {
    const cases = await service.worklist({ capacityCases: CAPACITY });
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.caseId)).size).toBe(cases.length);
    expect(cases.length).toBeLessThanOrEqual(CAPACITY);
    for (let i = 1; i < cases.length; i++) {
      const [a, b] = [cases[i - 1]!, cases[i]!];
      if ((a.evidenceStrength === 'certain') === (b.evidenceStrength === 'certain'))
        expect(a.netValue).toBeGreaterThanOrEqual(b.netValue ?? Number.NaN);
      // the net value is the expected recovery less the case's audit cost
      expect(a.netValue).toBeCloseTo(a.expectedRecovery - CASE_ECONOMICS.caseAuditCost - CASE_ECONOMICS.claimReviewCost * a.claims, 0);
    }
    expect(cases.map((c) => c.rank)).toEqual(cases.map((_, i) => i + 1));
    for (const c of cases) expect(c.reasons.length, c.caseId).toBeGreaterThan(0);
    // money leaves in whole rupiah (no float noise such as 1234567.8900000001)
    for (const c of cases)
      expect(
        [c.expectedRecovery, c.amountAtRisk, c.netValue].filter((v) => !Number.isInteger(v)),
        c.caseId,
      ).toEqual([]);
    await expect(service.worklist({ periodFrom: '2024-13' })).rejects.toBeInstanceOf(WorklistFilterError);
    const province = cases[0]!.province;
    const filtered = await service.worklist({ capacityCases: CAPACITY, province });
    expect(filtered.every((c) => c.province === province)).toBe(true);
    const detail = await service.caseDetail(cases[0]!.caseId);
    expect(detail?.claimList.length).toBe(detail?.claims);
    expect(await service.caseDetail('0000R000-UPCODING')).toBeNull();
  });

  it('rolls claim probabilities up per provider: expected fraudulent claims are the sum of probabilities', async () => {
    const [check] = await w.query<{
      gap: number;
      providers: bigint;
    }>(`SELECT max(abs(p.expected_fraudulent_claims - s.total)) AS gap, count(*) AS providers
      FROM fraud_provider_scores p JOIN (SELECT facility_id, sum(probability) AS total FROM fraud_claim_scores GROUP BY ALL) s USING (facility_id)`);
    expect(Number(check?.providers)).toBeGreaterThan(1);
    expect(check?.gap).toBeLessThan(1e-6);
    const top = await service.providers(3);
    expect(top).toHaveLength(3);
    expect(top[0]!.expectedRecovery).toBeGreaterThanOrEqual(top[2]!.expectedRecovery);
  });

  it('exports the worklist as CSV, Parquet and Arrow IPC', async () => {
    const csv = (await service.export({}, 'csv')).toString('utf8').trim().split('\n');
    expect(csv[0]).toMatch(/^case_id,case_rank,rank_in_case,nomor_sep/);
    expect(csv.length - 1).toBe(batch.worklistClaims);
    const parquet = await service.export({ province: '31' }, 'parquet');
    expect(parquet.subarray(0, 4).toString()).toBe('PAR1');
    const arrow = tableFromIPC(await service.export({}, 'arrow'));
    expect(arrow.numRows).toBe(batch.worklistClaims);
  });

  it('scores a claim on arrival: a resubmitted claim is repeat billing, with a route and reasons', async () => {
    const claim = await latestInpatientClaim();
    const score = await service.scoreClaim({ ...claim, nomor_sep: 'RESUBMITTED-1' }, true);
    expect(score.fraudTypes).toContain('REPEAT_BILLING');
    expect(score.probability).toBeGreaterThan(0);
    expect(['straight_through', 'review', 'investigate']).toContain(score.route);
    expect(score.reasons.some((r) => r.kind === 'detector')).toBe(true);
    expect(score.reasons.some((r) => r.kind === 'model')).toBe(true);
  });

  it('gives the same probability, amount at risk, expected recovery and types on arrival as in the batch', async () => {
    const lateSubmitted = `b.submit_month = (SELECT max(submit_month) FROM fraud_claim_base) AND l.label IS NULL AND EXISTS (SELECT 1 FROM fraud_claim_base o
      WHERE o.card_key = b.card_key AND o.tgl_masuk < b.tgl_masuk AND o.tgl_masuk >= b.tgl_masuk - 90
        AND o.tgl_masuk < (SELECT max(tgl_masuk) FROM fraud_claim_base) - 120)`;
    const [late] = await w.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM fraud_claim_base b LEFT JOIN fraud_claim_labels l USING (nomor_sep) WHERE ${lateSubmitted}`,
    );
    expect(late?.n).toBeGreaterThan(0);
    // unaudited claims of the last submission month (the month the published context holds), with and without hits
    const sample = await w.query<Record<string, unknown>>(`WITH last AS (SELECT max(submit_month) AS m FROM fraud_claim_base)
      (SELECT r.* EXCLUDE (_file_id, _line) FROM raw_claims r JOIN fraud_claim_scores s USING (nomor_sep) LEFT JOIN fraud_claim_labels l USING (nomor_sep)
       WHERE s.submit_month = (SELECT m FROM last) AND l.label IS NULL AND len(s.fraud_types) > 0 ORDER BY nomor_sep LIMIT 5)
      UNION ALL
      (SELECT r.* EXCLUDE (_file_id, _line) FROM raw_claims r JOIN fraud_claim_scores s USING (nomor_sep) LEFT JOIN fraud_claim_labels l USING (nomor_sep)
       WHERE s.submit_month = (SELECT m FROM last) AND l.label IS NULL AND len(s.fraud_types) = 0 ORDER BY nomor_sep LIMIT 5)
      UNION ALL
      -- claims whose evidence reads the published peers and provider distributions (case-mix, procedure, patterns)
      (SELECT r.* EXCLUDE (_file_id, _line) FROM raw_claims r JOIN fraud_claim_scores s USING (nomor_sep) LEFT JOIN fraud_claim_labels l USING (nomor_sep)
       WHERE s.submit_month = (SELECT m FROM last) AND l.label IS NULL AND list_has_any(s.signals, ['severity_without_resource_use', 'severity_unsupported_at_provider',
         'stays_above_p90_at_provider', 'short_admissions_above_peers', 'drug_device_outlier', 'support_services_outlier', 'operation_without_surgical_cost',
         'ventilation_whole_days_at_provider', 'ventilation_bunched_past_boundary', 'ventilation_spike_past_boundary', 'severity_mix_above_peers',
         'group_severity_above_peers', 'coder_severity_above_colleagues', 'condition_stays_past_norm_at_provider', 'stays_past_norm_at_provider',
         'discharges_held_over_no_round_days_at_provider', 'bill_lines_copied_other_patient'])
       ORDER BY nomor_sep LIMIT 5)
      UNION ALL
      -- a bill reused across groups: the copies of other groups are loaded by the bill (insertCrossGroupCopies)
      (SELECT r.* EXCLUDE (_file_id, _line) FROM raw_claims r JOIN fraud_claim_scores s USING (nomor_sep)
       WHERE list_has(s.signals, 'bill_reused_across_groups') ORDER BY nomor_sep LIMIT 3)
      UNION ALL
      -- submitted late: the card's 90-day look-back reaches back past the last admission less 120 days (the
      -- published history counted from the last admission once stopped there: publish.ts ARRIVAL_HISTORY_DAYS)
      (SELECT r.* EXCLUDE (_file_id, _line) FROM raw_claims r JOIN fraud_claim_base b USING (nomor_sep) LEFT JOIN fraud_claim_labels l USING (nomor_sep)
       WHERE ${lateSubmitted} ORDER BY nomor_sep LIMIT 3)`);
    // five with hits, five without, some whose evidence reads the published peers, and the copies of one bill across groups
    expect(sample.length).toBeGreaterThan(10);
    expect(sample.filter((r) => String(r['nomor_sep']).includes('0000V9'))).toHaveLength(3);
    for (const raw of sample) {
      const claim = arrivalClaimOf(raw);
      const [b] = await w.query<{
        probability: number;
        amount_at_risk: bigint;
        expected_recovery: number;
        fraud_types: string[];
        primary_type: string;
        evidence_strength: string | null;
      }>(
        'SELECT probability, amount_at_risk, expected_recovery, fraud_types, primary_type, evidence_strength FROM fraud_claim_scores WHERE nomor_sep = $1',
        [String(claim['nomor_sep'])],
      );
      const a = await service.scoreClaim(claim);
      expect(a.probability, String(claim['nomor_sep'])).toBeCloseTo(b?.probability ?? -1, 5);
      expect(a.amountAtRisk).toBe(Number(b?.amount_at_risk));
      expect(a.expectedRecovery).toBeCloseTo(b?.expected_recovery ?? -1, 0);
      expect([...a.fraudTypes]).toEqual([...(b?.fraud_types ?? [])]);
      expect(a.primaryType).toBe(b?.primary_type);
      expect(a.evidenceStrength).toBe(b?.evidence_strength ?? null);
    }
  });

  it('finds every batch hit on a claim whose fields the arrival gates let through (arrival-gates.ts)', async () => {
    const hits = await w.query<Record<string, unknown>>(
      'SELECT h.fraud_type, h.signal, c.* EXCLUDE (_file_id, _line) FROM fraud_detector_hits h JOIN raw_claims c USING (nomor_sep)',
    );
    expect(hits.length).toBeGreaterThan(100);
    const refused = hits.filter(
      (h) => !fieldGatesAdmit({ fraud_type: String(h['fraud_type']), signal: String(h['signal']) }, arrivalClaimOf(h)),
    );
    expect(refused.map((h) => `${String(h['fraud_type'])}/${String(h['signal'])} ${String(h['nomor_sep'])}`)).toEqual([]);
  });

  it('finds on arrival the hits of every branch for each claim of the published months with a batch hit, and for others: the screens skip none (arrival-screens.ts, arrival-fill-plan.ts)', async () => {
    // claims of the months the publication holds: those with a batch hit, and as many more without (hash order: a fixed sample)
    const claims = (
      await w.query<Record<string, unknown>>(`WITH months AS (SELECT DISTINCT submit_month FROM fraud_claim_base ORDER BY 1 DESC LIMIT 3),
        published AS (SELECT r.* EXCLUDE (_file_id, _line), b.nomor_sep IN (SELECT nomor_sep FROM fraud_detector_hits) AS hit
          FROM raw_claims r JOIN fraud_claim_base b USING (nomor_sep) WHERE b.submit_month IN (SELECT submit_month FROM months))
        (SELECT * EXCLUDE (hit) FROM published WHERE hit ORDER BY hash(nomor_sep) LIMIT 12)
        UNION ALL (SELECT * EXCLUDE (hit) FROM published WHERE NOT hit ORDER BY hash(nomor_sep) LIMIT 6)`)
    ).map(arrivalClaimOf);
    expect(claims.length).toBeGreaterThan(12);
    const reads = {
      hits: 'SELECT fraud_type, signal, strength, amount_at_risk, related_sep, evidence_en FROM fraud_detector_hits WHERE nomor_sep IN (SELECT nomor_sep FROM arr_new) ORDER BY ALL',
    };
    const screened = await ArrivalContext.open(join(dir, 'fraud'), reads);
    const everyBranch = await ArrivalContext.open(join(dir, 'fraud'), reads, { screened: false });
    try {
      let hits = 0;
      for (const claim of claims) {
        const hitsOf = (c: ArrivalContext<'hits'>) =>
          c.withClaim(claim, async () => (await c.reads.hits.runAndReadAll()).getRowObjectsJS());
        const all = await hitsOf(everyBranch);
        expect(await hitsOf(screened), String(claim['nomor_sep'])).toEqual(all);
        hits += all.length;
      }
      // the claims with a batch hit have hits on arrival too (the comparison is not of empty lists)
      expect(hits).toBeGreaterThan(6);
    } finally {
      screened.close();
      everyBranch.close();
    }
  });

  it('names the bad field of a claim on arrival and binds every value', async () => {
    const claim = await latestInpatientClaim();
    for (const [field, value] of [
      ['tgl_masuk', '2024-02-30'],
      ['icu_los', 2 ** 40],
      ['kode_dpjp', null],
      ['tarif_obat', 'lots'],
      ['waktu_masuk', '2023-02-29 10:00'],
      ['waktu_operasi', '2024-13-01 08:00'],
      ['waktu_pulang', '2024-01-01 25:00'],
      ['tarif_obat', -1],
      ['kelas_rawat', 7],
    ] as const) {
      const err = await service.scoreClaim({ ...claim, [field]: value }).catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(ArrivalClaimError);
      expect((err as ArrivalClaimError).field).toBe(field);
      expect((err as Error).message).not.toMatch(/SELECT|INSERT|Error:/);
    }
    // A component past what the bill holds: named as the bill's inconsistency, not a DuckDB error.
    const inflated = await service.scoreClaim({ ...claim, tarif_bmhp: 2_147_483_647 }).catch((e: unknown) => e);
    expect(inflated).toBeInstanceOf(ArrivalClaimError);
    expect((inflated as ArrivalClaimError).field).toBe('billed_cost');
    // a bill below the components it names, with one left out, is refused before any SQL (its features take logarithms of the rest)
    const short = await service.scoreClaim({ ...claim, billed_cost: 0, tarif_obat: 5_000_000, tarif_alkes: null }).catch((e: unknown) => e);
    expect((short as ArrivalClaimError).field).toBe('billed_cost');
    const quoted = await service.scoreClaim({ ...claim, nomor_sep: "X' OR '1'='1", kode_dpjp: "D'; DROP TABLE h_claims; --" });
    expect(quoted.nomorSep).toBe("X' OR '1'='1");
    expect((await service.scoreClaim({ ...claim, nomor_sep: 'AFTER-QUOTES' })).fraudTypes).toContain('REPEAT_BILLING');
  });

  it('leaves the arrival request tables empty after a request, also one that fails midway', async () => {
    const claim = await latestInpatientClaim();
    const context = await ArrivalContext.open(join(dir, 'fraud'));
    try {
      const requestTables = [
        'arr_new',
        'arr_claims',
        'arr_members',
        'fraud_claim_base',
        'fraud_detector_hits',
        'fraud_model_input',
        'fraud_model_scores',
      ];
      // one statement at a time: a DuckDB connection runs one
      const rows = async (): Promise<number[]> => {
        const counts: number[] = [];
        for (const t of requestTables)
          counts.push(Number((await context.connection.runAndReadAll(`SELECT count(*) FROM ${t}`)).getRows()[0]?.[0]));
        return counts;
      };
      let seen = 0;
      await context.withClaim(claim, async () => {
        seen = Number((await context.connection.runAndReadAll('SELECT count(*) FROM fraud_claim_base')).getRows()[0]?.[0]);
      });
      expect(seen).toBeGreaterThan(0);
      expect(await rows()).toEqual(requestTables.map(() => 0));
      const failed = await context
        .withClaim(claim, async () => {
          await context.setModelScores('X', 0.5, 0);
          throw new Error('scoring failed midway');
        })
        .catch((e: unknown) => e);
      expect((failed as Error).message).toBe('scoring failed midway');
      expect(await rows()).toEqual(requestTables.map(() => 0));
    } finally {
      context.close();
    }
  });

  it('evaluates against ground truth: every certain-evidence fraud claim is in a case; variants and look-alikes reported', async () => {
    const truth = `read_parquet(${literal(join(extract.extractDir, 'truth', 'claim_fraud.parquet'))})`;
    const lookalikes = `read_parquet(${literal(join(extract.extractDir, 'truth', 'claim_lookalike.parquet'))})`;
    const e = await evaluateFraud(w.connection, truth, lookalikes);
    expect(e.certainEvidenceFraud?.claims).toBeGreaterThan(0);
    expect(e.certainEvidenceFraud?.inCase).toBe(e.certainEvidenceFraud?.claims);
    expect(Object.keys(e.recallTop5pctByVariant ?? {}).length).toBeGreaterThan(Object.keys(e.recallTop5pctByType).length);
    expect(Object.keys(e.lookalikeFalseHits ?? {}).length).toBeGreaterThan(0);
  });

  it('feeds an investigator outcome into the next training labels, over an older audit', async () => {
    const [target] = await w.query<{ nomor_sep: string }>('SELECT nomor_sep FROM fraud_model_input WHERE label IS NULL LIMIT 1');
    await w.run("INSERT INTO fraud_investigator_outcomes VALUES ('case-1', $1, 'confirmed', 'UPCODING', 1000, TIMESTAMP '2030-01-01')", [
      target?.nomor_sep ?? '',
    ]);
    await w.run(claimLabelsSql(RAW_SOURCES));
    // as a run builds it (a TEMP view of the run)
    await runFraudStep(w.connection, fraudSqlSteps().find((s) => s.writes === 'fraud_model_input') as FraudSqlStep);
    const [after] = await w.query<{ label: number }>('SELECT label FROM fraud_model_input WHERE nomor_sep = $1', [target?.nomor_sep ?? '']);
    expect(after?.label).toBe(1);
  });
});
