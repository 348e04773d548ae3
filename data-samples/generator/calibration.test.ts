// Calibration marginals of a 30,000-member extract against the published figures of
// DOMAIN.md section 1, each with its tolerance (wider where the sample holds few events).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRIBUTION_RATES } from '../reference/index.js';
import { ACTIVE_SHARE, BPU_SHARE_OF_ACTIVE, PUBLISHED } from './calibration.js';
import { generateExtract } from './test-support/extract.js';
import type { GeneratedExtract } from './test-support/extract.js';

const LEDGER_START = '2023-07-01';
const LEDGER_END = '2026-06-30';
let x: GeneratedExtract;

beforeAll(async () => {
  x = await generateExtract({ members: 30_000, months: 36, endPeriod: '2026-06', seed: 7, format: 'parquet' });
});
afterAll(async () => {
  await x?.close();
});

/** Members without a defect in the columns a check reads. */
const cleanMembers = `(SELECT * FROM members WHERE length(nik) = 16 AND TRY_CAST(birth_date AS DATE) IS NOT NULL
  AND TRY_CAST(jht_opening_balance AS BIGINT) IS DISTINCT FROM -1 AND coalesce(TRY_CAST(jht_opening_balance AS BIGINT), 0) >= 0)`;
const cleanSpells = `(SELECT * FROM employment_spells WHERE TRY_CAST(start_date AS DATE) IS NOT NULL AND TRY_CAST(reported_wage AS BIGINT) > 0)`;

describe('BPJamsostek workers (DOMAIN.md section 1, March 2020)', () => {
  it('active share of registered workers is 31.9/48.5 within 3 points', async () => {
    const share = await x.scalar(`
      SELECT count(DISTINCT s.nik) FILTER (WHERE s.end_date IS NULL) / count(DISTINCT m.nik)
      FROM ${cleanMembers} m LEFT JOIN employment_spells s USING (nik) WHERE m.bpjstk_registered_date IS NOT NULL`);
    expect(Math.abs(share - ACTIVE_SHARE)).toBeLessThan(0.03);
  });

  it('BPU share of active workers is 2.7/31.9 within 1.5 points', async () => {
    const share = await x.scalar(`SELECT avg((worker_category = 'BPU')::INTEGER) FROM employment_spells WHERE end_date IS NULL`);
    expect(Math.abs(share - BPU_SHARE_OF_ACTIVE)).toBeLessThan(0.015);
  });

  it('tenure mix of registered workers is 12.5% / 32% / 55.5% within 2 points each', async () => {
    const rows = await x.query<{ band: number; share: number }>(`
      SELECT band, count(*) / sum(count(*)) OVER () AS share FROM (
        SELECT CASE WHEN d < 365.25 THEN 0 WHEN d < 5 * 365.25 THEN 1 ELSE 2 END AS band
        FROM (SELECT DATE '${LEDGER_END}' - bpjstk_registered_date::DATE AS d FROM ${cleanMembers} WHERE bpjstk_registered_date IS NOT NULL))
      GROUP BY band ORDER BY band`);
    rows.forEach((r, i) => expect(Math.abs(r.share - (PUBLISHED.tenureShare[i] ?? 0))).toBeLessThan(0.02));
  });

  it('mean reported wage is Rp3.8M under 1 year and Rp4.2M for 1-5 years of tenure, within 5%', async () => {
    const rows = await x.query<{ band: number; wage: number }>(`
      WITH latest AS (SELECT nik, arg_max(reported_wage::BIGINT, spell_id) AS wage FROM ${cleanSpells} GROUP BY nik)
      SELECT CASE WHEN d < 365.25 THEN 0 WHEN d < 5 * 365.25 THEN 1 ELSE 2 END AS band, avg(wage) AS wage
      FROM (SELECT DATE '${LEDGER_END}' - m.bpjstk_registered_date::DATE AS d, l.wage FROM ${cleanMembers} m JOIN latest l USING (nik))
      GROUP BY band ORDER BY band`);
    expect(Math.abs((rows[0]?.wage ?? 0) / PUBLISHED.meanWageUnder1y - 1)).toBeLessThan(0.05);
    expect(Math.abs((rows[1]?.wage ?? 0) / PUBLISHED.meanWage1to5y - 1)).toBeLessThan(0.05);
  });

  it('mean JHT balance at the ledger start matches the published age profile within 15% (20% under 20)', async () => {
    for (const band of PUBLISHED.jhtBalanceByAge) {
      const mean = await x.scalar(`
        SELECT avg(jht_opening_balance::BIGINT) FROM ${cleanMembers}
        WHERE bpjstk_registered_date::DATE < DATE '${LEDGER_START}'
          AND (DATE '${LEDGER_START}' - birth_date::DATE) / 365.25 >= ${band.from} AND (DATE '${LEDGER_START}' - birth_date::DATE) / 365.25 < ${band.to}`);
      expect(Math.abs(mean / band.mean - 1), `JHT ${band.from}-${band.to}`).toBeLessThan(band.from < 20 ? 0.2 : 0.15);
    }
  });
});

describe('JKK work accidents (e-PLKK cases)', () => {
  const exposure = `(SELECT sum(greatest(0, least(coalesce(end_date::DATE, DATE '${LEDGER_END}'), DATE '${LEDGER_END}')
      - greatest(start_date::DATE, DATE '${LEDGER_START}') + 1)) / 365.25 FROM ${cleanSpells})`;

  it('frequency is 4.5 per 1,000 worker-years within 25% (about 90 cases in this sample)', async () => {
    const observed = await x.scalar(`SELECT 1000 * (SELECT count(*) FROM kkpak_cases) / ${exposure}`);
    expect(Math.abs(observed / PUBLISHED.jkkPerThousandWorkerYears - 1)).toBeLessThan(0.25);
  });

  it('frequency rises with the risk group', async () => {
    const rows = await x.query<{ high: boolean; rate: number }>(`
      WITH s AS (SELECT s.*, TRY_CAST(e.jkk_risk_group AS INTEGER) >= 4 AS high,
          greatest(0, least(coalesce(s.end_date::DATE, DATE '${LEDGER_END}'), DATE '${LEDGER_END}') - greatest(s.start_date::DATE, DATE '${LEDGER_START}') + 1) / 365.25 AS wy
        FROM ${cleanSpells} s JOIN employers e USING (employer_id)),
      c AS (SELECT k.nik, k.employer_id FROM kkpak_cases k)
      SELECT high, (SELECT count(*) FROM c JOIN employers e USING (employer_id) WHERE (TRY_CAST(e.jkk_risk_group AS INTEGER) >= 4) = s.high) / sum(wy) AS rate
      FROM s GROUP BY high ORDER BY high`);
    const low = rows.find((r) => !r.high)?.rate ?? 0;
    const high = rows.find((r) => r.high)?.rate ?? 0;
    expect(high).toBeGreaterThan(1.5 * low);
    // and the employer latents behind it are calibrated: mean expected frequency of group IV-V over group I-II
    const ratio = await x.scalar(
      `SELECT avg(expected_frequency) FILTER (WHERE jkk_risk_group >= 4) / avg(expected_frequency) FILTER (WHERE jkk_risk_group <= 2) FROM employer_safety`,
    );
    expect(ratio).toBeGreaterThan(2.5);
  });

  it('case mix: 25% women within 12 points, high-fatality (total disability or death) about 2% (at most 6%)', async () => {
    const women = await x.scalar(`SELECT avg((substr(nik, 7, 2)::INTEGER > 40)::INTEGER) FROM kkpak_cases WHERE length(nik) = 16`);
    expect(Math.abs(women - PUBLISHED.jkkWomenShare)).toBeLessThan(0.12);
    const fatal = await x.scalar(`SELECT avg((outcome IN ('CACAT_TOTAL', 'MENINGGAL'))::INTEGER) FROM kkpak_cases`);
    expect(fatal).toBeLessThan(0.06);
  });
});

describe('JKN contributions', () => {
  it('about 50% of PBPU members pay regularly (at least 10 of the last 12 months paid), within 4 points', async () => {
    const share = await x.scalar(`
      WITH k AS (SELECT c.nik, count(*) AS n, count(c.paid_date) AS paid FROM contributions c JOIN ${cleanMembers} m USING (nik)
        WHERE c.agency = 'KES' AND m.jkn_segment = 'PBPU' AND c.period >= '2025-07-01' GROUP BY c.nik)
      SELECT avg((paid >= 10)::INTEGER) FROM k WHERE n = 12`);
    expect(Math.abs(share - PUBLISHED.pbpuRegularPayerShare)).toBeLessThan(0.04);
  });

  it('self-paying members owe Rp150,000 / 100,000 / 35,000 by care class; PBI Rp42,000; PPU 5% of the capped wage', async () => {
    // members whose segment changed in the ledger pay as the segment in force (households-primary-care.test.ts)
    const changed = `(SELECT nomor_kartu FROM membership_events WHERE event_type = 'PINDAH_SEGMEN')`;
    const rows = await x.query<{ jkn_segment: string; care_class: string; amounts: number[] }>(`
      SELECT m.jkn_segment, m.care_class, list(DISTINCT TRY_CAST(c.jkn_due AS BIGINT) ORDER BY TRY_CAST(c.jkn_due AS BIGINT)) AS amounts
      FROM contributions c JOIN ${cleanMembers} m USING (nik)
      WHERE c.agency = 'KES' AND m.jkn_segment IN ('PBPU', 'BP', 'PBI') AND TRY_CAST(c.jkn_due AS BIGINT) >= 0
        AND m.nomor_kartu NOT IN ${changed}
      GROUP BY ALL`);
    const byClass = CONTRIBUTION_RATES.jknMandiriByClass;
    for (const r of rows) {
      const expected = r.jkn_segment === 'PBI' ? CONTRIBUTION_RATES.jknPbiAmount : byClass[Number(r.care_class) as 1 | 2 | 3];
      if (!['1', '2', '3'].includes(r.care_class)) continue;
      expect(r.amounts.map(Number), `${r.jkn_segment} class ${r.care_class}`).toEqual([expected]);
    }
    const ppuOff = await x.scalar(`
      SELECT count(*) FROM contributions c JOIN ${cleanMembers} m USING (nik)
      WHERE c.agency = 'KES' AND m.jkn_segment = 'PPU' AND TRY_CAST(c.jkn_due AS BIGINT) >= 0 AND m.nomor_kartu NOT IN ${changed}
        AND (TRY_CAST(c.jkn_due AS BIGINT) < ${CONTRIBUTION_RATES.jknPpuRate * CONTRIBUTION_RATES.jknPpuWageFloor}
             OR TRY_CAST(c.jkn_due AS BIGINT) > ${CONTRIBUTION_RATES.jknPpuRate * CONTRIBUTION_RATES.jknPpuWageCap})`);
    expect(ppuOff).toBe(0);
  });
});
