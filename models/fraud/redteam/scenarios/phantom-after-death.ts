import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-PHANTOM-01',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Sesi hemodialisis terus ditagihkan 2, 5 dan 9 hari setelah pasien meninggal (tercatat di Dukcapil), di rumah sakit tanpa riwayat.',
    en: 'Haemodialysis sessions still billed 2, 5 and 9 days after the patient died (civil registry), at a hospital with no history.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.yogyakarta, hospitalClass: 'C' });
    const m = ctx.member({ sex: 'L', birthDate: '1967-07-14', segment: 'PBPU', careClass: 2, regency: PLACES.yogyakarta.regency });
    const hd = { member: m, facility: rs, cbg: 'N-3-15-0', dx: ['N18.5', 'Z49.1'], px: ['39.95'], dpjp: 6 } as const;
    const before = ['2026-01-06', '2026-01-09', '2026-01-13', '2026-01-16'].map((d) => ctx.claim({ ...hd, masuk: d }));
    ctx.death({ member: m, date: '2026-01-18', source: 'DUKCAPIL' });
    const after = ['2026-01-20', '2026-01-23', '2026-01-27'].map((d) => ctx.claim({ ...hd, masuk: d }));
    return { context: before, fraud: after };
  },
});
