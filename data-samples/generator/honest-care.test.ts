// Issue 11 on a generated extract (no defects): honest care is care a person can have had, so
// a detector that flags the impossible meets planted fraud only. Diagnoses fit the holder's age
// and sex; one card is in one place at a time (a transfer touches, never overlaps); clinics see
// planned outpatients on working days only; a card has at most two cataract operations, one per
// eye. Each check also shows it is not vacuous (the honest care it constrains still occurs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICD10 } from '../reference/index.js';
import { CLINIC_CLOSED_HOLIDAYS, EMERGENCY_OUTPATIENT_GROUPS } from './clinic-days.js';
import { generateExtract } from './test-support/extract.js';
import type { GeneratedExtract } from './test-support/extract.js';

let x: GeneratedExtract;

beforeAll(async () => {
  x = await generateExtract({ members: 15_000, months: 36, seed: 41, format: 'parquet', defectRate: 0 });
});
afterAll(async () => {
  await x?.close();
});

/** Honest claims (not planted fraud) with typed dates, the holder's sex and age at admission. */
const honest = `(SELECT c.nomor_sep, c.nomor_kartu, c.facility_id, c.tgl_masuk::DATE AS masuk, c.tgl_pulang::DATE AS pulang,
    c.jenis_rawat::INTEGER AS jenis_rawat, c.jenis_pelayanan, c.diagnosa, c.procedure, c.lateralitas, c.kode_inacbg,
    m.sex, (c.tgl_masuk::DATE - m.birth_date::DATE) / 365.25 AS age
  FROM claims c JOIN members m USING (nomor_kartu) WHERE c.nomor_sep NOT IN (SELECT nomor_sep FROM claim_fraud))`;
const diagnoses = `(SELECT h.*, unnest(string_split(h.diagnosa, '#')) AS code FROM ${honest} h)`;
const values = (rows: readonly string[]): string => `(VALUES ${rows.join(', ')})`;
const ageRules = values(ICD10.flatMap((c) => (c.ages ? [`('${c.code}', ${c.ages.min}, ${c.ages.max})`] : [])));
const sexRules = values(ICD10.flatMap((c) => (c.sex ? [`('${c.code}', '${c.sex}')`] : [])));

describe('honest diagnoses fit the card holder', () => {
  it('no code outside its plausible ages (febrile convulsions on adults, prostate disease on boys, neonatal codes after the first month)', async () => {
    const bad = await x.query<{ code: string; n: bigint }>(
      `SELECT d.code, count(*) AS n FROM ${diagnoses} d JOIN ${ageRules} r(code, lo, hi) USING (code)
       WHERE NOT (d.age >= r.lo AND d.age < r.hi) GROUP BY d.code`,
    );
    expect(bad).toEqual([]);
    // the constrained codes still occur, at their ages
    expect(await x.scalar(`SELECT count(*) FROM ${diagnoses} WHERE code = 'R56.0' AND age < 6`)).toBeGreaterThan(0);
    expect(await x.scalar(`SELECT count(*) FROM ${diagnoses} WHERE code = 'N40' AND age >= 40 AND sex = 'L'`)).toBeGreaterThan(5);
    expect(await x.scalar(`SELECT count(*) FROM ${diagnoses} WHERE code LIKE 'P%'`)).toBeGreaterThan(5);
  });

  it('prostatectomy only on men over 40', async () => {
    expect(await x.scalar(`SELECT count(*) FROM ${honest} WHERE procedure LIKE '%60.29%' AND (sex <> 'L' OR age < 40)`)).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM ${honest} WHERE procedure LIKE '%60.29%'`)).toBeGreaterThan(5);
  });

  it('sex-specific codes only on that sex', async () => {
    const bySex = await x.query<{ ok: boolean; n: bigint }>(
      `SELECT d.sex = r.sex AS ok, count(*) AS n FROM ${diagnoses} d JOIN ${sexRules} r(code, sex) USING (code) GROUP BY ALL ORDER BY ok`,
    );
    expect(bySex).toEqual([{ ok: true, n: expect.any(BigInt) }]);
    expect(Number(bySex[0]?.n)).toBeGreaterThan(100);
  });
});

describe('one card, one place at a time', () => {
  it('no two honest claims of a card start the same day or share a night; transfers touch', async () => {
    const conflicts = `SELECT count(*) FROM ${honest} a JOIN ${honest} b ON a.nomor_kartu = b.nomor_kartu AND a.nomor_sep < b.nomor_sep`;
    expect(await x.scalar(`${conflicts} WHERE a.masuk = b.masuk OR (a.masuk < b.pulang AND b.masuk < a.pulang)`)).toBe(0);
    // a stay that ends the day the next begins (a transfer, a readmission) is possible and occurs
    expect(
      await x.scalar(`${conflicts} WHERE a.jenis_rawat = 1 AND b.jenis_rawat = 1 AND (a.pulang = b.masuk OR b.pulang = a.masuk)`),
    ).toBeGreaterThan(0);
  });
});

describe('outpatient clinics open on working days', () => {
  const closed = `(dayofweek(masuk) = 0 OR masuk IN (${CLINIC_CLOSED_HOLIDAYS.map((d) => `DATE '${d}'`).join(', ')}))`;

  it('no honest clinic visit on a Sunday or a national holiday; emergencies and admissions any day', async () => {
    expect(await x.scalar(`SELECT count(*) FROM ${honest} WHERE jenis_pelayanan = 'RAWAT_JALAN' AND ${closed}`)).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM ${honest} WHERE jenis_pelayanan = 'RAWAT_JALAN' AND dayofweek(masuk) = 6`)).toBeGreaterThan(
      100,
    );
    expect(
      await x.scalar(`SELECT count(*) FROM ${honest} WHERE jenis_pelayanan = 'IGD' AND jenis_rawat = 2 AND ${closed}`),
    ).toBeGreaterThan(0);
    expect(await x.scalar(`SELECT count(*) FROM ${honest} WHERE jenis_rawat = 1 AND ${closed}`)).toBeGreaterThan(0);
  });

  it('the emergency department sees acute illness and injuries, never planned care such as physiotherapy', async () => {
    const groups = await x.query<{ g: string }>(
      `SELECT DISTINCT left(kode_inacbg, 6) AS g FROM ${honest} WHERE jenis_pelayanan = 'IGD' AND jenis_rawat = 2 ORDER BY g`,
    );
    expect(groups.map((r) => r.g)).toEqual([...EMERGENCY_OUTPATIENT_GROUPS].sort());
  });
});

describe('cataract', () => {
  it('an honest card has at most two cataract operations, the second on the other eye', async () => {
    const eyes = await x.query<{ n: bigint; sides: string[] }>(
      `SELECT count(*) AS n, list(split_part(lateralitas, '#', 1) ORDER BY masuk) AS sides FROM ${honest}
       WHERE kode_inacbg LIKE 'H-2-36-%' GROUP BY nomor_kartu`,
    );
    expect(eyes.length).toBeGreaterThan(50);
    expect(eyes.filter((e) => e.n > 2n)).toEqual([]);
    const twice = eyes.filter((e) => e.n === 2n);
    expect(twice.filter((e) => e.sides.includes('B') || e.sides[0] === e.sides[1])).toEqual([]);
    expect(twice.length).toBeGreaterThan(0);
  });
});
