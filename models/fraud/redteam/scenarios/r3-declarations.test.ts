// The third red-team round without a pipeline run: every scenario is well declared (unique
// id in the round-3 range, known taxonomy code, both languages) and builds source rows of
// the extract's form, as judge.test.ts checks for SCENARIOS.
import { describe, expect, it } from 'vitest';
import { RedTeamContext } from '../context.js';
import { validateScenario } from '../judge.js';
import { PARKED_SCENARIOS, SCENARIOS } from './index.js';
import { ROUND3_PARKED, ROUND3_SCENARIOS } from './round3.js';

const ROUND3 = [...ROUND3_SCENARIOS, ...ROUND3_PARKED];

const BASE = {
  // stand-in hospitals of a base extract, every class represented
  facilities: Array.from({ length: 24 }, (_, i) => ({
    facility_id: `35${String(10 + i)}R001`,
    hospital_class: 'ABCD'[i % 4] ?? 'C',
    ownership: 'SWASTA',
    tariff_region: '1',
    regency_code: `35${String(10 + i)}`,
    latitude: '-7.3',
    longitude: '112.7',
  })),
  fraudulentFacilities: new Set<string>(),
  employerIds: ['12345678'],
};

describe('red team, round 3: declarations', () => {
  it('uses ids of the round-3 range that clash with no other scenario, and runs in the suite or is parked', () => {
    const ids = ROUND3.map((s) => s.id);
    for (const id of ids) expect(id).toMatch(/^RT-(NM-)?[A-Z]+-3[1-9]$/);
    const all = [...SCENARIOS, ...PARKED_SCENARIOS].map((s) => s.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of ids) expect(all, id).toContain(id);
  });

  it('covers every taxonomy type with a fraud scenario', () => {
    const codes = new Set(ROUND3.filter((s) => s.kind === 'fraud').map((s) => s.code));
    expect(codes.size).toBe(15);
  });

  it('builds well-declared scenarios whose rows are in the source form', () => {
    const ctx = new RedTeamContext(BASE);
    for (const s of ROUND3) {
      ctx.begin(s.id);
      expect(validateScenario(s, s.build(ctx)), s.id).toEqual([]);
    }
    for (const { scenario: id, row } of ctx.rows.claims) {
      expect(row['nomor_sep'], id).toMatch(/^[0-9]{4}R[0-9]{3}[0-9]{4}V[0-9]{6}$/);
      const components = Object.entries(row).filter(([k]) => k.startsWith('tarif_') && !['tarif_inacbg', 'tarif_special_cmg'].includes(k));
      expect(components, id).toHaveLength(18);
      expect(
        components.reduce((a, [, v]) => a + Number(v), 0),
        id,
      ).toBe(Number(row['billed_cost']));
      expect(row['tgl_masuk']! <= row['tgl_pulang']! && row['tgl_pulang']! <= row['tgl_pengajuan']!, id).toBe(true);
      expect(row['tgl_masuk']! >= '2026-01-01' && row['tgl_pulang']! <= '2026-05-31', id).toBe(true);
    }
    for (const { scenario: id, row } of ctx.rows.members) expect(row['nik'], id).toMatch(/^[0-9]{16}$/);
  });
});
