import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-UNBUND-02',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'Ekokardiografi pasien gagal jantung yang sedang dirawat inap ditagihkan sebagai kunjungan poli jantung terpisah oleh dokter lain.',
    en: 'An echocardiogram of an admitted heart-failure patient billed as a separate cardiology outpatient visit by another doctor.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.medan, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const m = ctx.member({ sex: 'P', birthDate: '1953-06-19', segment: 'PBI', careClass: 3, regency: PLACES.medan.regency });
    const stay = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-04-06',
      pulang: '2026-04-11',
      cbg: 'I-4-12-II',
      dx: ['I50.0', 'I10'],
      px: ['89.52', '88.72'],
      dpjp: 2,
    });
    const visit = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-04-08',
      cbg: 'I-5-16-0',
      dx: ['I11.9'],
      px: ['88.72', '89.52'],
      dpjp: 7,
    });
    return { context: [stay], fraud: [visit] };
  },
});
