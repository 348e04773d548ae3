// DOMAIN.md section 3, PHANTOM_BILLING: "claim for a service never given". SCHEMA.md: a sick
// newborn has a stay of its own on its own card, registered within days of birth, the SEP
// issued on the registration, and its household (family card) holds the parents; ingestion
// flags a newborn's claim whose household has no head or spouse. A private hospital bills
// eleven-day neonatal intensive stays for babies registered on family cards that hold no
// parent, and no delivery was billed anywhere for any of them: babies that exist on paper.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-PHANTOM-41',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS swasta menagih rawat inap neonatus sebelas hari untuk bayi yang didaftarkan pada Kartu Keluarga tanpa orang tua, dan tidak ada klaim persalinan untuk satu pun dari mereka: bayi yang hanya ada di atas kertas.',
    en: 'A private hospital bills eleven-day neonatal stays for babies registered on family cards that hold no parent, with no delivery billed anywhere for any of them: babies that exist on paper.',
  },
  build(ctx) {
    const place = PLACES.kupang;
    const rs = ctx.facility({ place, hospitalClass: 'C', offset: [0.01, 0.01] });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const babies = [
      ['L', '2026-01-10', ['P07.3', 'P22.0']],
      ['P', '2026-01-29', ['P07.1', 'P21.9']],
      ['L', '2026-02-18', ['P07.3', 'P36.9']],
      ['P', '2026-03-08', ['P07.1', 'P22.0']],
      ['L', '2026-03-30', ['P21.9', 'P07.3']],
    ] as const;
    const fraud: BuiltClaim[] = babies.map(([sex, born, dx], i) => {
      const kk = ctx.household(place.regency);
      const baby = ctx.member({
        sex,
        birthDate: born,
        segment: 'PBI',
        careClass: 3,
        regency: place.regency,
        jknRegistered: addDays(born, 1),
        family: { household: kk, role: 'ANAK' },
      });
      return ctx.claim({
        member: baby,
        facility: rs,
        masuk: born,
        pulang: addDays(born, 11),
        tglSep: addDays(born, 1),
        cbg: 'P-8-17-II',
        dx,
        px: ['93.96'],
        dpjp: paediatrician,
        icuDays: 4 + (i % 2),
        scale: own(i),
        sep: inap(ctx.hospitalReferral(rs, born), { masukAt: `0${3 + i}:20`, pulangAt: '10:00' }),
      });
    });
    return { fraud };
  },
});
