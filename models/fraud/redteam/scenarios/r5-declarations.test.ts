// The fifth red-team round without a pipeline run: every scenario is well declared (unique id
// of the round-5 range, clashing with no earlier round), the round covers every taxonomy type
// with extra weight on CLONING, PROLONGED_LOS and UPCODING, and builds rows in the source form
// of SCHEMA.md with the SEP-era columns and a registered DPJP licensed where it treats.
import { describe, expect, it } from 'vitest';
import { FRAUD_TYPES } from '../../../../data-samples/reference/index.js';
import { RedTeamContext } from '../context.js';
import { validateScenario } from '../judge.js';
import { PARKED_SCENARIOS, SCENARIOS } from './index.js';
import { ROUND5_SCENARIOS } from './round5.js';

const BASE = {
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

const round5 = new Set(ROUND5_SCENARIOS.map((s) => s.id));
/** The earlier rounds, whether or not round 5 has been merged into SCENARIOS yet. */
const EARLIER = [...SCENARIOS, ...PARKED_SCENARIOS].filter((s) => !round5.has(s.id));

/** Round 5 built after every earlier round, in one context, as the merged suite will build it. */
function built(): RedTeamContext {
  const ctx = new RedTeamContext(BASE);
  for (const s of EARLIER) {
    ctx.begin(s.id);
    s.build(ctx);
  }
  for (const s of ROUND5_SCENARIOS) {
    ctx.begin(s.id);
    expect(validateScenario(s, s.build(ctx)), s.id).toEqual([]);
  }
  return ctx;
}

describe('red team, round 5: declarations', () => {
  it('uses unique ids of the round-5 range, 25-30 scenarios, about two thirds fraud, every type, weight on the three asked for', () => {
    const ids = ROUND5_SCENARIOS.map((s) => s.id);
    for (const id of ids) expect(id).toMatch(/^RT-(NM-)?[A-Z]+-5[1-9]$/);
    const all = [...EARLIER, ...ROUND5_SCENARIOS].map((s) => s.id);
    expect(new Set(all).size, 'no id clashes with another round').toBe(all.length);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(ids.length).toBeLessThanOrEqual(30);
    const fraud = ROUND5_SCENARIOS.filter((s) => s.kind === 'fraud');
    expect(fraud.length * 3).toBeGreaterThanOrEqual(ids.length * 2);
    expect(new Set(fraud.map((s) => s.code))).toEqual(new Set(FRAUD_TYPES.map((t) => t.code)));
    for (const code of ['CLONING', 'PROLONGED_LOS', 'UPCODING'])
      expect(fraud.filter((s) => s.code === code).length, code).toBeGreaterThanOrEqual(3);
    for (const s of ROUND5_SCENARIOS) expect(s.alsoAccept, s.id).toBeUndefined();
  });

  it('builds claims in the source form with the SEP-era fields, within the judged months', () => {
    const ctx = built();
    const claims = ctx.rows.claims.filter((c) => round5.has(c.scenario));
    expect(claims.length).toBeGreaterThan(200);
    for (const { scenario: id, row } of claims) {
      const components = Object.entries(row).filter(([k]) => k.startsWith('tarif_') && !['tarif_inacbg', 'tarif_special_cmg'].includes(k));
      expect(components, id).toHaveLength(18);
      expect(
        components.reduce((a, [, v]) => a + Number(v), 0),
        id,
      ).toBe(Number(row['billed_cost']));
      expect(row['tgl_masuk']! >= '2026-01-01' && row['tgl_pulang']! <= '2026-05-31', id).toBe(true);
      expect(row['jenis_pelayanan'], id).toMatch(/^(RAWAT_INAP|RAWAT_JALAN|IGD)$/);
      expect(row['waktu_pulang']! > row['waktu_masuk']!, id).toBe(true);
      if (row['jenis_pelayanan'] === 'IGD') expect(row['no_rujukan'], id).toBe('');
      else expect(row['no_rujukan']!.slice(0, 8), id).toBe(row['ppk_rujukan']);
    }
    const licences = new Map(ctx.rows.doctors.map(({ row }) => [row['doctor_id'], (row['licensed_facilities'] ?? '').split('#')]));
    for (const { scenario: id, row } of claims) expect(licences.get(row['kode_dpjp']), id).toContain(row['facility_id']);
  });

  it('adds nothing to the earlier rounds’ rows: they build the same with or without round 5 after them', () => {
    const alone = new RedTeamContext(BASE);
    for (const s of EARLIER) {
      alone.begin(s.id);
      s.build(alone);
    }
    const merged = built();
    const earlier = merged.rows.claims.filter((c) => !round5.has(c.scenario));
    expect(earlier).toEqual(alone.rows.claims);
  });

  it('keeps the schemes as described: copies near-identical, stretched stays past the norm, the cancelled operation coded Z53.8', () => {
    const ctx = built();
    const of = (id: string) => ctx.rows.claims.filter((c) => c.scenario === id).map((c) => c.row);
    // RT-CLONE-52: every copy within 0.5% of the template per component (and the rounding to Rp100), never equal to it
    const [template, ...rest] = of('RT-CLONE-52');
    const copies = rest.slice(7);
    expect(copies).toHaveLength(7);
    for (const c of copies) {
      expect(c['billed_cost']).not.toBe(template!['billed_cost']);
      for (const k of ['tarif_kamar', 'tarif_obat', 'tarif_keperawatan'])
        expect(Math.abs(Number(c[k]) / Number(template![k]) - 1), k).toBeLessThanOrEqual(0.006);
    }
    // RT-LOS-51: exactly two days past the group's norm
    for (const c of of('RT-LOS-51')) {
      const days = (Date.parse(c['tgl_pulang']!) - Date.parse(c['tgl_masuk']!)) / 86_400_000;
      expect(days).toBe({ 'J-4-16-I': 7, 'A-4-11-I': 6, 'K-4-17-I': 5, 'N-4-11-I': 5 }[c['kode_inacbg']!]);
    }
    for (const c of of('RT-CANCEL-51')) {
      expect(c['diagnosa']).toContain('Z53.8');
      expect(c['waktu_operasi']).toBe('');
      expect(Number(c['tarif_prosedur_bedah'])).toBeGreaterThan(0);
    }
  });
});
