import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-PHANTOM-05',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Pekerja meninggal (klaim JKM dibayar); tiga dan sembilan hari kemudian kartunya dipakai di rumah sakit kedua yang bersih riwayatnya untuk rawat inap pneumonia dan kontrol (DOMAIN.md: layanan setelah tanggal kematian).',
    en: 'A worker dies (JKM death benefit paid); three and nine days later his card is used at a second, clean-history hospital for a pneumonia stay and a follow-up (DOMAIN.md: service after date of death).',
  },
  build(ctx) {
    const home = ctx.facility({ place: PLACES.semarang, hospitalClass: 'B', offset: [-0.01, -0.03] });
    const other = ctx.cleanHost();
    const m = ctx.member({
      sex: 'L',
      birthDate: '1969-10-02',
      segment: 'PPU',
      careClass: 2,
      regency: home.regency,
      worker: { since: '2008-02-01', wage: 5_900_000 },
    });
    const lastStay = ctx.claim({
      member: m,
      facility: home,
      masuk: '2026-02-02',
      pulang: '2026-02-07',
      cbg: 'I-4-12-II',
      dx: ['I50.0', 'I10'],
      px: ['89.52', '88.72'],
      dpjp: 3,
    });
    ctx.death({ member: m, date: '2026-02-12', source: 'JKM' });
    const stay = ctx.claim({
      member: m,
      facility: other,
      masuk: '2026-02-15',
      pulang: '2026-02-19',
      cbg: 'J-4-16-I',
      dx: ['J18.9'],
      px: ['87.44', '99.21'],
      dpjp: 5,
    });
    const followUp = ctx.claim({ member: m, facility: other, masuk: '2026-02-21', cbg: 'Z-5-16-0', dx: ['Z09.8'], dpjp: 5 });
    return { context: [lastStay], fraud: [stay, followUp] };
  },
});
