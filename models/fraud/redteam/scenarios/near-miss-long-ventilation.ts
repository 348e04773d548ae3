import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-VENT-01',
  kind: 'near_miss',
  code: 'VENTILATOR',
  description: {
    id: 'Ventilasi yang wajar: 260 jam pada ARDS dengan ICU 12 hari, dan 60 jam pada pneumonia berat (kode 96.71) di RS yang sama.',
    en: 'Ventilation as it comes: 260 h for respiratory failure with 12 ICU days, and 60 h for severe pneumonia (code 96.71) at the same hospital.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [-0.02, 0.02] });
    const a = ctx.member({ sex: 'L', birthDate: '1958-08-08', segment: 'PBPU', careClass: 1, regency: PLACES.surabaya.regency });
    const b = ctx.member({ sex: 'P', birthDate: '1961-01-19', segment: 'PBI', careClass: 3, regency: PLACES.surabaya.regency });
    return {
      nearMiss: [
        ctx.claim({
          member: a,
          facility: rs,
          masuk: '2026-02-01',
          pulang: '2026-02-16',
          cbg: 'J-4-20-III',
          dx: ['J96.0', 'J18.9', 'A41.9'],
          px: ['96.04', '96.72'],
          icuDays: 12,
          ventilatorHours: 260,
          dpjp: 6,
        }),
        ctx.claim({
          member: b,
          facility: rs,
          masuk: '2026-03-09',
          pulang: '2026-03-17',
          cbg: 'J-4-20-II',
          dx: ['J96.0', 'J15.9'],
          px: ['96.04', '96.71'],
          icuDays: 4,
          ventilatorHours: 60,
          dpjp: 6,
        }),
      ],
    };
  },
});
