import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-ABUSE-04',
  kind: 'fraud',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Peserta diabetes menebus obat kronis 30 hari setiap 8-11 hari, bergantian di dua rumah sakit di kota yang sama (obatnya dijual lagi).',
    en: 'A diabetic member collects 30-day chronic drug supplies every 8-11 days, alternating between two hospitals in the same city (the drugs are resold).',
  },
  build(ctx) {
    const a = ctx.facility({ place: PLACES.bandung, hospitalClass: 'C', offset: [-0.02, 0.02] });
    const b = ctx.facility({ place: PLACES.bandung, hospitalClass: 'B', offset: [0.01, -0.03] });
    const m = ctx.member({ sex: 'L', birthDate: '1964-05-17', segment: 'PBPU', careClass: 2, regency: PLACES.bandung.regency });
    const visit = (facility: typeof a, masuk: string, dpjp: number) =>
      ctx.claim({
        member: m,
        facility,
        masuk,
        cbg: 'Q-5-44-0',
        dx: ['E11.9', 'I10'],
        px: [],
        dpjp,
        components: { tarif_obat_kronis: 640_000, tarif_obat: 35_000 },
      });
    const first = visit(a, '2026-01-05', 2);
    const refills = [visit(b, '2026-01-14', 4), visit(a, '2026-01-23', 2), visit(b, '2026-02-02', 4), visit(a, '2026-02-11', 2)];
    return { context: [first], fraud: refills };
  },
});
