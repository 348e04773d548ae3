import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-UNBUND-01',
  kind: 'fraud',
  code: 'UNBUNDLING',
  description: {
    id: 'Satu rawat inap stroke dipecah dua: pasien "dipulangkan" hari ketiga lalu diterima lagi hari yang sama dengan SEP baru.',
    en: 'One stroke admission split in two: the patient is "discharged" on day three and readmitted the same day under a new SEP.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'B' });
    const m = ctx.member({ sex: 'L', birthDate: '1957-12-30', segment: 'PBPU', careClass: 2, regency: PLACES.surabaya.regency });
    const first = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-03',
      pulang: '2026-03-06',
      cbg: 'G-4-14-II',
      dx: ['I63.9', 'I10'],
      px: ['87.03'],
      dpjp: 4,
      specialCmg: ['SI-01'],
    });
    const second = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-06',
      pulang: '2026-03-10',
      cbg: 'G-4-14-I',
      dx: ['I63.9', 'I10'],
      px: ['88.91'],
      dpjp: 4,
    });
    return { context: [first], fraud: [second] };
  },
});
