import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-PHANTOM-02',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  alsoAccept: ['PARTICIPANT_ABUSE'],
  description: {
    id: 'Satu kartu dirawat inap di Jakarta 3-7 Maret dan, tumpang tindih, di Jayapura 5-8 Maret (3.700 km); peserta tinggal di Jakarta.',
    en: 'One card is an inpatient in Jakarta on 3-7 March and, overlapping, in Jayapura on 5-8 March (3,700 km); the member lives in Jakarta.',
  },
  build(ctx) {
    const jakarta = ctx.facility({ place: PLACES.jakartaSelatan, hospitalClass: 'B' });
    const jayapura = ctx.facility({ place: PLACES.jayapura, hospitalClass: 'C' });
    const m = ctx.member({
      sex: 'P',
      birthDate: '1978-05-05',
      segment: 'PPU',
      careClass: 1,
      regency: PLACES.jakartaSelatan.regency,
      worker: { since: '2012-03-01', wage: 9_500_000 },
    });
    const home = ctx.claim({
      member: m,
      facility: jakarta,
      masuk: '2026-03-03',
      pulang: '2026-03-07',
      cbg: 'K-4-17-I',
      dx: ['A09', 'E86'],
      px: ['99.18'],
      dpjp: 2,
    });
    const far = ctx.claim({
      member: m,
      facility: jayapura,
      masuk: '2026-03-05',
      pulang: '2026-03-08',
      cbg: 'A-4-14-I',
      dx: ['B50.9'],
      px: ['90.59'],
      dpjp: 1,
    });
    return { context: [home], fraud: [far] };
  },
});
