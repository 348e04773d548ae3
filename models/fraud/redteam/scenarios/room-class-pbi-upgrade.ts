import { defineScenario } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-ROOM-01',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'Peserta PBI (hak kelas 3, tidak boleh naik kelas) ditagihkan ke JKN di kelas 1 sementara peserta juga membayar selisih naik ke VIP.',
    en: 'PBI members (class 3, not allowed to upgrade) billed to JKN at class 1 while the member also paid the difference up to VIP.',
  },
  build(ctx) {
    const rs = ctx.cleanHost();
    const a = ctx.member({ sex: 'P', birthDate: '1983-03-23', segment: 'PBI', careClass: 3, regency: rs.regency });
    const b = ctx.member({ sex: 'L', birthDate: '1972-09-01', segment: 'PBI', careClass: 3, regency: rs.regency });
    return {
      fraud: [
        ctx.claim({
          member: a,
          facility: rs,
          masuk: '2026-02-05',
          pulang: addDays('2026-02-05', 4),
          cbg: 'A-4-13-I',
          dx: ['A91'],
          px: ['90.59'],
          kelas: 1,
          upgrade: { to: 'vip', days: 4, payor: 'peserta' },
          dpjp: 2,
        }),
        ctx.claim({
          member: b,
          facility: rs,
          masuk: '2026-03-19',
          pulang: addDays('2026-03-19', 3),
          cbg: 'I-4-17-I',
          dx: ['I20.0', 'I10'],
          px: ['89.52'],
          kelas: 1,
          upgrade: { to: 'vip', days: 3, payor: 'peserta' },
          dpjp: 6,
        }),
      ],
    };
  },
});
