// The workbench's read side over a hand-built published directory: evidence rows with tariff
// components against the CBG's peers, related claims by relation (same episode at another
// facility, readmission, near-identical clone, same card), the provider network with its
// suspicious links, and a Parquet export narrowed to chosen cases.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB, literal } from '../../data-samples/sql/index.js';
import { PublishedCaseEvidence, TARIFF_COMPONENTS } from './case-view.js';
import { FRAUD_FILES } from './files.js';

// [sep, facility, card, member, admitted, discharged, doctor, diagnoses, procedure, cbg, care type, paid, signals]
type Claim = [string, string, string, string, string, string, string, string, string | null, string, number, number, string[]];
const CLAIMS: Claim[] = [
  ['A1', '3171R001', 'c1', 'm1', '2025-03-01', '2025-03-04', 'D1', 'K35.8', '47.09', 'K-1-12-I', 1, 7_000_000, ['UPCODING/x']],
  ['A2', '3171R001', 'c2', 'm2', '2025-03-02', '2025-03-02', 'D1', 'J06.9', null, 'Q-5-42-0', 2, 200_000, []],
  ['B1', '3204R001', 'c1', 'm1', '2025-03-03', '2025-03-05', 'D9', 'I10', null, 'I-4-17-I', 1, 4_000_000, []], // same card, overlapping stay elsewhere
  ['A3', '3171R001', 'c1', 'm1', '2025-03-20', '2025-03-22', 'D2', 'K35.8', null, 'K-1-12-II', 1, 8_000_000, []], // readmission of A1's card
  ['A4', '3171R001', 'c3', 'm3', '2025-03-02', '2025-03-02', 'D2', 'J06.9', null, 'Q-5-42-0', 2, 200_000, []], // clone of A2
  ['A5', '3171R001', 'c2', 'm2', '2025-06-30', '2025-06-30', 'D1', 'J06.9', null, 'Q-5-42-0', 2, 200_000, []], // same card, outside the window
  ['B2', '3204R001', 'c4', 'm4', '2025-03-02', '2025-03-02', 'D1', 'R51', null, 'Q-5-44-0', 2, 150_000, []], // D1 at another hospital the same day
];

let dir: string;
let evidence: PublishedCaseEvidence;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telisik-case-view-'));
  const db = await createOfflineDuckDB(':memory:');
  const c = await db.connect();
  await c.run(`CREATE TABLE claims (nomor_sep VARCHAR, facility_id VARCHAR, card_key VARCHAR, member_key VARCHAR, tgl_masuk DATE, tgl_pulang DATE, kode_dpjp VARCHAR,
    diagnosa VARCHAR, procedure VARCHAR, kode_inacbg VARCHAR, jenis_rawat INTEGER, paid_amount BIGINT, billed_cost BIGINT, signals VARCHAR[])`);
  for (const r of CLAIMS) {
    await c.run('INSERT INTO claims VALUES ($1, $2, $3, $4, $5::DATE, $6::DATE, $7, $8, $9, $10, $11, $12, $12, $13::VARCHAR[])', [
      r[0],
      r[1],
      r[2],
      r[3],
      r[4],
      r[5],
      r[6],
      r[7],
      r[8],
      r[9],
      r[10],
      r[11],
      `[${r[12].map((s) => `'${s}'`).join(',')}]`,
    ]);
  }
  const components = TARIFF_COMPONENTS.map(
    (x) => `CASE WHEN nomor_sep = 'A1' AND '${x}' = 'obat' THEN 900000 WHEN '${x}' = 'obat' THEN 300000 ELSE 0 END::BIGINT AS tarif_${x}`,
  ).join(', ');
  const out = (file: string): string => literal(join(dir, file));
  await c.run(`COPY (SELECT * FROM claims) TO ${out(FRAUD_FILES.claimScores)} (FORMAT parquet)`);
  await c.run(
    `COPY (SELECT nomor_sep, kode_inacbg, paid_amount AS verified_cost, ${components} FROM claims) TO ${out(FRAUD_FILES.historyClaims)} (FORMAT parquet)`,
  );
  await c.run(
    `COPY (SELECT DISTINCT facility_id, 'RSU' AS facility_type, 'B' AS hospital_class, left(facility_id, 2) AS province_code, 'private' AS ownership FROM claims) TO ${out(FRAUD_FILES.facilities)} (FORMAT parquet)`,
  );
  await c.run(`COPY (SELECT facility_id || '-UPCODING' AS case_id, * FROM claims) TO ${out(FRAUD_FILES.cases)} (FORMAT parquet)`);
  c.closeSync();
  db.closeSync();
  evidence = await PublishedCaseEvidence.open(dir);
});
afterAll(async () => {
  evidence?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('case evidence over a published run', () => {
  it('reads each claim with its facility, verified amount and tariff components against the CBG peers', async () => {
    const [a1, missing] = [await evidence.claimEvidence(['A1', 'NOPE']), await evidence.claimEvidence([])];
    expect(missing).toEqual([]);
    expect(a1).toHaveLength(1);
    expect(a1[0]).toMatchObject({
      nomorSep: 'A1',
      facilityType: 'RSU',
      hospitalClass: 'B',
      verified: 7_000_000,
      diagnoses: ['K35.8'],
      procedures: ['47.09'],
      signals: ['UPCODING/x'],
    });
    // A1 is the only claim of its CBG, so its own value is the peer median; components of zero are left out
    expect(a1[0]?.components).toEqual([{ component: 'obat', amount: 900_000, peerMedian: 900_000 }]);
  });

  it('names related claims by relation, within the window, each once', async () => {
    const related = await evidence.relatedClaims(['A1', 'A2']);
    const rel = Object.fromEntries(related.map((r) => [r.nomorSep, [r.relation, r.of]]));
    expect(rel).toEqual({ B1: ['same_episode', 'A1'], A3: ['readmission', 'A1'], A4: ['clone', 'A2'] });
  });

  it('draws the provider network with overlapping stays and same-day doctors as suspicious links', async () => {
    const net = await evidence.providerNetwork('3171R001');
    const ids = net.nodes.map((n) => n.id).sort();
    expect(ids).toEqual(['d:D1', 'd:D2', 'm:m1', 'p:3171R001', 'p:3204R001']);
    const link = (s: string, t: string) => net.edges.find((e) => e.source === s && e.target === t);
    expect(link('m:m1', 'p:3204R001')).toMatchObject({ suspicious: true, why: ['overlapping_stays'] });
    expect(link('d:D1', 'p:3204R001')).toMatchObject({ suspicious: true, why: ['doctor_same_day_elsewhere'] });
    expect(link('p:3171R001', 'd:D2')).toMatchObject({ suspicious: false });
    expect(net.nodes.find((n) => n.id === 'm:m1')?.suspicious).toBe(true);
  });

  it('narrows a worklist Parquet export to chosen cases', async () => {
    const db = await createOfflineDuckDB(':memory:');
    const c = await db.connect();
    const path = join(dir, FRAUD_FILES.cases);
    await c.run(
      `COPY (SELECT case_id, nomor_sep FROM read_parquet(${literal(path)})) TO ${literal(join(dir, 'all.parquet'))} (FORMAT parquet)`,
    );
    const kept = await evidence.keepCases(await readFile(join(dir, 'all.parquet')), ['3204R001-UPCODING']);
    await writeFile(join(dir, 'kept.parquet'), kept);
    const rows = (await c.runAndReadAll(`SELECT DISTINCT case_id FROM read_parquet(${literal(join(dir, 'kept.parquet'))})`)).getRows();
    expect(rows).toEqual([['3204R001-UPCODING']]);
    c.closeSync();
    db.closeSync();
  });
});
