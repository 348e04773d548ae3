import { defineScenario } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-CLONE-02',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Dua dokter di rumah sakit bersih riwayat memakai satu catatan demam berdarah (diagnosis sekunder, tindakan, lama rawat sama) untuk lima pasien lain selama tiga minggu, tagihan digeser 1-2% (DOMAIN.md: vektor diagnosis/tindakan/tarif hampir sama antar pasien).',
    en: 'Two doctors at a clean-history hospital reuse one dengue note (same secondaries, procedures, length of stay) for five other patients over three weeks, bills nudged by 1-2% (DOMAIN.md: near-identical diagnosis/procedure/tariff vectors across patients).',
  },
  build(ctx) {
    const rs = ctx.cleanHost('C');
    const vector = { facility: rs, cbg: 'A-4-13-II', dx: ['A91', 'D69.6', 'E86'], px: ['90.59', '99.18'] } as const;
    const who = (sex: 'L' | 'P', born: string) => ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
    const source = ctx.claim({ ...vector, member: who('P', '1996-01-12'), masuk: '2026-02-02', pulang: addDays('2026-02-02', 4), dpjp: 3 });
    const copies = [
      ['L', '1988-05-30', '2026-02-05', 8, 1.01],
      ['P', '1974-11-09', '2026-02-09', 3, 0.99],
      ['L', '2001-07-17', '2026-02-13', 8, 1.02],
      ['P', '1969-03-03', '2026-02-18', 3, 0.985],
      ['L', '1993-12-25', '2026-02-23', 8, 1.015],
    ] as const;
    const fraud = copies.map(([sex, born, masuk, dpjp, nudge]) =>
      ctx.claim({
        ...vector,
        member: who(sex, born),
        masuk,
        pulang: addDays(masuk, 4),
        dpjp,
        scale: { tarif_obat: nudge, tarif_laboratorium: 2 - nudge, tarif_bmhp: nudge },
      }),
    );
    return { context: [source], fraud };
  },
});
