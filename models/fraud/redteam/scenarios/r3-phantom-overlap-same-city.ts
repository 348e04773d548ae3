// DOMAIN.md section 3, PHANTOM_BILLING (and PARTICIPANT_ABUSE): "one card at two distant
// facilities on the same day"; issue 11 asks for "stays that overlap or touch". Variant: the
// two hospitals are 6 km apart in one city, so distance proves nothing, but one card cannot
// be an inpatient in two hospitals for the same three nights.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-PHANTOM-32',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  alsoAccept: ['PARTICIPANT_ABUSE'],
  description: {
    id: 'Satu kartu dirawat inap karena gastroenteritis 9-13 Maret di satu RS, dan menurut RS kedua (6 km, kota yang sama) juga dirawat karena tifoid 10-14 Maret: tiga malam tumpang tindih.',
    en: 'One card is an inpatient with gastroenteritis on 9-13 March at one hospital and, according to a second hospital 6 km away in the same city, with typhoid on 10-14 March: three nights overlap.',
  },
  build(ctx) {
    const home = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [-0.02, 0.01] });
    const other = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'C', offset: [0.03, -0.01] });
    const m = ctx.member({ sex: 'L', birthDate: '1979-09-08', segment: 'PBI', careClass: 3, regency: PLACES.bekasi.regency });
    const genuine = ctx.claim({
      member: m,
      facility: home,
      masuk: '2026-03-09',
      pulang: '2026-03-13',
      cbg: 'K-4-17-I',
      dx: ['A09', 'E86'],
      px: ['99.18'],
      dpjp: 3,
    });
    const phantom = ctx.claim({
      member: m,
      facility: other,
      masuk: '2026-03-10',
      pulang: '2026-03-14',
      cbg: 'A-4-11-I',
      dx: ['A01.0'],
      px: ['99.21'],
      dpjp: 2,
    });
    return { context: [genuine], fraud: [phantom] };
  },
});
