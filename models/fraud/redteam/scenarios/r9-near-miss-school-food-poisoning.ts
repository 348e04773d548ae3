// Near miss of CLONING ("near-identical diagnosis/procedure/tariff vectors across different
// patients, same doctor or day"): after a school's free lunch in Jepara eleven pupils arrive at
// a class C government hospital the same afternoon with vomiting and diarrhoea and dehydration.
// One paediatrician, one diagnosis list, the same infusion protocol, two nights each: the
// claims look alike because the care was alike. The bills still differ as children do: fluids and
// drugs dosed by weight, a few more stool and blood tests for the sicker ones, one child a night
// longer.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, patient } from './r9-common.js';

/** The outbreak's day. */
const LUNCH = '2026-03-11';

export default defineScenario({
  id: 'RT-NM-CLONE-91',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Setelah makan siang gratis di sekolah di Jepara sebelas murid datang ke RS pemerintah kelas C pada sore yang sama dengan muntah, diare dan dehidrasi; satu dokter anak, diagnosis dan protokol infus sama, dua malam; tagihan berbeda menurut berat badan dan pemeriksaan.',
    en: "After a school's free lunch in Jepara eleven pupils reach a class C government hospital the same afternoon with vomiting, diarrhoea and dehydration; one paediatrician, the same diagnoses and infusion protocol, two nights; bills differ by weight and tests.",
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.jepara, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const nearMiss: BuiltClaim[] = Array.from({ length: 11 }, (_, i) => {
      // fluids and drugs by body weight (a 7-year-old of 20 kg to a 12-year-old of 38 kg), tests by how sick
      const weight = 0.75 + 0.05 * ((i * 7) % 11);
      return ctx.claim({
        member: patient(ctx, rs, LUNCH, i, { age: 7 + (i % 6), segment: i % 4 ? 'PBI' : 'PPU', careClass: 2 }),
        facility: rs,
        masuk: LUNCH,
        pulang: addDays(LUNCH, i === 6 ? 3 : 2),
        cbg: 'K-4-17-I',
        dx: ['A09', 'E86'],
        px: ['99.18'],
        dpjp: paediatrician,
        scale: {
          tarif_obat: weight,
          tarif_bmhp: 0.9 + 0.25 * weight,
          tarif_laboratorium: 0.8 + 0.09 * ((i * 5) % 7),
          tarif_kamar: i === 6 ? 1.5 : 1,
          tarif_keperawatan: i === 6 ? 1.4 : 0.97 + 0.01 * (i % 5),
        },
        sep: igd({ masukAt: hhmm(13 + Math.floor(i / 4), (9 * i) % 60) }),
      });
    });
    return { nearMiss };
  },
});
