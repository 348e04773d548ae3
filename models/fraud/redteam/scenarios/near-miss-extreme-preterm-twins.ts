import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-NICU-01',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Kembar sangat prematur (28 minggu, BBLR, sindrom gawat napas, sepsis) dirawat NICU 38 dan 45 hari dengan ventilator dan ICU panjang; ibunya dirawat karena sesar darurat.',
    en: 'Very preterm twins (28 weeks, low birth weight, respiratory distress, sepsis) in the NICU for 38 and 45 days with long ventilation and ICU stays; their mother admitted for an emergency caesarean.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bandung, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const reg = PLACES.bandung.regency;
    const mother = ctx.member({ sex: 'P', birthDate: '1995-03-30', segment: 'PBI', careClass: 3, regency: reg });
    const a = ctx.member({ sex: 'L', birthDate: '2026-02-03', segment: 'PBI', careClass: 3, regency: reg, jknRegistered: '2026-02-04' });
    const b = ctx.member({ sex: 'L', birthDate: '2026-02-03', segment: 'PBI', careClass: 3, regency: reg, jknRegistered: '2026-02-04' });
    const delivery = ctx.claim({
      member: mother,
      facility: rs,
      masuk: '2026-02-02',
      pulang: '2026-02-07',
      cbg: 'O-6-10-III',
      dx: ['O60.1', 'O14.1', 'O82.9'],
      px: ['74.1'],
      dpjp: 3,
    });
    const nicu = {
      facility: rs,
      masuk: '2026-02-03',
      cbg: 'P-8-17-III',
      dx: ['P07.1', 'P22.0', 'P36.9'],
      px: ['96.04', '96.72', '93.96', '99.15'],
      dpjp: 21,
    } as const;
    const twinA = ctx.claim({
      ...nicu,
      member: a,
      pulang: '2026-03-13',
      icuDays: 24,
      ventilatorHours: 131,
      scale: { tarif_kamar: 6, tarif_obat: 4, tarif_laboratorium: 5 },
    });
    const twinB = ctx.claim({
      ...nicu,
      member: b,
      pulang: '2026-03-20',
      icuDays: 30,
      ventilatorHours: 212,
      scale: { tarif_kamar: 7, tarif_obat: 5, tarif_laboratorium: 6 },
    });
    return { context: [delivery], nearMiss: [twinA, twinB] };
  },
});
