// Planted variants and look-alikes of a 30,000-member extract (no defects, so every row is
// as planted): each type in at least three variants, every variant and look-alike present,
// the held-out set covering every type, and each planted claim physically possible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAUD_VARIANTS, HELD_OUT_VARIANTS, LOOKALIKES, PLANTED_FRAUD_TYPES, variantsOf } from './index.js';
import { generateExtract } from './test-support/extract.js';
import type { GeneratedExtract } from './test-support/extract.js';

let x: GeneratedExtract;

beforeAll(async () => {
  x = await generateExtract({ members: 30_000, months: 36, seed: 23, format: 'parquet', defectRate: 0 });
});
afterAll(async () => {
  await x?.close();
});

const codes = (values: readonly string[]): string => `[${values.map((v) => `'${v}'`).join(', ')}]`;
/** Planted claims with their variant, dates typed, and the member's registration and death. */
const planted = `(SELECT c.*, f.fraud_type, f.variant, f.held_out, c.tgl_masuk::DATE AS mi, c.tgl_pulang::DATE AS po, c.tgl_sep::DATE AS se,
    c.icu_los::INTEGER AS icu, c.ventilator_hour::INTEGER AS vh, m.jkn_registered_date::DATE AS reg, d.death_date::DATE AS died,
    (c.tgl_masuk::DATE - m.birth_date::DATE) / 365.25 AS age, m.sex, m.nik
  FROM claim_fraud f JOIN claims c USING (nomor_sep) JOIN members m USING (nomor_kartu) LEFT JOIN deaths d USING (nik))`;
const variantCount = async (variant: string): Promise<number> => x.scalar(`SELECT count(*) FROM claim_fraud WHERE variant = '${variant}'`);

describe('the variant catalogue', () => {
  it('gives every planted type at least three variants, with unique codes', () => {
    for (const type of PLANTED_FRAUD_TYPES) expect(variantsOf(type).length, type).toBeGreaterThanOrEqual(3);
    expect(new Set(FRAUD_VARIANTS.map((v) => v.code)).size).toBe(FRAUD_VARIANTS.length);
    expect(new Set(FRAUD_VARIANTS.map((v) => v.fraudType))).toEqual(new Set(PLANTED_FRAUD_TYPES));
  });

  it('holds out at least one variant of every type, and leaves every type variants to tune on', () => {
    const known = new Set(FRAUD_VARIANTS.map((v) => v.code));
    for (const code of HELD_OUT_VARIANTS) expect(known.has(code), code).toBe(true);
    for (const type of PLANTED_FRAUD_TYPES) {
      const held = variantsOf(type).filter((v) => HELD_OUT_VARIANTS.includes(v.code));
      expect(held.length, type).toBeGreaterThanOrEqual(1);
      expect(held.length, type).toBeLessThan(variantsOf(type).length);
    }
  });
});

describe('planted variants', () => {
  it('every type is planted in at least three variants', async () => {
    const rows = await x.query<{ fraud_type: string; n: number }>(
      `SELECT fraud_type, count(DISTINCT variant)::INTEGER AS n FROM claim_fraud GROUP BY 1`,
    );
    expect(new Set(rows.map((r) => r.fraud_type))).toEqual(new Set(PLANTED_FRAUD_TYPES));
    for (const r of rows) expect(r.n, r.fraud_type).toBeGreaterThanOrEqual(3);
  });

  it('every variant of the catalogue appears in ground truth, under its own type, with its held-out flag', async () => {
    const rows = await x.query<{ variant: string; fraud_type: string; held_out: boolean }>(
      `SELECT DISTINCT variant, fraud_type, held_out FROM claim_fraud`,
    );
    expect(new Set(rows.map((r) => r.variant))).toEqual(new Set(FRAUD_VARIANTS.map((v) => v.code)));
    for (const r of rows) {
      expect(r.fraud_type, r.variant).toBe(FRAUD_VARIANTS.find((v) => v.code === r.variant)?.fraudType);
      expect(r.held_out, r.variant).toBe(HELD_OUT_VARIANTS.includes(r.variant));
    }
    expect(await x.scalar(`SELECT count(*) FROM claim_fraud WHERE variant IS NULL OR held_out IS NULL`)).toBe(0);
  });

  it('keeps the fraud rate near the requested 3%', async () => {
    const rate = await x.scalar(`SELECT (SELECT count(*) FROM claim_fraud) / (SELECT count(*) FROM claims)`);
    expect(rate).toBeGreaterThan(0.02);
    expect(rate).toBeLessThan(0.04);
  });

  it('plants the clean-history variants as the only fraud at their provider', async () => {
    const clean = FRAUD_VARIANTS.filter((v) => v.cleanHistory).map((v) => v.code);
    const rows = await x.query<{ variant: string; others: number }>(`
      SELECT f.variant, (SELECT count(*) FROM claim_fraud g WHERE g.facility_id = f.facility_id)::INTEGER - 1 AS others
      FROM claim_fraud f WHERE list_contains(${codes(clean)}, f.variant)`);
    expect(new Set(rows.map((r) => r.variant))).toEqual(new Set(clean));
    for (const r of rows) expect(r.others, r.variant).toBe(0);
  });

  it('planted claims are physically possible: dates, ICU and ventilator hours within the stay, a living registered member', async () => {
    const bad = await x.query<{ variant: string; problem: string }>(`
      SELECT variant, problem FROM (
        SELECT variant, CASE
          WHEN po < mi THEN 'discharge before admission'
          WHEN jenis_rawat = '2' AND po <> mi THEN 'outpatient visit over several days'
          WHEN jenis_rawat = '1' AND icu > po - mi THEN 'ICU days beyond the stay'
          WHEN vh > 24 * icu THEN 'ventilator hours beyond the ICU days'
          WHEN variant <> 'phantom_sep_after_discharge' AND (se < mi OR se > po) THEN 'SEP outside the stay'
          WHEN mi < reg THEN 'before JKN registration'
          WHEN variant NOT LIKE 'phantom_after_death%' AND died IS NOT NULL AND po > died THEN 'after death'
          WHEN variant LIKE 'phantom_after_death%' AND NOT (mi > died) THEN 'posthumous claim not after death' END AS problem
        FROM ${planted}) WHERE problem IS NOT NULL LIMIT 20`);
    expect(bad).toEqual([]);
    // and the variants that live on a date or an hour window keep to it
    expect(await x.scalar(`SELECT count(*) FROM ${planted} WHERE variant = 'phantom_sep_after_discharge' AND NOT (se > po)`)).toBe(0);
    expect(
      await x.scalar(`SELECT count(*) FROM ${planted} WHERE variant = 'phantom_after_death_clean' AND NOT (mi - died BETWEEN 1 AND 6)`),
    ).toBe(0);
    const hours = await x.query<{ variant: string; lo: number; hi: number }>(`
      SELECT variant, min(vh)::INTEGER AS lo, max(vh)::INTEGER AS hi FROM ${planted} WHERE fraud_type = 'VENTILATOR' GROUP BY 1`);
    const window: Record<string, [number, number]> = {
      vent_96_to_99h: [96, 99],
      vent_100_to_110h: [100, 110],
      vent_whole_days: [120, 144],
    };
    for (const h of hours) {
      expect(h.lo, h.variant).toBeGreaterThanOrEqual(window[h.variant]?.[0] ?? Infinity);
      expect(h.hi, h.variant).toBeLessThanOrEqual(window[h.variant]?.[1] ?? -Infinity);
    }
    expect(
      await x.scalar(
        `SELECT count(*) FROM ${planted} WHERE fraud_type = 'VENTILATOR' AND (procedure NOT LIKE '%96.72%' OR kode_inacbg NOT LIKE '%-III')`,
      ),
    ).toBe(0);
  });

  it('leaves each variant its own trace, not the obvious pattern', async () => {
    // a card billed far away during its holder's stay elsewhere, on another day than the admission
    expect(
      await x.scalar(`
      SELECT count(DISTINCT p.nomor_sep) FROM ${planted} p JOIN claims o ON o.nomor_kartu = p.nomor_kartu AND o.nomor_sep <> p.nomor_sep AND o.jenis_rawat = '1'
        AND p.mi > o.tgl_masuk::DATE AND p.mi < o.tgl_pulang::DATE AND o.facility_id <> p.facility_id
      WHERE p.variant = 'phantom_distant_during_stay'`),
    ).toBe(await variantCount('phantom_distant_during_stay'));
    // a KK/PAK case billed under another SEP than the e-PLKK one, 0-2 days after the accident
    expect(
      await x.scalar(`
      SELECT count(DISTINCT p.nomor_sep) FROM ${planted} p JOIN kkpak_cases k ON k.nik = p.nik AND p.mi - k.accident_date::DATE BETWEEN 0 AND 2 AND k.nomor_sep <> p.nomor_sep
      WHERE p.variant = 'kkpak_double_billed_other_sep'`),
    ).toBe(await variantCount('kkpak_double_billed_other_sep'));
    // a readmission coded with a sibling diagnosis of the first stay's category
    expect(
      await x.scalar(`
      SELECT count(DISTINCT p.nomor_sep) FROM ${planted} p JOIN claims o ON o.nomor_kartu = p.nomor_kartu AND o.facility_id = p.facility_id
        AND p.mi - o.tgl_pulang::DATE BETWEEN 3 AND 30 AND left(o.diagnosa, 3) = left(p.diagnosa, 3)
        AND split_part(o.diagnosa, '#', 1) <> split_part(p.diagnosa, '#', 1)
      WHERE p.variant = 'readmit_swapped_4th_digit'`),
    ).toBe(await variantCount('readmit_swapped_4th_digit'));
    // a readmission regrouped to another severity of the same group
    expect(
      await x.scalar(`
      SELECT count(DISTINCT p.nomor_sep) FROM ${planted} p JOIN claims o ON o.nomor_kartu = p.nomor_kartu AND o.facility_id = p.facility_id
        AND p.mi - o.tgl_pulang::DATE BETWEEN 3 AND 30 AND regexp_replace(o.kode_inacbg, '-[IV]+$', '') = regexp_replace(p.kode_inacbg, '-[IV]+$', '')
        AND o.kode_inacbg <> p.kode_inacbg
      WHERE p.variant = 'readmit_regrouped_severity'`),
    ).toBe(await variantCount('readmit_regrouped_severity'));
    // a resubmission with dates shifted by 1-3 days
    expect(
      await x.scalar(`
      SELECT count(DISTINCT p.nomor_sep) FROM ${planted} p JOIN claims o ON o.nomor_kartu = p.nomor_kartu AND o.kode_inacbg = p.kode_inacbg
        AND p.mi - o.tgl_masuk::DATE BETWEEN 1 AND 3 AND o.nomor_sep <> p.nomor_sep
      WHERE p.variant = 'resubmit_shifted_dates'`),
    ).toBe(await variantCount('resubmit_shifted_dates'));
    // a clone by another doctor on another day: same codes, another card
    expect(
      await x.scalar(`
      SELECT count(DISTINCT p.nomor_sep) FROM ${planted} p JOIN claims o ON o.facility_id = p.facility_id AND o.diagnosa = p.diagnosa
        AND o.kode_inacbg = p.kode_inacbg AND o.nomor_kartu <> p.nomor_kartu AND o.kode_dpjp <> p.kode_dpjp AND o.tgl_masuk::DATE < p.mi
      WHERE p.variant = 'clone_other_doctor'`),
    ).toBe(await variantCount('clone_other_doctor'));
    // obstetric codes on a girl or an older woman; neonatal codes on older members
    expect(
      await x.scalar(
        `SELECT count(*) FROM ${planted} WHERE variant = 'obstetric_code_child_or_elderly' AND NOT (diagnosa LIKE 'O%' AND (age < 12 OR age >= 55))`,
      ),
    ).toBe(0);
    expect(
      await x.scalar(
        `SELECT count(*) FROM ${planted} WHERE variant = 'neonatal_code_on_older_member' AND NOT (diagnosa LIKE 'P%' AND age >= 1)`,
      ),
    ).toBe(0);
    // a surgical fee that is small but not zero
    expect(
      await x.scalar(
        `SELECT count(*) FROM ${planted} WHERE variant = 'surgery_fee_token' AND NOT (tarif_prosedur_bedah::BIGINT > 0 AND procedure IS NOT NULL)`,
      ),
    ).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM ${planted} WHERE variant = 'surgery_fee_zero' AND tarif_prosedur_bedah::BIGINT <> 0`)).toBe(
      0,
    );
    // upcoding by one step, with a single added comorbidity
    expect(await x.scalar(`SELECT count(*) FROM ${planted} WHERE variant = 'upcoding_one_step' AND kode_inacbg NOT LIKE '%-II'`)).toBe(0);
  });
});

describe('legitimate look-alikes', () => {
  it('every look-alike is generated and none is labelled fraud', async () => {
    const rows = await x.query<{ lookalike: string; resembles: string }>(`SELECT DISTINCT lookalike, resembles FROM claim_lookalike`);
    expect(new Set(rows.map((r) => r.lookalike))).toEqual(new Set(LOOKALIKES.map((l) => l.code)));
    for (const r of rows) expect(r.resembles, r.lookalike).toBe(LOOKALIKES.find((l) => l.code === r.lookalike)?.resembles);
    expect(await x.scalar(`SELECT count(*) FROM claim_lookalike JOIN claim_fraud USING (nomor_sep)`)).toBe(0);
    expect(await x.scalar(`SELECT count(*) - count(DISTINCT nomor_sep) FROM claim_lookalike`)).toBe(0);
  });

  it('look like the fraud they resemble', async () => {
    const la = `(SELECT c.*, l.lookalike, m.care_class AS entitled, (c.tgl_masuk::DATE - m.birth_date::DATE) / 365.25 AS age
      FROM claim_lookalike l JOIN claims c USING (nomor_sep) JOIN members m USING (nomor_kartu))`;
    const comps = `concat_ws('|', diagnosa, procedure, kode_inacbg, tarif_obat, tarif_konsultasi, tarif_laboratorium, billed_cost)`;
    // flat-fee packages: identical codes and components across members of one facility
    expect(
      await x.scalar(
        `SELECT max(n) FROM (SELECT count(DISTINCT nomor_kartu) AS n FROM ${la} WHERE lookalike = 'flat_fee_package' GROUP BY facility_id, ${comps})`,
      ),
    ).toBeGreaterThan(3);
    // twins: two cards, one facility, day, doctor and claim vector
    expect(
      await x.scalar(`
      SELECT count(*) FROM (SELECT count(DISTINCT nomor_kartu) AS n FROM ${la} WHERE lookalike = 'twins_admitted_together'
        GROUP BY facility_id, tgl_masuk, kode_dpjp, ${comps}) WHERE n = 2`),
    ).toBe((await x.scalar(`SELECT count(*) FROM claim_lookalike WHERE lookalike = 'twins_admitted_together'`)) / 2);
    // transfers: a stay discharged as referred, admitted the same day at another facility
    expect(
      await x.scalar(`
      SELECT count(*) FROM ${la} a JOIN ${la} b ON a.nomor_kartu = b.nomor_kartu AND b.tgl_masuk = a.tgl_pulang AND b.facility_id <> a.facility_id
      WHERE a.lookalike = 'genuine_transfer' AND b.lookalike = 'genuine_transfer' AND a.discharge_status = '2'`),
    ).toBe((await x.scalar(`SELECT count(*) FROM claim_lookalike WHERE lookalike = 'genuine_transfer'`)) / 2);
    // readmissions within 30 days for another case-mix group
    expect(
      await x.scalar(`
      SELECT count(*) FROM ${la} p WHERE p.lookalike = 'readmission_other_condition' AND NOT EXISTS (
        SELECT 1 FROM claims o WHERE o.nomor_kartu = p.nomor_kartu AND o.jenis_rawat = '1' AND left(o.kode_inacbg, 1) <> left(p.kode_inacbg, 1)
          AND p.tgl_masuk::DATE - o.tgl_pulang::DATE BETWEEN 1 AND 30)`),
    ).toBe(0);
    // upgrades paid by the member, billed at the entitled class
    expect(
      await x.scalar(`
      SELECT count(*) FROM ${la} WHERE lookalike = 'member_paid_upgrade'
        AND NOT (upgrade_class_ind = '1' AND upgrade_class_payor IN ('peserta', 'asuransi_tambahan') AND kelas_rawat = entitled)`),
    ).toBe(0);
    // trauma-chapter codes that are no work accident
    expect(await x.scalar(`SELECT count(*) FROM ${la} WHERE lookalike = 'allergy_t78' AND NOT starts_with(diagnosa, 'T78')`)).toBe(0);
    expect(
      await x.scalar(`SELECT count(*) FROM ${la} WHERE lookalike = 'child_injury' AND NOT (starts_with(diagnosa, 'S') AND age < 15)`),
    ).toBe(0);
    // an SEP after admission: an emergency one 1-3 days later, or a sick newborn's on its registration (within 3 days)
    expect(
      await x.scalar(`SELECT count(*) FROM ${la} WHERE lookalike = 'sep_after_admission'
      AND NOT (tgl_sep::DATE - tgl_masuk::DATE BETWEEN 1 AND 3 AND (jenis_pelayanan = 'IGD' OR kode_inacbg LIKE 'P-%'))`),
    ).toBe(0);
    expect(
      await x.scalar(`SELECT count(*) FROM ${la} WHERE lookalike = 'sep_after_admission' AND tgl_sep::DATE > tgl_pulang::DATE`),
    ).toBeGreaterThan(0);
    expect(await x.scalar(`SELECT count(*) FROM ${la} WHERE lookalike = 'sep_after_admission' AND kode_inacbg LIKE 'P-%'`)).toBeGreaterThan(
      0,
    );
  });
});

/**
 * Issue 18: for each planted variant, legitimate care in the data shares its most visible
 * field, so that no single field separates fraud from care. The SQL counts honest claims
 * (or honest pairs) showing that field.
 */
const H = `(SELECT c.*, c.tgl_masuk::DATE AS mi, c.tgl_pulang::DATE AS po, c.ventilator_hour::INTEGER AS vh,
    c.tgl_pulang::DATE - c.tgl_masuk::DATE AS los, c.tarif_prosedur_bedah::BIGINT AS bedah
  FROM claims c WHERE c.nomor_sep NOT IN (SELECT nomor_sep FROM claim_fraud))`;
const pairs = (on: string): string => `SELECT count(*) FROM ${H} a JOIN ${H} b ON a.nomor_sep <> b.nomor_sep AND ${on}`;
const aboveCbgMedian = (expr: string, factor: number): string => `WITH x AS (SELECT kode_inacbg, ${expr} AS v FROM ${H}),
  m AS (SELECT kode_inacbg, median(v) AS md FROM x GROUP BY 1) SELECT count(*) FROM x JOIN m USING (kode_inacbg) WHERE v > ${factor} * md AND md > 0`;
const sameCardInpatient = (days: string): string =>
  pairs(`a.nomor_kartu = b.nomor_kartu AND a.jenis_rawat = '1' AND b.jenis_rawat = '1' AND b.mi - a.po ${days}`);
const transfer = pairs(`a.nomor_kartu = b.nomor_kartu AND a.facility_id <> b.facility_id AND b.mi BETWEEN a.mi AND a.po`);
const VISIBLE_FIELD_IN_CARE: Readonly<Record<string, string>> = {
  upcoding_two_mcc: `SELECT count(*) FROM ${H} WHERE kode_inacbg LIKE '%-III' AND len(string_split(diagnosa, '#')) >= 3`,
  upcoding_single_mcc: `SELECT count(*) FROM ${H} WHERE kode_inacbg LIKE '%-III' AND len(string_split(diagnosa, '#')) >= 2`,
  upcoding_one_step: `SELECT count(*) FROM ${H} WHERE kode_inacbg LIKE '%-II' AND len(string_split(diagnosa, '#')) >= 2`,
  // twins; flat-fee packages
  clone_same_doctor_day: pairs(
    `a.facility_id = b.facility_id AND a.mi = b.mi AND a.kode_dpjp = b.kode_dpjp AND a.diagnosa = b.diagnosa AND a.kode_inacbg = b.kode_inacbg AND a.nomor_kartu <> b.nomor_kartu`,
  ),
  clone_other_day: pairs(
    `a.facility_id = b.facility_id AND a.kode_dpjp = b.kode_dpjp AND a.diagnosa = b.diagnosa AND a.kode_inacbg = b.kode_inacbg AND a.nomor_kartu <> b.nomor_kartu AND b.mi - a.mi BETWEEN 1 AND 14`,
  ),
  clone_other_doctor: pairs(
    `a.facility_id = b.facility_id AND a.kode_dpjp <> b.kode_dpjp AND a.diagnosa = b.diagnosa AND a.kode_inacbg = b.kode_inacbg AND a.nomor_kartu <> b.nomor_kartu AND b.mi - a.mi BETWEEN 1 AND 30`,
  ),
  // one card at two facilities within a stay: transfers
  phantom_distant_same_day: transfer,
  phantom_distant_during_stay: transfer,
  // an emergency SEP issued 1-3 days after a short stay or visit ended (within 3 x 24 hours)
  phantom_sep_after_discharge: `SELECT count(*) FROM ${H} WHERE tgl_sep::DATE > po`,
  inflated_drugs_x3_5: aboveCbgMedian('tarif_obat::BIGINT + tarif_alkes::BIGINT + tarif_bmhp::BIGINT', 1.6),
  inflated_moderate: aboveCbgMedian('tarif_obat::BIGINT + tarif_alkes::BIGINT + tarif_bmhp::BIGINT', 1.6),
  inflated_support_services: aboveCbgMedian('tarif_laboratorium::BIGINT + tarif_radiologi::BIGINT + tarif_sewa_alat::BIGINT', 1.6),
  inflated_topup_without_procedure: `SELECT count(*) FROM ${H} WHERE list_contains(string_split(special_cmg, '#'), 'RR-03')`,
  split_adjacent_day: sameCardInpatient('BETWEEN 0 AND 1'),
  split_gap_days: sameCardInpatient('BETWEEN 2 AND 6'),
  split_outpatient_during_stay: pairs(
    `a.nomor_kartu = b.nomor_kartu AND a.jenis_rawat = '1' AND b.jenis_rawat = '2' AND b.mi BETWEEN a.mi AND a.po`,
  ),
  // the same card and group again a few days later: dialysis twice a week
  resubmit_shifted_dates: pairs(`a.nomor_kartu = b.nomor_kartu AND a.kode_inacbg = b.kode_inacbg AND b.mi - a.mi BETWEEN 1 AND 3`),
  resubmit_recoded: pairs(
    `a.nomor_kartu = b.nomor_kartu AND a.facility_id = b.facility_id AND left(a.kode_inacbg, 6) = left(b.kode_inacbg, 6) AND b.mi - a.mi BETWEEN 1 AND 30`,
  ),
  los_far_above: `WITH x AS (SELECT kode_inacbg, los FROM ${H} WHERE jenis_rawat = '1'), p AS (SELECT kode_inacbg, quantile_cont(los, 0.9) AS q FROM x GROUP BY 1 HAVING count(*) >= 10)
    SELECT count(*) FROM x JOIN p USING (kode_inacbg) WHERE los > q`,
  los_just_above_p90: `WITH x AS (SELECT kode_inacbg, los FROM ${H} WHERE jenis_rawat = '1'), p AS (SELECT kode_inacbg, quantile_cont(los, 0.9) AS q FROM x GROUP BY 1 HAVING count(*) >= 10)
    SELECT count(*) FROM x JOIN p USING (kode_inacbg) WHERE los > q`,
  los_extra_days: `WITH x AS (SELECT kode_inacbg, los FROM ${H} WHERE jenis_rawat = '1'), p AS (SELECT kode_inacbg, quantile_cont(los, 0.9) AS q FROM x GROUP BY 1 HAVING count(*) >= 10)
    SELECT count(*) FROM x JOIN p USING (kode_inacbg) WHERE los > q`,
  upgrade_without_payor: `SELECT count(*) FROM ${H} WHERE upgrade_class_ind = '1'`,
  upgrade_paid_by_member_billed_to_jkn: `SELECT count(*) FROM ${H} WHERE upgrade_class_ind = '1' AND upgrade_class_payor = 'peserta'`,
  readmit_same_cbg: sameCardInpatient('BETWEEN 3 AND 27'),
  readmit_regrouped_severity: sameCardInpatient('BETWEEN 3 AND 27'),
  readmit_swapped_4th_digit: sameCardInpatient('BETWEEN 3 AND 27'),
  // injury and external-cause chapters: a child's fracture, an allergy
  kkpak_double_billed_same_sep: `SELECT count(*) FROM ${H} WHERE regexp_matches(diagnosa, '^[ST]')`,
  kkpak_double_billed_other_sep: `SELECT count(*) FROM ${H} WHERE regexp_matches(diagnosa, '^[ST]')`,
  kkpak_unreported_wrong_payer: `SELECT count(*) FROM ${H} WHERE regexp_matches(diagnosa, '^[ST]')`,
  kkpak_double_billed_clean: `SELECT count(*) FROM ${H} WHERE regexp_matches(diagnosa, '^[ST]')`,
  obstetric_code_child_or_elderly: `SELECT count(*) FROM ${H} WHERE diagnosa LIKE 'O%'`,
  neonatal_code_on_older_member: `SELECT count(*) FROM ${H} WHERE diagnosa LIKE 'P%'`,
  vent_96_to_99h: `SELECT count(*) FROM ${H} WHERE vh >= 96`,
  vent_100_to_110h: `SELECT count(*) FROM ${H} WHERE vh >= 96`,
  vent_whole_days: `SELECT count(*) FROM ${H} WHERE vh >= 96`,
  // a procedure coded with no surgical fee: a medical procedure
  surgery_fee_zero: `SELECT count(*) FROM ${H} WHERE procedure IS NOT NULL AND bedah = 0`,
  surgery_fee_token: `SELECT count(*) FROM ${H} WHERE procedure IS NOT NULL AND bedah = 0`,
  one_day_admission_minor: `SELECT count(*) FROM ${H} WHERE jenis_rawat = '1' AND los <= 1 AND kode_inacbg LIKE '%-I'`,
  two_day_admission_minor: `SELECT count(*) FROM ${H} WHERE jenis_rawat = '1' AND los <= 2 AND kode_inacbg LIKE '%-I'`,
  ct_for_minor_complaint: `SELECT count(*) FROM ${H} WHERE list_contains(string_split(special_cmg, '#'), 'SI-01')`,
  short_stay_then_referred: `SELECT count(*) FROM ${H} WHERE discharge_status = '2' AND los <= 2`,
  // a doctor licensed at two facilities, billing at both within a day
  referral_shared_doctor: pairs(`a.kode_dpjp = b.kode_dpjp AND a.facility_id <> b.facility_id AND b.mi - a.mi BETWEEN 0 AND 1`),
  referral_after_three_day_stay: pairs(`a.nomor_kartu = b.nomor_kartu AND a.facility_id <> b.facility_id AND b.mi - a.po BETWEEN 0 AND 2`),
};
/**
 * Variants whose most visible field is itself proof (certain evidence, issue 11): no
 * legitimate claim carries it, by the rules of JKN.
 */
const PROOF_BY_ITSELF: Readonly<Record<string, string>> = {
  phantom_after_death: "a service after the member's recorded death",
  phantom_after_death_clean: "a service after the member's recorded death",
  resubmit_identical: 'the same card, dates and group billed twice',
  resubmit_clean_provider: 'the same card, dates and group billed twice',
  class_above_entitlement: 'a care class billed above the entitlement',
  class_two_steps: 'a care class billed above the entitlement',
  sex_mismatch_code: 'a code of the other sex',
  procedure_not_done_code: 'Z53.8 beside a billed operation',
};

describe('each planted variant against ordinary care', () => {
  it('names every variant once: a field legitimate care shares, or proof by itself', () => {
    const named = [...Object.keys(VISIBLE_FIELD_IN_CARE), ...Object.keys(PROOF_BY_ITSELF)].sort();
    expect(named).toEqual(FRAUD_VARIANTS.map((v) => v.code).sort());
  });

  it('finds legitimate care sharing the most visible field of every other variant', async () => {
    const missing: string[] = [];
    for (const [variant, sql] of Object.entries(VISIBLE_FIELD_IN_CARE)) if ((await x.scalar(sql)) === 0) missing.push(variant);
    expect(missing).toEqual([]);
  });
});
