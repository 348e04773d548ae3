import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';

export default defineScenario({
  id: 'RT-PHANTOM-07',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS di Surabaya menagihkan apendektomi atas nama dokter bedah RS di Semarang (310 km) pada hari-hari ia mengoperasi di Semarang; dokter itu tidak pernah datang (DOMAIN.md: volume dokter per hari yang mustahil; tautan dokter di beberapa RS pada hari yang sama).',
    en: 'A Surabaya hospital bills appendectomies under the id of a Semarang surgeon (310 km away) on days he is operating in Semarang; he never came (DOMAIN.md: impossible doctor volume per day; a doctor billing at several hospitals the same day).',
  },
  build(ctx) {
    const home = ctx.facility({ place: PLACES.semarang, hospitalClass: 'B', offset: [0.03, 0.01] });
    const far = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'C', offset: [-0.02, -0.03] });
    const surgeon = `D${home.facilityId}002`;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const days = ['2026-02-10', '2026-03-10', '2026-04-14'];
    days.forEach((day, d) => {
      for (let i = 0; i < 2; i++) {
        const m = ctx.member({
          sex: i ? 'P' : 'L',
          birthDate: `19${60 + d * 7 + i}-0${3 + i}-1${d}`,
          segment: 'PBI',
          careClass: 3,
          regency: PLACES.semarang.regency,
        });
        context.push(
          ctx.claim({
            member: m,
            facility: home,
            masuk: day,
            pulang: addDays(day, 3),
            cbg: 'K-1-13-I',
            dx: ['K40.9'],
            px: ['53.00'],
            laterality: [i ? 'L' : 'R'],
            dpjp: surgeon,
            scale: { tarif_obat: 0.9 + 0.1 * i + 0.05 * d },
          }),
        );
      }
      const p = ctx.member({
        sex: d === 1 ? 'P' : 'L',
        birthDate: `19${85 + d}-1${d}-0${4 + d}`,
        segment: 'PBPU',
        careClass: 3,
        regency: PLACES.surabaya.regency,
      });
      fraud.push(
        ctx.claim({
          member: p,
          facility: far,
          masuk: day,
          pulang: addDays(day, 3),
          cbg: 'K-1-12-I',
          dx: ['K35.8'],
          px: ['47.09'],
          dpjp: surgeon,
          scale: { tarif_obat: 0.95 + 0.05 * d, tarif_laboratorium: 1.05 - 0.04 * d },
        }),
      );
    });
    return { context, fraud };
  },
});
