import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

const DIAGNOSES = ['M54.5', 'M17.9', 'I69.4', 'M51.1', 'G81.9', 'M75.1'] as const;

export default defineScenario({
  id: 'RT-PHANTOM-03',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Satu dokter rehabilitasi medik "melayani" 48 sesi fisioterapi rawat jalan pada satu hari Sabtu di rumah sakit kelas D; tagihan dan diagnosis dibuat bervariasi.',
    en: 'One rehabilitation doctor "treats" 48 outpatient physiotherapy sessions on a single Saturday at a class D hospital; bills and diagnoses made to vary.',
  },
  build(ctx) {
    const rs = ctx.cleanHost('D');
    const fraud: BuiltClaim[] = [];
    for (let i = 0; i < 48; i++) {
      const year = 1950 + ((i * 7) % 40);
      const born = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 5) % 28)).padStart(2, '0')}`;
      const m = ctx.member({
        sex: i % 3 === 0 ? 'L' : 'P',
        birthDate: born,
        segment: i % 4 === 0 ? 'PBPU' : 'PBI',
        careClass: 3,
        regency: rs.regency,
      });
      const dx = DIAGNOSES[i % DIAGNOSES.length] ?? 'M54.5';
      // the amounts wander by up to +-12% so the claims are not identical copies
      const jitter = 0.88 + ((i * 37) % 25) / 100;
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: '2026-04-18',
          cbg: 'Z-3-12-0',
          dx: ['Z50.1', dx],
          px: i % 3 ? ['93.39'] : ['93.39', '93.11'],
          dpjp: 9,
          coder: 1 + (i % 3),
          billedRatio: 0.6 * jitter,
        }),
      );
    }
    return { fraud };
  },
});
