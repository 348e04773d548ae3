import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-SEPLATE-01',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Pasien gawat darurat masuk Jumat malam, pulang Minggu; SEP diterbitkan Senin, masih dalam batas 3x24 jam hari kerja untuk kasus gawat darurat.',
    en: 'An emergency patient admitted on Friday night and discharged on Sunday; the SEP is issued on Monday, within the 3 working days allowed for emergencies.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.pekanbaru, hospitalClass: 'B', offset: [0.02, 0.02] });
    const m = ctx.member({ sex: 'L', birthDate: '2011-05-23', segment: 'PBPU', careClass: 3, regency: PLACES.pekanbaru.regency });
    const er = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-20',
      pulang: '2026-03-22',
      tglSep: '2026-03-23',
      cbg: 'J-4-19-I',
      dx: ['J46'],
      px: ['93.96'],
      dpjp: 2,
    });
    return { nearMiss: [er] };
  },
});
