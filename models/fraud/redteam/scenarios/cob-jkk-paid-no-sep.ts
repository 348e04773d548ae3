import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-COB-02',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Luka bakar tangan di pabrik dilaporkan lewat e-PLKK dan biaya rawatnya dibayar JKK (tanpa SEP tercatat); rumah sakit tetap menagihkan rawat inapnya ke JKN.',
    en: 'A factory hand burn reported through e-PLKK with its care paid by JKK (no SEP recorded); the hospital still bills the stay to JKN.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'C' });
    const m = ctx.member({
      sex: 'L',
      birthDate: '1996-02-17',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.sidoarjo.regency,
      worker: { since: '2021-01-04', wage: 4_900_000 },
    });
    ctx.kkpak({
      member: m,
      accidentDate: '2026-04-07',
      reportedDate: '2026-04-08',
      daysOff: 21,
      nomorSep: null,
      jkkBenefitPaid: 9_400_000,
    });
    const jkn = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-04-07',
      pulang: '2026-04-11',
      cbg: 'S-1-10-I',
      dx: ['T23.2'],
      px: ['86.22'],
      dpjp: 2,
    });
    return { fraud: [jkn] };
  },
});
