import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-CLONE-01',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Klaim gastroenteritis seorang pasien disalin ke dua pasien lain oleh dokter lain, tiga dan delapan hari kemudian, sampai ke rupiahnya.',
    en: 'A gastroenteritis claim copied to two other patients by other doctors three and eight days later, down to the rupiah.',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const reg = rs.regency;
    const who = [
      ctx.member({ sex: 'L', birthDate: '1979-02-14', segment: 'PBI', careClass: 3, regency: reg }),
      ctx.member({ sex: 'P', birthDate: '1985-11-03', segment: 'PBI', careClass: 3, regency: reg }),
      ctx.member({ sex: 'L', birthDate: '1990-07-27', segment: 'PBI', careClass: 3, regency: reg }),
    ] as const;
    const vector = { facility: rs, cbg: 'K-4-17-I', dx: ['A09', 'E86'], px: ['99.18'] } as const;
    const source = ctx.claim({ ...vector, member: who[0], masuk: '2026-03-09', pulang: '2026-03-12', dpjp: 4 });
    const clone1 = ctx.claim({ ...vector, member: who[1], masuk: '2026-03-12', pulang: '2026-03-15', dpjp: 6 });
    const clone2 = ctx.claim({ ...vector, member: who[2], masuk: '2026-03-17', pulang: '2026-03-20', dpjp: 7 });
    return { context: [source], fraud: [clone1, clone2] };
  },
});
