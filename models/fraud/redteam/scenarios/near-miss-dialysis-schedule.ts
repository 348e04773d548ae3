import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-HD-01',
  kind: 'near_miss',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Hemodialisis rutin dua kali seminggu pasien gagal ginjal tahap 5: delapan SEP dengan tarif sama, selang 3-4 hari.',
    en: 'Routine twice-weekly haemodialysis of a stage-5 kidney patient: eight SEPs with the same tariff, 3-4 days apart.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.makassar, hospitalClass: 'B', offset: [0.02, 0.01] });
    const m = ctx.member({ sex: 'P', birthDate: '1970-01-26', segment: 'PBI', careClass: 3, regency: PLACES.makassar.regency });
    const days = ['2026-03-02', '2026-03-05', '2026-03-09', '2026-03-12', '2026-03-16', '2026-03-19', '2026-03-23', '2026-03-26'];
    return {
      nearMiss: days.map((d) =>
        ctx.claim({ member: m, facility: rs, masuk: d, cbg: 'N-3-15-0', dx: ['N18.5', 'Z49.1'], px: ['39.95'], dpjp: 4 }),
      ),
    };
  },
});
