// Near miss of PHANTOM_BILLING (DOMAIN.md section 3: "one card at two distant facilities on
// the same day"). Eastern Indonesia refers what it cannot treat: a heart attack stabilised in
// Jayapura is flown the same day to a class A hospital in Jakarta (3,700 km) for a coronary
// stent. Two facilities, one day, thousands of km apart, yet one episode: the first stay
// ends "referred" (discharge status 2) on the day the second begins, and never overlaps it.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-MEDEVAC-31',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Serangan jantung distabilkan dua hari di RS kelas B Jayapura, dirujuk dan diterbangkan hari itu juga ke RS kelas A di Jakarta (3.700 km) untuk pemasangan stent: dua fasilitas berjauhan pada hari yang sama, satu episode.',
    en: 'A heart attack stabilised for two days at a class B hospital in Jayapura, referred and flown the same day to a class A hospital in Jakarta (3,700 km) for a stent: two distant facilities on one day, one episode.',
  },
  build(ctx) {
    const jayapura = ctx.facility({ place: PLACES.jayapura, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.01, 0.02] });
    const jakarta = ctx.facility({ place: PLACES.jakartaSelatan, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [-0.01, 0.03] });
    const m = ctx.member({ sex: 'L', birthDate: '1964-04-09', segment: 'PBI', careClass: 3, regency: PLACES.jayapura.regency });
    const stabilised = ctx.claim({
      member: m,
      facility: jayapura,
      masuk: '2026-04-20',
      pulang: '2026-04-22',
      cbg: 'I-4-10-II',
      dx: ['I21.4', 'I10'],
      px: ['89.52', '88.72'],
      icuDays: 2,
      dpjp: 4,
      discharge: 2,
    });
    const stented = ctx.claim({
      member: m,
      facility: jakarta,
      masuk: '2026-04-22',
      pulang: '2026-04-25',
      cbg: 'I-1-40-I',
      dx: ['I21.4', 'I10'],
      px: ['37.22', '00.66', '36.07'],
      specialCmg: ['SP-01'],
      dpjp: 17,
    });
    return { nearMiss: [stabilised, stented] };
  },
});
