// Integrity of the frozen reference data: counts, and that every code the catalogues refer to exists.
import { describe, expect, it } from 'vitest';
import { FRAUD_TYPES, ICD10, ICD9CM, INACBG, JKK_RATES, PROVINCES, SECTORS, SPECIAL_CMG, referenceCodes } from './index.js';

describe('reference data', () => {
  it('has the 38 provinces, KBLI sections A-U and the 15 fraud types', () => {
    expect(PROVINCES).toHaveLength(38);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(38);
    expect(SECTORS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(FRAUD_TYPES).toHaveLength(15);
    expect(referenceCodes('fraud_type')).toContain('COB_KKPAK');
  });

  it('has a few hundred ICD-10 codes with trauma flags on S/T codes', () => {
    expect(ICD10.length).toBeGreaterThan(200);
    expect(ICD10.filter((c) => c.trauma).every((c) => /^[ST]/.test(c.code))).toBe(true);
    expect(ICD10.find((c) => c.code === 'S72.0')?.chapter).toBe('XIX');
  });

  it('gives every inpatient INA-CBG group its three severities, and refers only to known codes', () => {
    const icd10 = new Set(referenceCodes('icd10'));
    const icd9 = new Set(ICD9CM.map((c) => c.code));
    for (const g of INACBG) {
      for (const d of g.typicalDiagnoses) expect(icd10.has(d), `${g.code} ${d}`).toBe(true);
      for (const p of g.typicalProcedures) expect(icd9.has(p), `${g.code} ${p}`).toBe(true);
    }
    const inpatient = INACBG.filter((g) => g.inpatient);
    const groups = new Set(inpatient.map((g) => g.code.slice(0, -(g.severity.length + 1))));
    expect(inpatient).toHaveLength(groups.size * 3);
    expect(INACBG.some((g) => g.caseType === 5 && g.severity === '0')).toBe(true);
    for (const s of SPECIAL_CMG) for (const p of s.requiredProcedures) expect(icd9.has(p)).toBe(true);
  });

  it('carries both JKK rate tables', () => {
    expect(JKK_RATES.pp44_2015.rateByGroup[5]).toBe(0.0174);
    expect(JKK_RATES.pp49_2023.rateByGroup[1]).toBe(0.001);
  });
});
