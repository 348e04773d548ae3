// Ground truth of a 20,000-member extract: fraud rate, concentration and signatures, the
// biased and imperfect audit sample, credit outcomes driven by the payment latent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANTED_FRAUD_TYPES } from './index.js';
import { generateExtract } from './test-support/extract.js';
import type { GeneratedExtract } from './test-support/extract.js';

let x: GeneratedExtract;
const FRAUD_RATE = 0.03;

beforeAll(async () => {
  x = await generateExtract({ members: 20_000, months: 36, seed: 11, fraudRate: FRAUD_RATE, format: 'parquet' });
});
afterAll(async () => {
  await x?.close();
});

describe('claim fraud ground truth', () => {
  it('about 3% of claims are fraudulent (2-4.5%)', async () => {
    const rate = await x.scalar(`SELECT (SELECT count(*) FROM claim_fraud) / (SELECT count(DISTINCT nomor_sep) FROM claims)`);
    expect(rate).toBeGreaterThan(0.02);
    expect(rate).toBeLessThan(0.045);
  });

  it('every planted type is present', async () => {
    const types = (await x.query<{ fraud_type: string }>(`SELECT DISTINCT fraud_type FROM claim_fraud`)).map((r) => r.fraud_type);
    expect(new Set(types)).toEqual(new Set(PLANTED_FRAUD_TYPES));
  });

  it('fraud is concentrated: the top 20% of providers hold over 70% of it', async () => {
    const share = await x.scalar(`
      WITH f AS (SELECT facility_id, count(*) AS k FROM claim_fraud GROUP BY 1 ORDER BY k DESC LIMIT (SELECT ceil(0.2 * count(*))::BIGINT FROM facilities))
      SELECT (SELECT sum(k) FROM f) / (SELECT count(*) FROM claim_fraud)`);
    expect(share).toBeGreaterThan(0.7);
  });

  it('leaves the signatures of DOMAIN.md section 3 (in the classic variants; variants.test.ts checks the others)', async () => {
    // PHANTOM_BILLING: a card billed after its holder's death
    expect(
      await x.scalar(`
      SELECT count(*) FROM claim_fraud f JOIN claims c USING (nomor_sep) JOIN members m USING (nomor_kartu) JOIN deaths d USING (nik)
      WHERE f.fraud_type = 'PHANTOM_BILLING' AND TRY_CAST(c.tgl_masuk AS DATE) > TRY_CAST(d.death_date AS DATE)`),
    ).toBeGreaterThan(0);
    // PHANTOM_BILLING: one card at two providers over 500 km apart on the same day
    expect(
      await x.scalar(`
      SELECT count(*) FROM claim_fraud f JOIN claims a USING (nomor_sep) JOIN claims b ON b.nomor_kartu = a.nomor_kartu AND b.tgl_masuk = a.tgl_masuk AND b.nomor_sep <> a.nomor_sep
      JOIN facilities fa ON fa.facility_id = a.facility_id JOIN facilities fb ON fb.facility_id = b.facility_id
      WHERE f.fraud_type = 'PHANTOM_BILLING' AND 111 * sqrt(power(fa.latitude::DOUBLE - fb.latitude::DOUBLE, 2) + power(fa.longitude::DOUBLE - fb.longitude::DOUBLE, 2)) > 400`),
    ).toBeGreaterThan(0);
    // UPCODING: coded severity III by complication codes
    expect(
      await x.scalar(`SELECT avg((c.kode_inacbg LIKE '%-III')::INTEGER) FROM claim_fraud f JOIN claims c USING (nomor_sep)
      WHERE f.variant IN ('upcoding_two_mcc', 'upcoding_single_mcc')`),
    ).toBeGreaterThan(0.95);
    // REPEAT_BILLING: same card, dates and INA-CBG billed twice
    expect(
      await x.scalar(`
      SELECT avg(((SELECT count(*) FROM claims b WHERE b.nomor_kartu = a.nomor_kartu AND b.tgl_masuk = a.tgl_masuk AND b.kode_inacbg = a.kode_inacbg) >= 2)::INTEGER)
      FROM claim_fraud f JOIN claims a USING (nomor_sep) WHERE f.variant IN ('resubmit_identical', 'resubmit_clean_provider')`),
    ).toBeGreaterThan(0.95);
    // COB_KKPAK: trauma diagnoses (S/T chapters)
    expect(
      await x.scalar(
        `SELECT avg((c.diagnosa SIMILAR TO '[ST].*')::INTEGER) FROM claim_fraud f JOIN claims c USING (nomor_sep) WHERE f.fraud_type = 'COB_KKPAK'`,
      ),
    ).toBeGreaterThan(0.95);
    // PROLONGED_LOS: stays longer than the genuine ones of the same group
    expect(
      await x.scalar(`
      WITH los AS (SELECT c.nomor_sep, c.kode_inacbg, TRY_CAST(c.tgl_pulang AS DATE) - TRY_CAST(c.tgl_masuk AS DATE) AS los FROM claims c WHERE c.jenis_rawat = '1')
      SELECT avg(l.los) / (SELECT avg(los) FROM los WHERE nomor_sep NOT IN (SELECT nomor_sep FROM claim_fraud)) FROM claim_fraud f JOIN los l USING (nomor_sep)
      WHERE f.variant = 'los_far_above'`),
    ).toBeGreaterThan(1.5);
  });
});

describe('audit outcomes', () => {
  it('sample is biased toward suspicious providers and detects imperfectly', async () => {
    const overall = await x.scalar(`SELECT (SELECT count(*) FROM claim_fraud) / (SELECT count(*) FROM claims)`);
    const audited = await x.scalar(
      `SELECT avg((f.nomor_sep IS NOT NULL)::INTEGER) FROM audit_outcomes a LEFT JOIN claim_fraud f USING (nomor_sep)`,
    );
    expect(audited).toBeGreaterThan(2 * overall);
    const missed = await x.scalar(
      `SELECT count(*) FROM audit_outcomes a JOIN claim_fraud f USING (nomor_sep) WHERE a.outcome <> 'CONFIRMED'`,
    );
    const falseAlarms = await x.scalar(
      `SELECT count(*) FROM audit_outcomes a LEFT JOIN claim_fraud f USING (nomor_sep) WHERE a.outcome = 'CONFIRMED' AND f.nomor_sep IS NULL`,
    );
    expect(missed).toBeGreaterThan(0);
    expect(falseAlarms).toBeGreaterThan(0);
  });
});

describe('credit outcome', () => {
  it('has two observation dates and a sane default rate (3-15%)', async () => {
    const rows = await x.query<{ n: number; rate: number }>(
      `SELECT count(*) AS n, avg(default_12m) AS rate FROM credit_outcome GROUP BY observation_date`,
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.rate).toBeGreaterThan(0.03);
      expect(r.rate).toBeLessThan(0.15);
    }
  });

  it('defaults are driven by the latent that also drives payment behaviour', async () => {
    expect(await x.scalar(`SELECT corr(latent, default_12m) FROM credit_outcome`)).toBeLessThan(-0.15);
    // self-payers with a high latent pay more months
    const corr = await x.scalar(`
      WITH pay AS (SELECT nik, avg((paid_date IS NOT NULL)::INTEGER) AS paid FROM contributions WHERE agency = 'KES' GROUP BY nik),
      lat AS (SELECT nik, any_value(latent) AS latent FROM credit_outcome GROUP BY nik)
      SELECT corr(l.latent, p.paid) FROM lat l JOIN pay p USING (nik) JOIN members m USING (nik) WHERE m.jkn_segment = 'PBPU'`);
    expect(corr).toBeGreaterThan(0.4);
  });
});

describe('employer safety ground truth', () => {
  it('covers every employer, with under-reporting and late-registration flags present', async () => {
    expect(await x.scalar(`SELECT count(*) FROM employer_safety`)).toBe(
      await x.scalar(`SELECT count(DISTINCT employer_id) FROM employers`),
    );
    expect(await x.scalar(`SELECT count(*) FILTER (WHERE under_reported_wage) FROM employer_safety`)).toBeGreaterThan(0);
    expect(await x.scalar(`SELECT count(*) FILTER (WHERE registers_after_accident) FROM employer_safety`)).toBeGreaterThan(0);
  });
});
