// The fraud routes over real HTTP with a stand-in for the published run: role auditor only,
// validation, the error catalog, outcome recording into the ops store and precision from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, WorklistCase } from '../../../models/fraud/service.js';
import type { WorklistOptions } from '../../../models/fraud/worklist.js';
import { ArrivalClaimError } from '../../../models/fraud/arrival.js';
import { startApi } from '../../test-support/harness.js';
import type { Harness } from '../../test-support/harness.js';
import { fraudRoutes } from './index.js';
import type { FraudReadService } from './index.js';

const CASE: WorklistCase = {
  caseId: '3171R001-UPCODING',
  rank: 1,
  facilityId: '3171R001',
  province: '31',
  fraudType: 'UPCODING',
  claims: 2,
  amountAtRisk: 9_000_000,
  expectedRecovery: 8_000_000,
  reasons: [
    {
      kind: 'detector',
      fraudType: 'UPCODING',
      signal: 'severity_without_support',
      amountAtRisk: 4_500_000,
      relatedSep: [],
      en: 'Severity III with 2 severity-raising diagnoses',
      id: 'Severitas III dengan 2 diagnosis penaik keparahan',
    },
  ],
};
const DETAIL: CaseDetail = {
  ...CASE,
  claimList: [
    {
      nomorSep: '3171R0010324V000001',
      probability: 0.9,
      amountAtRisk: 4_500_000,
      expectedRecovery: 4_000_000,
      fraudTypes: ['UPCODING'],
      submitMonth: '2024-03-01',
    },
    {
      nomorSep: '3171R0010324V000002',
      probability: 0.9,
      amountAtRisk: 4_500_000,
      expectedRecovery: 4_000_000,
      fraudTypes: ['UPCODING'],
      submitMonth: '2024-03-01',
    },
  ],
};

const seen: WorklistOptions[] = [];
const fake: FraudReadService = {
  async worklist(o) {
    seen.push(o);
    return [CASE];
  },
  async caseDetail(id) {
    return id === CASE.caseId ? DETAIL : null;
  },
  async export(_o, format) {
    return Buffer.from(format === 'csv' ? 'case_id,nomor_sep\n3171R001-UPCODING,3171R0010324V000001\n' : 'PAR1');
  },
  async providers(limit) {
    return [
      {
        facilityId: '3171R001',
        province: '31',
        claims: 100,
        expectedFraudulentClaims: 12.5,
        fraudRate: 0.125,
        likelyFraudulentClaims: 10,
        amountAtRisk: 9_000_000,
        expectedRecovery: 8_000_000,
        fraudTypes: ['UPCODING'],
      },
    ].slice(0, limit);
  },
  async signalPrecision() {
    return [
      {
        fraudType: 'PHANTOM_BILLING',
        signal: 'service_after_death',
        strength: 'certain',
        priorConfirmed: 9,
        priorNotFraud: 1,
        audited: 10,
        confirmed: 10,
        precision: 0.95,
      },
    ];
  },
  async scoreClaim(claim) {
    if (claim['kode_dpjp'] === 'BROKEN') throw new Error('no such doctor');
    // what DuckDB said when a bad value reached SQL: it must never reach the client
    if (claim['kode_dpjp'] === 'SQL')
      throw new Error('Conversion Error: invalid date field format: "2024-02-30" in SELECT $1::DATE AS tgl_masuk FROM arr_new');
    if (claim['tgl_masuk'] === '2024-02-30') throw new ArrivalClaimError('tgl_masuk', 'must be a calendar date YYYY-MM-DD');
    return {
      nomorSep: String(claim['nomor_sep']),
      probability: 0.8,
      amountAtRisk: 1_000_000,
      expectedRecovery: 800_000,
      route: 'review',
      fraudTypes: [],
      reasons: [],
    };
  },
};

let h: Harness;
let published = true;
beforeAll(async () => {
  h = await startApi({
    rateLimit: false,
    routes: [fraudRoutes({ store: () => h.store, service: () => (published ? fake : null), defaultCapacity: 50 })],
  });
});
afterAll(async () => {
  await h.close();
});

const arrival = {
  nomor_sep: '3171R0010624V000009',
  card_key: 'a'.repeat(64),
  facility_id: '3171R001',
  tgl_sep: '2026-06-01',
  tgl_masuk: '2026-06-01',
  tgl_pulang: '2026-06-04',
  tgl_pengajuan: '2026-06-10',
  jenis_rawat: 1,
  kelas_rawat: 2,
  discharge_status: 1,
  icu_indikator: 0,
  icu_los: 0,
  ventilator_hour: 0,
  upgrade_class_ind: 0,
  diagnosa: 'A01.0',
  coder_id: 'K1',
  kode_dpjp: 'D1',
  kode_inacbg: 'A-4-11-I',
  tarif_inacbg: 5_000_000,
  tarif_special_cmg: 0,
  billed_cost: 4_000_000,
  tarif_obat: 100_000,
};

describe('fraud routes', () => {
  it('serves the worklist to auditors only, passing filters and capacity through', async () => {
    expect((await h.fetch('/fraud/worklist')).status).toBe(401);
    expect((await h.fetch('/fraud/worklist', { key: h.keys.bank })).status).toBe(403);
    const res = await h.fetch('/fraud/worklist?capacity=20&province=31&fraudType=UPCODING&periodFrom=2024-01', { key: h.keys.auditor });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { capacity: number; cases: WorklistCase[] };
    expect(body.capacity).toBe(20);
    expect(body.cases[0]?.reasons[0]?.id).toMatch(/Severitas/);
    expect(seen.at(-1)).toEqual({ capacityCases: 20, province: '31', fraudType: 'UPCODING', periodFrom: '2024-01' });
    expect((await h.fetch('/fraud/worklist?periodFrom=2024-1', { key: h.keys.auditor })).status).toBe(400);
    const capped = (await (await h.fetch('/fraud/worklist?capacity=7&perProvider=2', { key: h.keys.auditor })).json()) as {
      capacity: number;
      perProvider: number;
    };
    expect(seen.at(-1)).toEqual({ capacityCases: 7, maxCasesPerProvider: 2 });
    expect(capped).toMatchObject({ capacity: 7, perProvider: 2 });
  });

  it('rolls scores up per provider', async () => {
    const res = await h.fetch('/fraud/providers?limit=5', { key: h.keys.auditor });
    expect(((await res.json()) as { providers: Array<{ fraudRate: number }> }).providers[0]?.fraudRate).toBe(0.125);
    expect((await h.fetch('/fraud/providers?limit=0', { key: h.keys.auditor })).status).toBe(400);
  });

  it('answers a case or FRAUD_CASE_NOT_FOUND', async () => {
    const ok = await h.fetch(`/fraud/cases/${CASE.caseId}`, { key: h.keys.auditor });
    expect(((await ok.json()) as CaseDetail).claimList).toHaveLength(2);
    const missing = await h.fetch('/fraud/cases/3171R009-CLONING', { key: h.keys.auditor });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('FRAUD_CASE_NOT_FOUND');
  });

  it('exports CSV with its content type', async () => {
    const res = await h.fetch('/fraud/worklist/export?format=csv', { key: h.keys.auditor });
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await res.text()).toMatch(/^case_id,nomor_sep/);
    expect((await h.fetch('/fraud/worklist/export?format=xlsx', { key: h.keys.auditor })).status).toBe(400);
  });

  it('scores a claim on arrival and maps a scoring failure to FRAUD_CLAIM_UNSCORABLE', async () => {
    const ok = await h.fetch('/fraud/claims/score', { key: h.keys.auditor, method: 'POST', json: arrival });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { route: string }).route).toBe('review');
    const bad = await h.fetch('/fraud/claims/score', { key: h.keys.auditor, method: 'POST', json: { ...arrival, kode_dpjp: 'BROKEN' } });
    expect(bad.status).toBe(422);
    expect(
      (await h.fetch('/fraud/claims/score', { key: h.keys.auditor, method: 'POST', json: { ...arrival, card_key: 'not-a-key' } })).status,
    ).toBe(400);
  });

  it('records outcomes for every claim of the case and reports precision by period and type', async () => {
    const res = await h.fetch(`/fraud/cases/${CASE.caseId}/outcome`, {
      key: h.keys.auditor,
      method: 'POST',
      json: { verdict: 'confirmed', amountRecovered: 7_000_000 },
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { claims: number }).claims).toBe(2);
    const refused = await h.fetch(`/fraud/cases/${CASE.caseId}/outcome`, {
      key: h.keys.auditor,
      method: 'POST',
      json: { verdict: 'not_fraud', amountRecovered: 5 },
    });
    expect(((await refused.json()) as { code: string }).code).toBe('FRAUD_OUTCOME_AMOUNT');
    await h.fetch(`/fraud/cases/${CASE.caseId}/outcome`, {
      key: h.keys.auditor,
      method: 'POST',
      json: { verdict: 'not_fraud', amountRecovered: 0 },
    });
    const stored = await h.store.listOutcomes({ caseId: CASE.caseId });
    expect(stored).toHaveLength(2);
    expect(stored.map((o) => o.fraudType)).toEqual(expect.arrayContaining([null, 'UPCODING']));
    const precision = (await (await h.fetch('/fraud/precision', { key: h.keys.auditor })).json()) as {
      rows: Array<{ fraudType: string; precision: number }>;
    };
    expect(precision.rows).toHaveLength(1);
    expect(precision.rows[0]).toMatchObject({ fraudType: 'UPCODING', precision: 0.5 });
  });

  it('refuses a month that does not exist with 400 naming the parameter, on the worklist and its export', async () => {
    for (const month of ['2024-13', '2024-00', '9999-99']) {
      for (const [path, param] of [
        ['/fraud/worklist?', 'periodFrom'],
        ['/fraud/worklist?', 'periodTo'],
        ['/fraud/worklist/export?format=csv&', 'periodFrom'],
      ] as const) {
        const res = await h.fetch(`${path}${param}=${month}`, { key: h.keys.auditor });
        expect(res.status, `${path}${param}=${month}`).toBe(400);
        const body = (await res.json()) as { code: string; details: Array<{ field: string }> };
        expect(body.code).toBe('VALIDATION_FAILED');
        expect(JSON.stringify(body.details)).toContain(param);
      }
    }
    expect((await h.fetch('/fraud/worklist?periodFrom=2024-12&periodTo=2025-01', { key: h.keys.auditor })).status).toBe(200);
  });

  it('answers an unscorable claim with 422 naming the field, and never with SQL or a database message', async () => {
    const bad = await h.fetch('/fraud/claims/score', {
      key: h.keys.auditor,
      method: 'POST',
      json: { ...arrival, tgl_masuk: '2024-02-30' },
    });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { code: string; details: Record<string, string> };
    expect(body.code).toBe('FRAUD_CLAIM_UNSCORABLE');
    expect(body.details['field']).toBe('tgl_masuk');
    const internal = await h.fetch('/fraud/claims/score', { key: h.keys.auditor, method: 'POST', json: { ...arrival, kode_dpjp: 'SQL' } });
    expect(internal.status).toBe(422);
    const text = await internal.text();
    expect(text).not.toMatch(/SELECT|Conversion Error|arr_new|\$1/);
  });

  it("lists each detector signal's strength and learned precision", async () => {
    const res = await h.fetch('/fraud/signals', { key: h.keys.auditor });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { signals: Array<{ strength: string; precision: number }> }).signals[0]).toMatchObject({
      strength: 'certain',
      precision: 0.95,
    });
    expect((await h.fetch('/fraud/signals', { key: h.keys.bank })).status).toBe(403);
  });

  it('answers FRAUD_NOT_PUBLISHED when no run is published', async () => {
    published = false;
    const res = await h.fetch('/fraud/worklist', { key: h.keys.auditor });
    published = true;
    expect(res.status).toBe(503);
    expect(((await res.json()) as { code: string }).code).toBe('FRAUD_NOT_PUBLISHED');
  });
});
