// Near miss for INFLATED_BILL (a large blood line repeated because the hospital is the referral
// centre for it): the class C government hospital of Serui (Kepulauan Yapen, Papua) has the
// island's only blood bank. Uncomplicated falciparum malaria stays three days (A-4-14-I; twelve
// stays, context); six children come in from the villages with severe malaria and a haemoglobin
// under 5 and are transfused (99.04) as WHO's severe-malaria guidance asks: the blood line of a
// bag or two on each, several times what the group usually carries, grouped A-4-14-II with D64.9.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const SEVERE = new Set([1, 4, 7, 10, 13, 16]);
/** One paediatric bag, crossmatch and screening at a government blood bank (assumption after PMI service fees, rupiah). */
const BAG = 360_000;

export default defineScenario({
  id: 'RT-NM-TRANSFUSION-141',
  kind: 'near_miss',
  code: 'INFLATED_BILL',
  description: {
    id: 'RSUD kelas C Serui (Kepulauan Yapen) punya satu-satunya bank darah pulau itu. Malaria falsiparum tanpa komplikasi dirawat tiga hari; enam anak dari kampung datang dengan malaria berat dan Hb di bawah 5 lalu ditransfusi (99.04) sesuai pedoman WHO: komponen pelayanan darah satu-dua kantong pada setiap anak, beberapa kali lipat yang biasa untuk kelompok ini, dikelompokkan A-4-14-II dengan D64.9.',
    en: 'The class C government hospital of Serui (Kepulauan Yapen) has the island’s only blood bank. Uncomplicated falciparum malaria stays three days; six village children arrive with severe malaria and a haemoglobin under 5 and are transfused (99.04) as WHO guidance asks: the blood line of one or two bags on each, several times the group’s usual, grouped A-4-14-II with D64.9.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES14.kepulauanYapen, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-08', 18, 7.3).forEach((day, i) => {
      const severe = SEVERE.has(i);
      const claim = ctx.claim({
        member: patient(ctx, rs, day, i, { age: severe ? 2 + (i % 7) : 6 + ((i * 7) % 50) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, severe ? 5 : 3),
        cbg: severe ? 'A-4-14-II' : 'A-4-14-I',
        dx: severe ? ['B50.9', 'D64.9'] : ['B50.9'],
        px: severe ? ['90.59', '99.04'] : ['90.59'],
        dpjp: severe ? paediatrician : i % 2 ? internist : paediatrician,
        scale: severe ? times(bill(19_800 + i), { tarif_laboratorium: 1.4, tarif_kamar: 1.3, tarif_keperawatan: 1.3 }) : bill(19_800 + i),
        ...(severe ? { components: { tarif_pelayanan_darah: BAG * (1 + (i % 2)) } } : {}),
        sep: igd({ masukAt: hhmm((5 + i * 7) % 24, (31 * i) % 60) }),
      });
      (severe ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
