// Round 5's declarations (declarations.ts): 25-30 scenarios, about two thirds fraud, every type
// with extra weight on CLONING, PROLONGED_LOS and UPCODING, and the schemes as described: copies
// near-identical, stretched stays past the norm, the cancelled operation coded Z53.8.
import { expect } from 'vitest';
import { NEXT_ROUND, claimRowsOf } from './declarations.js';
import type { RoundDeclarations } from './declarations.js';
import { ROUND5_SCENARIOS } from './round5.js';

export const ROUND5: RoundDeclarations = {
  ...NEXT_ROUND,
  round: 5,
  scenarios: ROUND5_SCENARIOS,
  merged: true,
  size: [25, 30],
  fraudShare: [2, 3],
  weakTypes: { codes: ['CLONING', 'PROLONGED_LOS', 'UPCODING'], atLeast: 3 },
  claimsAbove: 200,
  tests: {
    'keeps the schemes as described: copies near-identical, stretched stays past the norm, the cancelled operation coded Z53.8': (
      built,
    ) => {
      const ctx = built();
      const of = (id: string) => claimRowsOf(ctx, id);
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
    },
  },
};
