// The sixth red-team round without a pipeline run, beyond what judge.test checks for every
// scenario: ids of the round-6 range clashing with no earlier round, every taxonomy type with
// extra weight on the five the round was asked for, hospitals in cities no earlier round used,
// the SEP-era source form with a DPJP licensed where it treats, honest bills that differ as
// patients do, and the schemes as described.
import { describe, expect, it } from 'vitest';
import { FRAUD_TYPES } from '../../../../data-samples/reference/index.js';
import { RedTeamContext } from '../context.js';
import { validateScenario } from '../judge.js';
import { PLACES } from '../places.js';
import type { SourceRow } from '../types.js';
import { PARKED_SCENARIOS, SCENARIOS } from './index.js';
import { ROUND6_SCENARIOS } from './round6.js';

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

const round6 = new Set(ROUND6_SCENARIOS.map((s) => s.id));
/** The earlier rounds, whether or not round 6 has been merged into SCENARIOS yet. */
const EARLIER = [...SCENARIOS, ...PARKED_SCENARIOS].filter((s) => !round6.has(s.id));

/** Round 6 built after every earlier round, in one context, as the merged suite will build it. */
function built(): RedTeamContext {
  const ctx = new RedTeamContext(BASE);
  for (const s of EARLIER) {
    ctx.begin(s.id);
    s.build(ctx);
  }
  for (const s of ROUND6_SCENARIOS) {
    ctx.begin(s.id);
    expect(validateScenario(s, s.build(ctx)), s.id).toEqual([]);
  }
  return ctx;
}

const COMPONENT = (k: string): boolean => k.startsWith('tarif_') && k !== 'tarif_inacbg' && k !== 'tarif_special_cmg';
const days = (r: SourceRow): number => (Date.parse(r['tgl_pulang'] ?? '') - Date.parse(r['tgl_masuk'] ?? '')) / 86_400_000;

describe('red team, round 6: declarations', () => {
  it('uses unique ids of the round-6 range, every type, at least two of each weak type, about ten near misses', () => {
    const ids = ROUND6_SCENARIOS.map((s) => s.id);
    for (const id of ids) expect(id).toMatch(/^RT-(NM-)?[A-Z]+-6[1-9]$/);
    const all = [...EARLIER, ...ROUND6_SCENARIOS].map((s) => s.id);
    expect(new Set(all).size, 'no id clashes with another round').toBe(all.length);
    const fraud = ROUND6_SCENARIOS.filter((s) => s.kind === 'fraud');
    expect(new Set(fraud.map((s) => s.code))).toEqual(new Set(FRAUD_TYPES.map((t) => t.code)));
    for (const code of ['UPCODING', 'PROLONGED_LOS', 'CANCELLED_SERVICE', 'CLONING', 'INFLATED_BILL'])
      expect(fraud.filter((s) => s.code === code).length, code).toBeGreaterThanOrEqual(2);
    expect(ids.length - fraud.length).toBeGreaterThanOrEqual(8);
    for (const s of ROUND6_SCENARIOS) expect(s.alsoAccept, s.id).toBeUndefined();
  });

  it('builds claims in the source form with the SEP-era fields, licensed DPJPs, within the judged months, in new cities', () => {
    const ctx = built();
    const claims = ctx.rows.claims.filter((c) => round6.has(c.scenario));
    expect(claims.length).toBeGreaterThan(200);
    const earlierRegencies = new Set<string>(Object.values(PLACES).map((p) => p.regency));
    for (const { scenario: id, row } of claims) {
      expect(row['tgl_masuk']! >= '2026-01-01' && row['tgl_pulang']! <= '2026-05-31', id).toBe(true);
      expect(row['jenis_pelayanan'], id).toMatch(/^(RAWAT_INAP|RAWAT_JALAN|IGD)$/);
      expect(earlierRegencies.has(row['facility_id']!.slice(0, 4)), `${id} reuses an earlier round's city`).toBe(false);
    }
    const licences = new Map(ctx.rows.doctors.map(({ row }) => [row['doctor_id'], (row['licensed_facilities'] ?? '').split('#')]));
    for (const { scenario: id, row } of claims) expect(licences.get(row['kode_dpjp']), id).toContain(row['facility_id']);
  });

  it('adds nothing to the earlier rounds’ rows: they build the same with or without round 6 after them', () => {
    const alone = new RedTeamContext(BASE);
    for (const s of EARLIER) {
      alone.begin(s.id);
      s.build(alone);
    }
    expect(built().rows.claims.filter((c) => !round6.has(c.scenario))).toEqual(alone.rows.claims);
  });

  it('gives honest patients of one group their own bills: two near misses differ by more than 5% in some line', () => {
    const ctx = new RedTeamContext(BASE);
    for (const s of ROUND6_SCENARIOS.filter((x) => x.kind === 'near_miss')) {
      ctx.begin(s.id);
      const rows = (s.build(ctx).nearMiss ?? []).map((c) => c.row);
      for (const [i, a] of rows.entries())
        for (const b of rows.slice(i + 1)) {
          if (a['kode_inacbg'] !== b['kode_inacbg']) continue;
          const spread = Math.max(
            ...Object.keys(a)
              .filter(COMPONENT)
              .map((k) => Math.abs(Number(a[k]) - Number(b[k])) / Math.max(1, Number(a[k]), Number(b[k]))),
          );
          expect(spread, `${s.id}: ${a['nomor_sep']} and ${b['nomor_sep']}`).toBeGreaterThan(0.05);
        }
    }
  });

  it('keeps the schemes as described', () => {
    const ctx = built();
    const of = (id: string) => ctx.rows.claims.filter((c) => c.scenario === id).map((c) => c.row);
    // RT-CLONE-61 and 62: every copy admitted after its template
    for (const id of ['RT-CLONE-61', 'RT-CLONE-62']) {
      const [first, ...rest] = of(id);
      const copies = rest.slice(id === 'RT-CLONE-61' ? 5 : 7);
      for (const c of copies) expect(c['tgl_masuk']! > first!['tgl_masuk']!, `${id} ${c['nomor_sep']}`).toBe(true);
    }
    // RT-CLONE-61: the copies' per-case lines equal to the rupiah, only room and nursing differ
    const hernia = of('RT-CLONE-61');
    const [template, ...copies] = [hernia[0]!, ...hernia.slice(6)];
    expect(copies).toHaveLength(7);
    for (const c of copies)
      for (const k of Object.keys(c).filter(COMPONENT))
        if (k !== 'tarif_kamar' && k !== 'tarif_keperawatan') expect(c[k], k).toBe(template[k]);
    // RT-CLONE-62: eight copies with the template's total to the rupiah, no two split alike
    const pneumonia = of('RT-CLONE-62');
    const shuffled = pneumonia.slice(8);
    expect(new Set(shuffled.map((c) => c['billed_cost']))).toEqual(new Set([pneumonia[0]!['billed_cost']]));
    expect(new Set(shuffled.map((c) => `${c['tarif_obat']}/${c['tarif_laboratorium']}/${c['tarif_bmhp']}`)).size).toBe(8);
    // RT-VENT-61: the long-ventilation code on fewer than 96 recorded hours
    for (const c of of('RT-VENT-61')) {
      expect(c['procedure']).toContain('96.72');
      expect(Number(c['ventilator_hour'])).toBeLessThan(96);
    }
    // RT-LOS-61: severity II reached by eight or nine days
    for (const c of of('RT-LOS-61')) expect([c['kode_inacbg'], days(c) >= 8]).toEqual(['A-4-11-II', true]);
    // RT-ABUSE-61: the second delivery on a card within five months of the first
    const deliveries = of('RT-ABUSE-61');
    for (const card of new Set(deliveries.map((c) => c['nomor_kartu']))) {
      const [first, second] = deliveries.filter((c) => c['nomor_kartu'] === card).map((c) => Date.parse(c['tgl_masuk']!));
      expect((second! - first!) / 86_400_000).toBeLessThan(150);
    }
  });
});
