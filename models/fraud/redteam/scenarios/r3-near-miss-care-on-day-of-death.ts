// Near miss of PHANTOM_BILLING (DOMAIN.md section 3: "service after date of death"; issue 11
// asks for tolerance windows around a death). Care given on the day of death is real: a
// stroke seen at a class C emergency department and transferred to a class B hospital 15 km
// away, where she dies that evening; a dialysis patient dialysed in the morning who dies at
// home that night. Both on the death date, none after it.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-DEATHDAY-31',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Pelayanan pada hari kematian: stroke ditangani IGD RS kelas C lalu dirujuk ke RS kelas B (15 km) dan meninggal malam itu; pasien hemodialisis cuci darah pagi hari dan meninggal di rumah malamnya.',
    en: 'Care on the day of death: a stroke seen at a class C emergency department, transferred to a class B hospital (15 km) and dead that evening; a dialysis patient dialysed in the morning who dies at home that night.',
  },
  build(ctx) {
    const er = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.04, 0.02] });
    const referral = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'B', offset: [-0.02, -0.01] });
    const woman = ctx.member({ sex: 'P', birthDate: '1949-03-30', segment: 'PBI', careClass: 3, regency: PLACES.sidoarjo.regency });
    ctx.death({ member: woman, date: '2026-02-24', source: 'DUKCAPIL' });
    const seen = ctx.claim({
      member: woman,
      facility: er,
      masuk: '2026-02-24',
      jenisRawat: 2,
      cbg: 'G-5-18-0',
      dx: ['I64', 'I10'],
      px: ['87.03'],
      dpjp: 1,
      discharge: 2,
    });
    const died = ctx.claim({
      member: woman,
      facility: referral,
      masuk: '2026-02-24',
      pulang: '2026-02-24',
      cbg: 'G-4-13-III',
      dx: ['I61.9', 'I10'],
      px: ['87.03', '96.04'],
      icuDays: 1,
      ventilatorHours: 6,
      dpjp: 9,
      discharge: 4,
    });
    const man = ctx.member({ sex: 'L', birthDate: '1961-07-17', segment: 'PBPU', careClass: 2, regency: PLACES.surabaya.regency });
    const hd = { member: man, facility: referral, cbg: 'N-3-15-0', dx: ['N18.5', 'Z49.1'], px: ['39.95'], dpjp: 12 } as const;
    const earlier = ['2026-04-06', '2026-04-09', '2026-04-13'].map((masuk) => ctx.claim({ ...hd, masuk }));
    ctx.death({ member: man, date: '2026-04-16', source: 'DUKCAPIL' });
    const last = ctx.claim({ ...hd, masuk: '2026-04-16' });
    return { context: earlier, nearMiss: [seen, died, last] };
  },
});
