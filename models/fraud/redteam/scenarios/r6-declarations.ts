// Round 6's declarations (declarations.ts): every type with extra weight on the five the round was
// asked for, about ten near misses, hospitals in cities no earlier round used, honest bills that
// differ as patients do, and the schemes as described.
import { expect } from 'vitest';
import { RedTeamContext } from '../context.js';
import { PLACES } from '../places.js';
import type { SourceRow } from '../types.js';
import type { ClaimCheck } from './declarations-claims.js';
import { BASE, COMPONENT, NEXT_ROUND, claimRowsOf } from './declarations.js';
import type { RoundDeclarations } from './declarations.js';
import { ROUND6_SCENARIOS } from './round6.js';

const days = (r: SourceRow): number => (Date.parse(r['tgl_pulang'] ?? '') - Date.parse(r['tgl_masuk'] ?? '')) / 86_400_000;

/** The claim's hospital is in a regency no earlier round's places use. */
const NEW_CITY: ClaimCheck = () => {
  const earlierRegencies = new Set<string>(Object.values(PLACES).map((p) => p.regency));
  return (id, row) => expect(earlierRegencies.has(row['facility_id']!.slice(0, 4)), `${id} reuses an earlier round's city`).toBe(false);
};

export const ROUND6: RoundDeclarations = {
  ...NEXT_ROUND,
  round: 6,
  scenarios: ROUND6_SCENARIOS,
  merged: true,
  weakTypes: { codes: ['UPCODING', 'PROLONGED_LOS', 'CANCELLED_SERVICE', 'CLONING', 'INFLATED_BILL'], atLeast: 2 },
  nearMissesAtLeast: 8,
  claimsAbove: 200,
  claimChecks: [...NEXT_ROUND.claimChecks, NEW_CITY],
  tests: {
    'gives honest patients of one group their own bills: two near misses differ by more than 5% in some line': () => {
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
    },

    'keeps the schemes as described': (built) => {
      const ctx = built();
      const of = (id: string) => claimRowsOf(ctx, id);
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
    },
  },
};
