// Near miss of CLONING ("near-identical diagnosis/procedure/tariff vectors across different
// patients, same doctor or day"). A household eats the same spoiled meal: parents, children
// and the grandmother (one family card) arrive at the emergency department together in the
// evening with gastroenteritis and dehydration and are admitted by the doctor on duty. Same
// day, doctor and codes; the bills differ as bodies do (children's doses, the grandmother's
// longer stay and extra tests).
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';

export default defineScenario({
  id: 'RT-NM-FAMILY-41',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Satu keluarga (satu Kartu Keluarga: orang tua, anak dan nenek) keracunan makanan yang sama, tiba bersama di IGD malam hari dengan gastroenteritis dan dehidrasi dan dirawat dokter jaga: hari, dokter dan kode sama, tagihan berbeda sesuai umur dan lama rawat.',
    en: 'One household (one family card: parents, children and grandmother) eats the same spoiled meal and arrives together at the emergency department in the evening with gastroenteritis and dehydration, admitted by the doctor on duty: same day, doctor and codes, bills that differ with age and stay.',
  },
  build(ctx) {
    const place = PLACES.medan;
    const rs = ctx.facility({ place, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [-0.02, 0.02] });
    const doctor = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const outbreaks = [
      {
        day: '2026-02-14',
        people: [
          ['L', '1982-04-19', 'KEPALA', 2, 1],
          ['P', '1985-08-08', 'PASANGAN', 2, 1],
          ['P', '2011-01-30', 'ANAK', 2, 0.7],
          ['L', '2016-05-15', 'ANAK', 3, 0.55],
          ['P', '1950-12-01', 'FAMILI_LAIN', 4, 1.25],
        ],
      },
      {
        day: '2026-04-03',
        people: [
          ['L', '1977-07-07', 'KEPALA', 2, 1],
          ['P', '1979-03-23', 'PASANGAN', 3, 1.05],
          ['L', '2009-10-10', 'ANAK', 2, 0.85],
          ['P', '2013-06-26', 'ANAK', 2, 0.65],
        ],
      },
    ] as const;
    for (const o of outbreaks) {
      const kk = ctx.household(place.regency);
      o.people.forEach(([sex, born, role, los, dose], i) => {
        const m = ctx.member({
          sex,
          birthDate: born,
          segment: 'PBPU',
          careClass: 3,
          regency: place.regency,
          family: { household: kk, role },
        });
        nearMiss.push(
          ctx.claim({
            member: m,
            facility: rs,
            masuk: o.day,
            pulang: addDays(o.day, los),
            cbg: 'K-4-17-I',
            dx: ['A09', 'E86'],
            px: ['99.18'],
            dpjp: doctor,
            scale: {
              tarif_obat: dose,
              tarif_bmhp: 0.8 + 0.1 * i,
              tarif_kamar: los / 3,
              tarif_keperawatan: los / 3,
              tarif_laboratorium: 0.9 + 0.15 * (i % 3),
            },
            sep: igd({ masukAt: `20:${10 + 6 * i}`, pulangAt: '11:00' }),
          }),
        );
      });
    }
    return { nearMiss };
  },
});
